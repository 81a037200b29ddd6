// What every test file shares: the stub, the vectors and the stub's journal. Both come from Maven
// (STARROCKS_STUB_JAR, STARROCKS_VECTORS_DIR); a missing one fails the run, never skips it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { OPERATIONS } from '@contractkit/starrocks-sync';
import type { StarRocksSyncClient } from '@contractkit/starrocks-sync';

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(
      `${name} is not set. The Maven build sets it (./mvnw -B verify -pl client/typescript -am); ` +
        'see client/typescript/README.md, "Building and testing".',
    );
  }
  return value;
}

export function readVectors(file: 'signing.json' | 'outcomes.json' | 'hostile.json'): unknown {
  const path = join(requiredEnv('STARROCKS_VECTORS_DIR'), file);
  if (!existsSync(path)) {
    throw new Error(`${path} does not exist: the client/conformance module writes it (build with -am, or build client/conformance first)`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface RunningStub {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

const LISTENING = /StarRocks sync stub listening on (http:\/\/\S+)/;

/** Starts the standalone stub on a free port and waits for the line that gives its URL. */
export async function startStub(): Promise<RunningStub> {
  const jar = requiredEnv('STARROCKS_STUB_JAR');
  const child: ChildProcess = spawn('java', ['-jar', jar, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The stub did not print its URL within 60 s; stderr: ${errors}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The stub (${jar}) ended with code ${String(code)} before listening; stderr: ${errors}`));
    });
    if (child.stdout === null) {
      reject(new Error('No stdout from the stub'));
      return;
    }
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = LISTENING.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.removeAllListeners('exit');
        child.on('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface JournalEntry {
  readonly request: { readonly url: string; readonly method: string; readonly body?: string; readonly headers?: Record<string, unknown> };
  readonly response?: { readonly status: number; readonly headers?: Record<string, unknown> };
}

/** The stub's journal (WireMock's admin API), oldest first. */
export async function journal(stub: RunningStub): Promise<JournalEntry[]> {
  const answer = await fetch(`${stub.baseUrl}/__admin/requests`);
  const json = (await answer.json()) as { requests: JournalEntry[] };
  return [...json.requests].reverse();
}

/** The contract violations the stub found in the requests of its journal, one line each. */
export async function contractViolations(stub: RunningStub): Promise<string[]> {
  return (await journal(stub)).flatMap((entry) => {
    const header = Object.entries(entry.response?.headers ?? {}).find(([name]) => name.toLowerCase() === 'x-contract-violations');
    return header === undefined ? [] : [`${entry.request.method} ${entry.request.url}: ${JSON.stringify(header[1])}`];
  });
}

export async function clearJournal(stub: RunningStub): Promise<void> {
  await fetch(`${stub.baseUrl}/__admin/requests`, { method: 'DELETE' });
}

/** The value at a JSON pointer (RFC 6901), or `undefined` when there is none. */
export function atPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') {
    return document;
  }
  let current: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || !(key in current)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export interface Outcome {
  readonly example: string | null;
  readonly status: number;
  readonly prefer: string;
  readonly kind: 'model' | 'service_error';
  readonly body?: unknown;
  readonly error_code?: string;
  readonly error_msg?: string;
  readonly request_id?: string | null;
}

export interface OperationVector {
  readonly operation_id: string;
  readonly path_parameters: Record<string, string>;
  readonly query_parameters: Record<string, string>;
  readonly header_parameters: Record<string, string>;
  readonly request_body: unknown;
  readonly outcomes: Outcome[];
}


/** Calls the operation by its operationId, with the vector's arguments. */
export async function call(
  client: StarRocksSyncClient,
  operation: Omit<OperationVector, 'outcomes'>,
  options: { headers?: Record<string, string>; timeoutMs?: number },
): Promise<unknown> {
  const known = (OPERATIONS as Record<string, { method: string; parameters: Record<string, string> } | undefined>)[
    operation.operation_id
  ];
  assert.ok(known, `the client has no operation ${operation.operation_id}`);
  const parameters: Record<string, unknown> = {};
  const given: Record<string, unknown> = {
    ...operation.path_parameters,
    ...operation.query_parameters,
    ...operation.header_parameters,
    ...(operation.request_body === null ? {} : { body: operation.request_body }),
  };
  for (const [contractName, value] of Object.entries(given)) {
    const field = known.parameters[contractName];
    assert.ok(field !== undefined, `${operation.operation_id} has no parameter ${contractName}`);
    parameters[field] = value;
  }
  const method = (client as unknown as Record<string, (p: unknown, o: unknown) => Promise<unknown>>)[known.method];
  assert.ok(typeof method === 'function', `the client has no method ${known.method}`);
  return method.call(client, parameters, options);
}

