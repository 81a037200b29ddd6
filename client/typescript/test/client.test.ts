// What a caller relies on beyond the vectors: what goes on the wire, checks before sending,
// timeouts, cancellation, connection failures and secrets kept out of sight.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  AccessKeyCredentials,
  ConnectionFailedError,
  DEFAULT_TIMEOUT_MS,
  RequestAbortedError,
  RequestTimeoutError,
  RequestValidationError,
  StarRocksSyncClient,
  TokenCredentials,
} from '@contractkit/starrocks-sync';
import type { ModifyDataSynchronizationConfigOperationRequest } from '@contractkit/starrocks-sync';
import { clearJournal, contractViolations, journal, readVectors, startStub } from './harness.js';
import type { OperationVector, RunningStub } from './harness.js';

const operation = (readVectors('outcomes.json') as { operations: OperationVector[] }).operations[0];
const projectId = operation?.path_parameters['project_id'] ?? '';
const instanceId = operation?.path_parameters['instance_id'] ?? '';
const secret = 'never-shown-secret-key';
const token = 'never-shown-iam-token';

function emptyChange(): ModifyDataSynchronizationConfigOperationRequest {
  return { projectId, instanceId, modifyDataSynchronizationConfigRequest: {} };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => assert.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
}

describe('the client', () => {
  let stub: RunningStub;
  before(async () => {
    stub = await startStub();
  });
  after(async () => {
    await stub.stop();
  });
  beforeEach(async () => {
    await clearJournal(stub);
  });

  it('sends an empty request as {} with no field given a default', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    await client.modifyDataSynchronizationConfig(emptyChange());
    const [entry] = await journal(stub);
    assert.equal(entry?.request.body, '{}');
    assert.deepEqual(await contractViolations(stub), []);
  });

  it('signs with AK/SK and sends the project id, which the stub accepts', async () => {
    const credentials = new AccessKeyCredentials({ accessKeyId: 'HPUAEXAMPLEKEY0000001', secretAccessKey: secret, projectId });
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials });
    await client.modifyDataSynchronizationConfig(emptyChange());
    const [entry] = await journal(stub);
    const headers = Object.fromEntries(Object.entries(entry?.request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    assert.match(String(headers['authorization']), /^SDK-HMAC-SHA256 Access=HPUAEXAMPLEKEY0000001, SignedHeaders=[a-z0-9;-]*x-project-id[a-z0-9;-]*, Signature=[0-9a-f]{64}$/);
    assert.match(String(headers['x-sdk-date']), /^\d{8}T\d{6}Z$/);
    assert.equal(headers['x-project-id'], projectId);
    assert.deepEqual(await contractViolations(stub), []);
  });

  it('refuses a project id that breaks the contract, before sending anything', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    const error = await rejection(client.modifyDataSynchronizationConfig({ ...emptyChange(), projectId: 'not-a-project' }));
    assert.ok(error instanceof RequestValidationError);
    assert.equal(error.field, 'project_id');
    assert.deepEqual(await journal(stub), []);
  });

  it('refuses a task name with a hyphen in the body, before sending anything', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    const change = { ...emptyChange(), modifyDataSynchronizationConfigRequest: { task_name: 'nightly-orders' } };
    const error = await rejection(client.modifyDataSynchronizationConfig(change));
    assert.ok(error instanceof RequestValidationError, String(error));
    assert.equal(error.field, 'body.task_name');
    assert.deepEqual(await journal(stub), []);
  });

  it('refuses a value outside an enumeration deep in the body, naming where it is', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    const change = {
      ...emptyChange(),
      modifyDataSynchronizationConfigRequest: { table_repl_config: { repl_type: 'allow_tables', tables: ['orders'] } },
    };
    const error = await rejection(client.modifyDataSynchronizationConfig(change));
    assert.ok(error instanceof RequestValidationError, String(error));
    assert.equal(error.field, 'body.table_repl_config.repl_type');
    assert.deepEqual(await journal(stub), []);
  });

  it('refuses an empty table name inside a list of the body', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    const change = { ...emptyChange(), modifyDataSynchronizationConfigRequest: { table_repl_config: { tables: ['orders', ''] } } };
    const error = await rejection(client.modifyDataSynchronizationConfig(change));
    assert.ok(error instanceof RequestValidationError, String(error));
    assert.equal(error.field, 'body.table_repl_config.tables[1]');
  });

  it('gives up after the client timeout, and a call may set a longer one', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token), timeoutMs: 300 });
    const slow = { headers: { Prefer: 'delay=1500' } };
    const error = await rejection(client.modifyDataSynchronizationConfig(emptyChange(), slow));
    assert.ok(error instanceof RequestTimeoutError);
    assert.equal(error.timeoutMs, 300);
    const answer = await client.modifyDataSynchronizationConfig(emptyChange(), { ...slow, timeoutMs: 10_000 });
    assert.equal(typeof answer, 'object');
  });

  it('has a default timeout of thirty seconds', () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    assert.equal(client.timeoutMs, DEFAULT_TIMEOUT_MS);
    assert.equal(DEFAULT_TIMEOUT_MS, 30_000);
  });

  it('stops when the caller aborts, and says so', async () => {
    const client = new StarRocksSyncClient({ baseUrl: stub.baseUrl, credentials: new TokenCredentials(token) });
    const controller = new AbortController();
    const call = client.modifyDataSynchronizationConfig(emptyChange(), { signal: controller.signal, headers: { Prefer: 'delay=2000' } });
    setTimeout(() => {
      controller.abort(new Error('user left'));
    }, 100);
    const error = await rejection(call);
    assert.ok(error instanceof RequestAbortedError);
    assert.equal(error.retryable, false);
  });

  it('reports a refused connection as ConnectionFailedError', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => {
          resolve(typeof address === 'object' && address !== null ? address.port : 0);
        });
      });
    });
    const client = new StarRocksSyncClient({ baseUrl: `http://127.0.0.1:${port}`, credentials: new TokenCredentials(token) });
    const error = await rejection(client.modifyDataSynchronizationConfig(emptyChange()));
    assert.ok(error instanceof ConnectionFailedError, String(error));
    assert.equal(error.retryable, true);
    assert.match(error.message, /ECONNREFUSED/);
  });

  it('never shows a secret in toString, JSON or console output', () => {
    const keys = new AccessKeyCredentials({ accessKeyId: 'HPUAEXAMPLEKEY0000001', secretAccessKey: secret, securityToken: token });
    const iam = new TokenCredentials(token);
    for (const shown of [String(keys), JSON.stringify(keys), inspect(keys), String(iam), JSON.stringify(iam), inspect(iam)]) {
      assert.ok(!shown.includes(secret) && !shown.includes(token), shown);
    }
    assert.ok(!String(keys).includes('HPUAEXAMPLEKEY0000001'));
  });

  it('refuses a credential a header cannot carry without quoting it', () => {
    assert.throws(
      () => new TokenCredentials(`${token}\n`),
      (error: unknown) => error instanceof TypeError && !error.message.includes(token),
    );
  });
});
