/**
 * The SDK's errors: one base class, one subclass per way a call can fail. `kind` is the neutral
 * name every SDK of this contract uses (client/conformance/VECTORS.md); `instanceof` on the
 * classes is the idiomatic test in TypeScript. No message ever quotes a credential.
 */

/** The neutral names of the ways a call can fail. */
export type StarRocksSyncErrorKind =
  | 'service_error'
  | 'unexpected_response'
  | 'empty_response'
  | 'malformed_response'
  | 'timeout'
  | 'connection_failed'
  | 'aborted'
  | 'invalid_request';

/** Base class of every error the client throws. */
export abstract class StarRocksSyncError extends Error {
  abstract readonly kind: StarRocksSyncErrorKind;
  /** Whether sending the same request again later may succeed. */
  readonly retryable: boolean;

  protected constructor(message: string, retryable: boolean, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.retryable = retryable;
  }
}

/** What every answer-based error knows of the answer. */
export interface AnswerFacts {
  readonly status: number;
  /** `X-Request-Id` of the answer (or `request_id` of an error body), when there is one. */
  readonly requestId: string | undefined;
}

/** Statuses worth a retry: rate limiting and the server's or the gateway's failures. */
function retryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The service (or its gateway) refused the request with the API's error body. */
export class ServiceError extends StarRocksSyncError implements AnswerFacts {
  readonly kind = 'service_error';
  readonly status: number;
  readonly errorCode: string;
  readonly errorMsg: string;
  readonly requestId: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After` (seconds or an HTTP date). */
  readonly retryAfterSeconds: number | undefined;
  /** The whole error body, with fields the contract does not name. */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(facts: {
    status: number;
    errorCode: string;
    errorMsg: string;
    requestId: string | undefined;
    retryAfterSeconds: number | undefined;
    body: Record<string, unknown>;
  }) {
    super(
      `HTTP ${facts.status} ${facts.errorCode}: ${facts.errorMsg}` +
        (facts.requestId === undefined ? '' : ` (request id ${facts.requestId})`) +
        (facts.retryAfterSeconds === undefined ? '' : `; retry after ${facts.retryAfterSeconds} s`),
      retryableStatus(facts.status),
    );
    this.status = facts.status;
    this.errorCode = facts.errorCode;
    this.errorMsg = facts.errorMsg;
    this.requestId = facts.requestId;
    this.retryAfterSeconds = facts.retryAfterSeconds;
    this.body = facts.body;
  }
}

/** An answer that is not the API's JSON, such as a gateway's HTML error page. */
export class UnexpectedResponseError extends StarRocksSyncError implements AnswerFacts {
  readonly kind = 'unexpected_response';
  readonly status: number;
  readonly requestId: string | undefined;
  readonly contentType: string | undefined;
  /** The first characters of the body, for diagnosis. */
  readonly bodyStart: string;

  constructor(status: number, requestId: string | undefined, contentType: string | undefined, body: string) {
    const bodyStart = body.length > 200 ? `${body.slice(0, 200)}...` : body;
    super(
      `HTTP ${status} with ${contentType ?? 'no content type'} instead of the API's JSON` +
        (requestId === undefined ? '' : ` (request id ${requestId})`) +
        `: ${JSON.stringify(bodyStart.slice(0, 80))}`,
      retryableStatus(status),
    );
    this.status = status;
    this.requestId = requestId;
    this.contentType = contentType;
    this.bodyStart = bodyStart;
  }
}

/** An answer whose status promises a body, with none. */
export class EmptyResponseError extends StarRocksSyncError implements AnswerFacts {
  readonly kind = 'empty_response';
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(status: number, requestId: string | undefined) {
    super(
      `HTTP ${status} with an empty body where the contract promises JSON` +
        (requestId === undefined ? '' : ` (request id ${requestId})`),
      retryableStatus(status),
    );
    this.status = status;
    this.requestId = requestId;
  }
}

/** An answer whose JSON body is cut short or broken. */
export class MalformedResponseError extends StarRocksSyncError implements AnswerFacts {
  readonly kind = 'malformed_response';
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(status: number, requestId: string | undefined, problem: string, cause?: unknown) {
    super(
      `HTTP ${status} with a body that is not complete JSON: ${problem}` +
        (requestId === undefined ? '' : ` (request id ${requestId})`),
      retryableStatus(status),
      { cause },
    );
    this.status = status;
    this.requestId = requestId;
  }
}

/** No complete answer within the call's timeout. The request may have reached the service. */
export class RequestTimeoutError extends StarRocksSyncError {
  readonly kind = 'timeout';
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`No complete answer within ${timeoutMs} ms`, true);
    this.timeoutMs = timeoutMs;
  }
}

/** The request could not be sent or its answer not received (refused, reset, DNS, TLS). */
export class ConnectionFailedError extends StarRocksSyncError {
  readonly kind = 'connection_failed';

  constructor(url: string, cause: unknown) {
    super(`Cannot reach ${url}: ${describe(cause)}`, true, { cause });
  }
}

/** The caller's own `AbortSignal` ended the call. */
export class RequestAbortedError extends StarRocksSyncError {
  readonly kind = 'aborted';

  constructor(reason: unknown) {
    super(`The call was aborted by the caller's signal: ${describe(reason)}`, false, { cause: reason });
  }
}

/** A check against the contract failed before anything was sent. */
export class RequestValidationError extends StarRocksSyncError {
  readonly kind = 'invalid_request';
  readonly operationId: string;
  /** The parameter or body field that breaks the contract, as the contract names it. */
  readonly field: string;

  constructor(operationId: string, field: string, problem: string) {
    super(`${operationId}: ${field} ${problem}; nothing was sent`, false);
    this.operationId = operationId;
    this.field = field;
  }
}

/** The innermost reason of a failure, without values that might be secret. */
function describe(reason: unknown): string {
  let current: unknown = reason;
  const parts: string[] = [];
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return parts.length === 0 ? String(reason) : parts.join(': ');
}
