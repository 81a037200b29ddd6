// Every documented outcome of every operation (outcomes.json), with both credential forms: a
// model equal to the example, or a ServiceError with the example's fields; and the stub's journal
// shows no contract violation in what the SDK sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AccessKeyCredentials,
  ServiceError,
  StarRocksSyncClient,
  TokenCredentials,
} from '@contractkit/starrocks-sync';
import type { Credentials } from '@contractkit/starrocks-sync';
import { call, clearJournal, contractViolations, readVectors, startStub } from './harness.js';
import type { OperationVector, RunningStub } from './harness.js';


const vectors = readVectors('outcomes.json') as { operations: OperationVector[] };

const credentialForms: ReadonlyArray<readonly [string, Credentials]> = [
  ['an IAM token', new TokenCredentials('my-iam-token')],
  [
    'an AK/SK signature',
    new AccessKeyCredentials({
      accessKeyId: 'HPUAEXAMPLEKEY0000001',
      secretAccessKey: 'example-secret-key',
      projectId: '0549b4a43100d4f32f51c01c2fe4acdb',
    }),
  ],
];

describe('every documented outcome arrives as a model or a ServiceError', () => {
  let stub: RunningStub;
  before(async () => {
    stub = await startStub();
  });
  after(async () => {
    await stub.stop();
  });

  it('has outcomes to check', () => {
    assert.ok(vectors.operations.flatMap((operation) => operation.outcomes).length > 0);
  });

  for (const [credentialName, credentials] of credentialForms) {
    for (const operation of vectors.operations) {
      for (const outcome of operation.outcomes) {
        it(`${operation.operation_id} ${outcome.example ?? outcome.prefer} (${outcome.status}) with ${credentialName}`, async () => {
          await clearJournal(stub);
          const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials });
          const answer = call(client, operation, { headers: { Prefer: outcome.prefer } });
          if (outcome.kind === 'model') {
            assert.deepStrictEqual(await answer, outcome.body);
          } else {
            const error = await answer.then(
              () => assert.fail(`expected a ServiceError for ${outcome.prefer}`),
              (reason: unknown) => reason,
            );
            assert.ok(error instanceof ServiceError, `not a ServiceError: ${String(error)}`);
            assert.equal(error.status, outcome.status);
            assert.equal(error.errorCode, outcome.error_code);
            assert.equal(error.errorMsg, outcome.error_msg);
            assert.equal(error.requestId, outcome.request_id ?? undefined);
            if (outcome.body !== undefined) {
              assert.deepStrictEqual(error.body, outcome.body);
            }
          }
          assert.deepEqual(await contractViolations(stub), []);
        });
      }
    }
  }
});
