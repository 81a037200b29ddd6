// The AK/SK signer against the Java signer: every case of signing.json, byte for byte.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AKSK_ALGORITHM, signAkSk } from '@contractkit/starrocks-sync';
import { readVectors } from './harness.js';

interface SigningCase {
  readonly name: string;
  readonly access_key: string;
  readonly secret_key: string;
  readonly method: string;
  readonly url: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
  readonly sdk_date: string;
  /** The signing time, as `yyyyMMddTHHmmssZ` (added later to the format; `sdk_date` when absent). */
  readonly now?: string;
  readonly canonical_request: string;
  readonly string_to_sign: string;
  readonly signed_headers: string;
  readonly authorization: string;
}

const vectors = readVectors('signing.json') as { algorithm: string; cases: SigningCase[] };

/** `yyyyMMddTHHmmssZ` back to a Date, so the signer formats the vector's own date. */
function parseSdkDate(text: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  assert.ok(match, `not an X-Sdk-Date: ${text}`);
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

describe('AK/SK signing reproduces the Java signer', () => {
  it('uses the algorithm the vectors name', () => {
    assert.equal(AKSK_ALGORITHM, vectors.algorithm);
    assert.ok(vectors.cases.length > 0, 'signing.json has no case');
  });

  for (const vector of vectors.cases) {
    it(`signs ${vector.name} byte for byte`, () => {
      const signature = signAkSk(
        vector.access_key,
        vector.secret_key,
        { method: vector.method, url: vector.url, headers: vector.headers, body: Buffer.from(vector.body, 'utf8') },
        parseSdkDate(vector.now ?? vector.sdk_date),
      );
      assert.equal(signature.canonicalRequest, vector.canonical_request);
      assert.equal(signature.stringToSign, vector.string_to_sign);
      assert.equal(signature.signedHeaders, vector.signed_headers);
      assert.equal(signature.authorization, vector.authorization);
      assert.equal(signature.sdkDate, vector.sdk_date);
    });
  }
});
