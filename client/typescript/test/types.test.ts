// What the types promise a caller, checked by tsc when the tests compile (this file fails to
// compile if a promise breaks) and then once at run time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckResult } from '@contractkit/starrocks-sync';
import type {
  DbConfigCheckResult,
  ModifyDataSynchronizationConfigRequest,
  ModifyDataSynchronizationConfigResponse,
} from '@contractkit/starrocks-sync';

describe('the model types', () => {
  it('keep the known enum values as constants and accept a value the provider adds', () => {
    const known: CheckResult = CheckResult.Success;
    const added: CheckResult = 'partially_applied';
    const check: DbConfigCheckResult = { check_result: added };
    assert.equal(known, 'success');
    assert.equal(check.check_result, 'partially_applied');
  });

  it('let an answer carry fields the contract does not name', () => {
    const answer: ModifyDataSynchronizationConfigResponse = { job_id: 'job', field_of_a_newer_version: { any: 'shape' } };
    assert.deepEqual(answer['field_of_a_newer_version'], { any: 'shape' });
  });

  it('refuse a misspelt request field at compile time', () => {
    const request: ModifyDataSynchronizationConfigRequest = {
      // @ts-expect-error: the request schema has additionalProperties: false, so its type has no index signature
      source_databse_name: 'sales',
    };
    assert.equal(typeof request, 'object');
  });
});
