import { Configuration, FetchError, RequiredError, ResponseError } from './generated/runtime.js';
import type { ApiResponse, InitOverrideFunction, Middleware } from './generated/runtime.js';
import type { Credentials } from './credentials.js';
import {
  ConnectionFailedError,
  EmptyResponseError,
  MalformedResponseError,
  RequestAbortedError,
  RequestTimeoutError,
  RequestValidationError,
  ServiceError,
  StarRocksSyncError,
  UnexpectedResponseError,
} from './errors.js';

/** Default time a call may take, from sending to the last byte of the answer. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** How to reach the service and who the client is. */
export interface ClientOptions {
  /** IAM token or access key: `new TokenCredentials(...)` or `new AccessKeyCredentials({...})`. */
  readonly credentials: Credentials;
  /** The endpoint, such as the stub's `http://localhost:8080`. Wins over `region`. */
  readonly baseUrl?: string;
  /** Region of the provider's endpoint (the contract's server URL), such as `ap-southeast-1`. */
  readonly region?: string;
  /** Timeout of every call, in milliseconds, unless a call sets its own. Default 30 000. */
  readonly timeoutMs?: number;
  /** Another fetch implementation (a proxy agent, a test double). Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

/** Options of one call. */
export interface CallOptions {
  /** This call's timeout in milliseconds, instead of the client's. */
  readonly timeoutMs?: number;
  /** Ends the call early, like any fetch signal; the call then throws `RequestAbortedError`. */
  readonly signal?: AbortSignal;
  /** Headers to send with this call besides the contract's (signed with the rest under AK/SK). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the generated client knows of the contract and passes to the layer. */
export interface ContractFacts {
  /** The document's first server URL; `{name}` variables are filled from `region` or defaults. */
  readonly serverUrl: string;
  readonly serverVariableDefaults: Readonly<Record<string, string>>;
  /** The error body's fields (`x-error-code-field`, `x-error-message-field` in the document). */
  readonly errorFields: { readonly code: string; readonly message: string; readonly requestId: string };
  /** The answer header with the provider's request id. */
  readonly requestIdHeader: string;
}

/** A contract rule on one parameter, rendered into the generated client from the document. */
export interface ParameterRule {
  readonly required: boolean;
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly oneOf?: readonly string[];
}

/** A contract rule on one field of a model, rendered into the generated `MODEL_RULES`. */
export interface FieldRule {
  readonly required: boolean;
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly oneOf?: readonly string[];
  /** The field is an object of this model. */
  readonly model?: string;
  /** The field is an array; the rule of its items. */
  readonly items?: Omit<FieldRule, 'required' | 'items'>;
}

/** Each model's fields and their rules, by model name. */
export type ModelRules = Readonly<Record<string, Readonly<Record<string, FieldRule>>>>;

/**
 * Checks a request body against its model's rules before sending, at any depth; throws
 * {@link RequestValidationError} naming the first field that breaks the contract (as a path in
 * the body, such as `db_configs[0].param_name`). Fields the model does not know are left to the
 * compiler and the service.
 */
export function checkBody(operationId: string, body: unknown, model: string, rules: ModelRules): void {
  checkObject(operationId, body, model, rules, 'body');
}

function checkObject(operationId: string, value: unknown, model: string, rules: ModelRules, path: string): void {
  const fields = rules[model];
  if (fields === undefined || !isRecord(value)) {
    return;
  }
  for (const [name, rule] of Object.entries(fields)) {
    const fieldPath = `${path}.${name}`;
    const field = value[name];
    if (field === undefined || field === null) {
      if (rule.required) {
        throw new RequestValidationError(operationId, fieldPath, 'is required');
      }
      continue;
    }
    checkValue(operationId, field, rule, rules, fieldPath);
    if (rule.items !== undefined && Array.isArray(field)) {
      const items = rule.items;
      field.forEach((item: unknown, index) => {
        checkValue(operationId, item, { ...items, required: false }, rules, `${fieldPath}[${index}]`);
      });
    }
  }
}

function checkValue(operationId: string, value: unknown, rule: FieldRule, rules: ModelRules, path: string): void {
  if (rule.model !== undefined) {
    checkObject(operationId, value, rule.model, rules, path);
    return;
  }
  checkParameter(operationId, path, value, rule);
}

/** Checks one parameter before sending; throws {@link RequestValidationError}. */
export function checkParameter(operationId: string, name: string, value: unknown, rule: ParameterRule): void {
  if (value === undefined || value === null) {
    if (rule.required) {
      throw new RequestValidationError(operationId, name, 'is required');
    }
    return;
  }
  if (typeof value !== 'string') {
    return;
  }
  const length = Array.from(value).length;
  if (rule.minLength !== undefined && length < rule.minLength) {
    throw new RequestValidationError(operationId, name, `must have at least ${rule.minLength} characters, has ${length}`);
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    throw new RequestValidationError(operationId, name, `must have at most ${rule.maxLength} characters, has ${length}`);
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    throw new RequestValidationError(operationId, name, `must match ${rule.pattern.source}`);
  }
  if (rule.oneOf !== undefined && !rule.oneOf.includes(value)) {
    throw new RequestValidationError(operationId, name, `must be one of ${rule.oneOf.join(', ')}`);
  }
}

/**
 * What every generated client shares: credentials on each request, the timeout, and the reading
 * of every answer into a model or a typed error. The generated subclass adds one method per
 * operation of the contract.
 */
export abstract class ClientCore {
  protected readonly configuration: Configuration;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #facts: ContractFacts;

  protected constructor(options: ClientOptions, facts: ContractFacts) {
    // Checked for JavaScript callers, which no type stops.
    if ((options as Partial<ClientOptions> | undefined)?.credentials === undefined) {
      throw new TypeError('credentials are required: new TokenCredentials(token) or new AccessKeyCredentials({...})');
    }
    this.#facts = facts;
    this.timeoutMs = requireTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.baseUrl = (options.baseUrl ?? serverUrl(facts, options.region)).replace(/\/+$/, '');
    const credentials = options.credentials;
    const signing: Middleware = {
      pre: ({ url, init }) => {
        const headers = credentials.authenticate(
          {
            method: init.method ?? 'GET',
            url,
            headers: { ...(init.headers as Record<string, string> | undefined) },
            body: typeof init.body === 'string' ? init.body : '',
          },
          new Date(),
        );
        return Promise.resolve({ url, init: { ...init, headers } });
      },
    };
    this.configuration = new Configuration({
      basePath: this.baseUrl,
      middleware: [signing],
      ...(options.fetch === undefined ? {} : { fetchApi: options.fetch }),
    });
  }

  /** Sends one request and reads its answer as the operation's model. */
  protected async exchange<T>(
    send: (init: InitOverrideFunction) => Promise<ApiResponse<T>>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const text = await this.#exchangeText(send, options);
    if (text.body.trim() === '') {
      throw new EmptyResponseError(text.status, text.requestId);
    }
    if (!isJson(text.contentType)) {
      throw new UnexpectedResponseError(text.status, text.requestId, text.contentType, text.body);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.body);
    } catch (error) {
      throw new MalformedResponseError(text.status, text.requestId, (error as Error).message, error);
    }
    return withoutNulls(parsed) as T;
  }

  /** Sends one request of an operation that answers no body. */
  protected async exchangeWithoutAnswer(
    send: (init: InitOverrideFunction) => Promise<ApiResponse<void>>,
    options: CallOptions | undefined,
  ): Promise<void> {
    await this.#exchangeText(send, options);
  }

  async #exchangeText(
    send: (init: InitOverrideFunction) => Promise<ApiResponse<unknown>>,
    options: CallOptions | undefined,
  ): Promise<{ status: number; requestId: string | undefined; contentType: string | undefined; body: string }> {
    const timeoutMs = options?.timeoutMs === undefined ? this.timeoutMs : requireTimeout(options.timeoutMs);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options?.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
    const failure = (error: unknown): StarRocksSyncError => {
      if (error instanceof StarRocksSyncError) {
        return error;
      }
      if (timeout.aborted) {
        return new RequestTimeoutError(timeoutMs);
      }
      if (options?.signal?.aborted === true) {
        return new RequestAbortedError(options.signal.reason);
      }
      if (error instanceof RequiredError) {
        return new RequestValidationError('request', error.field, 'is required');
      }
      return new ConnectionFailedError(this.baseUrl, error instanceof FetchError ? error.cause : error);
    };
    let response: Response;
    try {
      const extraHeaders = options?.headers ?? {};
      response = (
        await send(({ init }) => Promise.resolve({ signal, headers: { ...init.headers, ...extraHeaders } }))
      ).raw;
    } catch (error) {
      if (error instanceof ResponseError) {
        throw await this.#errorAnswer(error.response, failure);
      }
      throw failure(error);
    }
    const facts = this.#answerFacts(response);
    try {
      return { ...facts, body: await response.text() };
    } catch (error) {
      if (timeout.aborted || options?.signal?.aborted === true) {
        throw failure(error);
      }
      throw new MalformedResponseError(facts.status, facts.requestId, 'the body ended before it was complete', error);
    }
  }

  /** An answer outside 2xx: the API's error body, or what else came. */
  async #errorAnswer(response: Response, failure: (error: unknown) => StarRocksSyncError): Promise<StarRocksSyncError> {
    const facts = this.#answerFacts(response);
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      const reason = failure(error);
      return reason instanceof ConnectionFailedError
        ? new MalformedResponseError(facts.status, facts.requestId, 'the body ended before it was complete', error)
        : reason;
    }
    if (body.trim() === '') {
      return new EmptyResponseError(facts.status, facts.requestId);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return new UnexpectedResponseError(facts.status, facts.requestId, facts.contentType, body);
    }
    const fields = this.#facts.errorFields;
    if (!isRecord(parsed) || typeof parsed[fields.code] !== 'string' || typeof parsed[fields.message] !== 'string') {
      return new UnexpectedResponseError(facts.status, facts.requestId, facts.contentType, body);
    }
    const bodyRequestId = parsed[fields.requestId];
    return new ServiceError({
      status: facts.status,
      errorCode: parsed[fields.code] as string,
      errorMsg: parsed[fields.message] as string,
      requestId: facts.requestId ?? (typeof bodyRequestId === 'string' ? nonBlank(bodyRequestId) : undefined),
      retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
      body: parsed,
    });
  }

  #answerFacts(response: Response): { status: number; requestId: string | undefined; contentType: string | undefined } {
    return {
      status: response.status,
      requestId: nonBlank(response.headers.get(this.#facts.requestIdHeader)),
      contentType: response.headers.get('Content-Type') ?? undefined,
    };
  }
}

function serverUrl(facts: ContractFacts, region: string | undefined): string {
  const variables: Record<string, string> = { ...facts.serverVariableDefaults };
  if (region !== undefined) {
    variables['region'] = region;
  }
  return facts.serverUrl.replace(/\{([^}]+)\}/g, (whole, name: string) => variables[name] ?? whole);
}

function requireTimeout(timeoutMs: number): number {
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive whole number of milliseconds, not ${timeoutMs}`);
  }
  return timeoutMs;
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(contentType);
}

function nonBlank(value: string | null): string | undefined {
  return value === null || value.trim() === '' ? undefined : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The answer with every property whose value is `null` left out, at any depth. The contract's
 * answer fields are optional, not nullable: a provider that sends `null` means "absent", and the
 * model's type (`field?: T`) says `undefined` for that, so `null` never hides behind a `string`.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (isRecord(value)) {
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== null) {
        kept[key] = withoutNulls(item);
      }
    }
    return kept;
  }
  return value;
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date (RFC 9110). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  if (/^\s*\d+\s*$/.test(header)) {
    return Number(header.trim());
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
