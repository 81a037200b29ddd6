import { inspect } from 'node:util';
import { signAkSk } from './signer.js';

/** Header of an IAM token. */
export const AUTH_TOKEN_HEADER = 'X-Auth-Token';
/** Header naming the project, which the provider's official SDKs send (and sign) with AK/SK. */
export const PROJECT_ID_HEADER = 'X-Project-Id';
/** Header carrying the security token of a temporary access key. */
export const SECURITY_TOKEN_HEADER = 'X-Security-Token';

/** One request about to be sent, as the credentials see it. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * How the client proves who it is: {@link TokenCredentials} or {@link AccessKeyCredentials}.
 * Neither ever shows its secret in `toString`, `JSON.stringify` or `console.log`.
 */
export interface Credentials {
  /** The headers to send: the request's own, plus the credential's. */
  authenticate(request: OutgoingRequest, now: Date): Record<string, string>;
}

/** An IAM token, sent in `X-Auth-Token`. */
export class TokenCredentials implements Credentials {
  readonly #token: string;

  constructor(token: string) {
    this.#token = requireHeaderValue(token, 'token');
  }

  authenticate(request: OutgoingRequest): Record<string, string> {
    return { ...request.headers, [AUTH_TOKEN_HEADER]: this.#token };
  }

  toString(): string {
    return 'TokenCredentials[token=****]';
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/** An access key pair and, optionally, the project to act in and a temporary key's token. */
export interface AccessKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Sent (and signed) in `X-Project-Id`, as the provider's official SDKs do. */
  readonly projectId?: string;
  /** For a temporary access key: sent (and signed) in `X-Security-Token`. */
  readonly securityToken?: string;
}

/** An access key pair: every request is signed with the provider's `SDK-HMAC-SHA256` scheme. */
export class AccessKeyCredentials implements Credentials {
  readonly accessKeyId: string;
  readonly projectId: string | undefined;
  readonly #secretAccessKey: string;
  readonly #securityToken: string | undefined;

  constructor(key: AccessKey) {
    this.accessKeyId = requireHeaderValue(key.accessKeyId, 'accessKeyId');
    if (typeof key.secretAccessKey !== 'string' || key.secretAccessKey.trim() === '') {
      throw new TypeError('secretAccessKey is missing or blank');
    }
    this.#secretAccessKey = key.secretAccessKey;
    this.projectId = key.projectId === undefined ? undefined : requireHeaderValue(key.projectId, 'projectId');
    this.#securityToken =
      key.securityToken === undefined ? undefined : requireHeaderValue(key.securityToken, 'securityToken');
  }

  authenticate(request: OutgoingRequest, now: Date): Record<string, string> {
    const headers: Record<string, string> = { ...request.headers };
    if (this.projectId !== undefined) {
      headers[PROJECT_ID_HEADER] = this.projectId;
    }
    if (this.#securityToken !== undefined) {
      headers[SECURITY_TOKEN_HEADER] = this.#securityToken;
    }
    const signature = signAkSk(
      this.accessKeyId,
      this.#secretAccessKey,
      { method: request.method, url: request.url, headers: Object.entries(headers), body: request.body },
      now,
    );
    for (const [name, value] of signature.headersToAdd) {
      headers[name] = value;
    }
    return headers;
  }

  toString(): string {
    return (
      `AccessKeyCredentials[accessKeyId=${maskedKeyId(this.accessKeyId)}, secretAccessKey=****` +
      (this.projectId === undefined ? '' : `, projectId=${this.projectId}`) +
      (this.#securityToken === undefined ? '' : ', securityToken=****') +
      ']'
    );
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * The value, if it is non-blank visible ASCII. Checked here because fetch would refuse it later
 * with a message that quotes the value, and the value may be a secret.
 */
function requireHeaderValue(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} is missing or blank`);
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) {
      throw new TypeError(`${name} has a character a header cannot carry, at index ${i}`);
    }
  }
  return value;
}

/** The first characters of an access key ID and a mask, as the Java SDK shows it. */
function maskedKeyId(accessKeyId: string): string {
  return `${accessKeyId.substring(0, Math.min(4, Math.floor(accessKeyId.length / 4)))}****`;
}
