// The answers a real service or gateway gives that the contract does not promise
// (hostile.json), served by the stub on `Prefer: hostile=<name>`: each arrives as a model that
// keeps what came, or as the typed error the README's table names. Never an untyped crash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  EmptyResponseError,
  MalformedResponseError,
  RequestTimeoutError,
  ServiceError,
  StarRocksSyncClient,
  StarRocksSyncError,
  TokenCredentials,
  UnexpectedResponseError,
} from '@contractkit/starrocks-sync';
import { atPointer, call, readVectors, startStub } from './harness.js';
import type { OperationVector, RunningStub } from './harness.js';

interface Scenario {
  readonly name: string;
  readonly operation_id: string;
  readonly prefer: string;
  readonly description: string;
  readonly expect: {
    readonly kind: 'model' | 'error';
    readonly error?: string;
    readonly status?: number;
    readonly retry_after_seconds?: number;
    readonly error_code?: string;
    readonly error_msg?: string;
    readonly retryable?: boolean;
    readonly client_timeout_ms?: number;
    readonly value_at?: { readonly pointer: string; readonly value: unknown };
    readonly absent?: string;
    readonly null_at?: string;
  };
}

const scenarios = (readVectors('hostile.json') as { scenarios: Scenario[] }).scenarios;
const operations = (readVectors('outcomes.json') as { operations: OperationVector[] }).operations;

/** The SDK's class for each neutral error kind (the README's table says the same). */
const errorClasses: Record<string, new (...args: never[]) => StarRocksSyncError> = {
  service_error: ServiceError,
  unexpected_response: UnexpectedResponseError,
  empty_response: EmptyResponseError,
  malformed_response: MalformedResponseError,
  timeout: RequestTimeoutError,
};

/** The README's table of hostile answers: scenario name to what the SDK gives. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Hostile answers'));
  const rows = new Map<string, string>();
  for (const match of section.matchAll(/^\| `([a-z0-9_]+)` \| (.*) \|$/gm)) {
    if (match[1] !== undefined && match[2] !== undefined) {
      rows.set(match[1], match[2]);
    }
  }
  return rows;
}

describe('the README says what the SDK does with each hostile answer', () => {
  const table = readmeTable();
  for (const scenario of scenarios) {
    it(`has a row for ${scenario.name} that names what the test expects`, () => {
      const row = table.get(scenario.name);
      assert.ok(row !== undefined, `README.md, "Hostile answers", has no row for ${scenario.name}`);
      if (scenario.expect.kind === 'model') {
        assert.match(row, /^the model/);
      } else {
        const errorClass = errorClasses[scenario.expect.error ?? ''];
        assert.ok(errorClass);
        assert.ok(row.startsWith(`\`${errorClass.name}\``), `the row names ${row}, the SDK throws ${errorClass.name}`);
      }
    });
  }
});

describe('hostile answers arrive as a model or a typed error', () => {
  let stub: RunningStub;
  before(async () => {
    stub = await startStub();
  });
  after(async () => {
    await stub.stop();
  });

  it('has scenarios to check', () => {
    assert.ok(scenarios.length > 0);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.description}`, async () => {
      const operation = operations.find((candidate) => candidate.operation_id === scenario.operation_id);
      assert.ok(operation, `outcomes.json has no operation ${scenario.operation_id}`);
      const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials('my-iam-token') });
      const options = {
        headers: { Prefer: scenario.prefer },
        ...(scenario.expect.client_timeout_ms === undefined ? {} : { timeoutMs: scenario.expect.client_timeout_ms }),
      };
      const expect = scenario.expect;
      if (expect.kind === 'model') {
        const model = await call(client, operation, options);
        if (expect.value_at !== undefined) {
          assert.deepStrictEqual(atPointer(model, expect.value_at.pointer), expect.value_at.value);
        }
        if (expect.absent !== undefined) {
          assert.equal(atPointer(model, expect.absent), undefined);
        }
        if (expect.null_at !== undefined) {
          // A field sent as null arrives as absent: the model's type says `field?: T`.
          assert.equal(atPointer(model, expect.null_at), undefined);
        }
        return;
      }
      const error = await call(client, operation, options).then(
        () => assert.fail(`expected a ${String(expect.error)} error`),
        (reason: unknown) => reason,
      );
      const errorClass = errorClasses[expect.error ?? ''];
      assert.ok(errorClass, `no SDK error class for ${String(expect.error)}`);
      assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${String(error)}`);
      assert.equal(error.kind, expect.error);
      if (expect.status !== undefined) {
        assert.equal((error as unknown as { status: number }).status, expect.status);
      }
      if (expect.retryable !== undefined) {
        assert.equal(error.retryable, expect.retryable);
      }
      if (expect.retry_after_seconds !== undefined) {
        assert.ok(error instanceof ServiceError);
        assert.equal(error.retryAfterSeconds, expect.retry_after_seconds);
      }
      if (expect.error_code !== undefined || expect.error_msg !== undefined) {
        assert.ok(error instanceof ServiceError);
        assert.equal(error.errorCode, expect.error_code);
        assert.equal(error.errorMsg, expect.error_msg);
      }
      if (expect.client_timeout_ms !== undefined) {
        assert.ok(error instanceof RequestTimeoutError);
        assert.equal(error.timeoutMs, expect.client_timeout_ms);
      }
    });
  }
});
