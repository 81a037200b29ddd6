import { createHash, createHmac } from 'node:crypto';

/** The signing algorithm, first word of the `Authorization` value. */
export const AKSK_ALGORITHM = 'SDK-HMAC-SHA256';
/** Header with the signing time, in UTC, as `yyyyMMddTHHmmssZ`. */
export const SDK_DATE_HEADER = 'X-Sdk-Date';
/** Header that, when set, replaces the body hash in the canonical request. */
export const CONTENT_SHA256_HEADER = 'X-Sdk-Content-Sha256';

/** What the signature covers: one HTTP request as it will be sent. */
export interface SignableRequest {
  readonly method: string;
  /** The absolute URL, exactly as it will be requested (path and query already encoded). */
  readonly url: string;
  /** Header names and values in the order they are set; the first value of a name counts. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** The body's bytes (a string is taken as UTF-8); empty when there is none. */
  readonly body: Uint8Array | string;
}

/** Every intermediate of one signature, so a test can compare each with the Java signer's. */
export interface AkSkSignature {
  readonly sdkDate: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signedHeaders: string;
  /** The `Authorization` header value. */
  readonly authorization: string;
  /** The headers to add to the request: `Authorization`, and `X-Sdk-Date` unless it had one. */
  readonly headersToAdd: ReadonlyArray<readonly [string, string]>;
}

/**
 * The provider's AK/SK request signature (`SDK-HMAC-SHA256`), a port of the Java SDK's
 * `AkSkSigner`, byte for byte (the conformance vectors written by the Java signer prove it).
 *
 * The canonical request is, one per line: the method; the path, each segment percent-encoded
 * (RFC 3986 unreserved characters kept) and followed by `/`; the query, parameters sorted by
 * encoded name, values in their order; one `name:value` line per signed header, sorted; the signed
 * header names joined by `;`; the hex SHA-256 of the body (or the value of `X-Sdk-Content-Sha256`
 * when the request sets it). Signed are all headers except `Content-Type` and names with `_`, plus
 * `host` and `x-sdk-date`.
 *
 * A pure function: the same arguments give the same signature.
 */
export function signAkSk(
  accessKeyId: string,
  secretAccessKey: string,
  request: SignableRequest,
  now: Date,
): AkSkSignature {
  const headerValue = (name: string): string | undefined =>
    request.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const existingDate = headerValue(SDK_DATE_HEADER);
  const sdkDate = existingDate ?? formatSdkDate(now);
  const url = parseRawUrl(request.url);

  // First value of each name wins, names compared without case, as java.net.http's headers do.
  const signed = new Map<string, string>();
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && !name.includes('_') && !signed.has(lower)) {
      signed.set(lower, value);
    }
  }
  signed.set('host', url.host);
  signed.set(SDK_DATE_HEADER.toLowerCase(), sdkDate);
  const names = [...signed.keys()].sort(compareUtf16);
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${signed.get(name) ?? ''}\n`).join('');

  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const payloadHash = headerValue(CONTENT_SHA256_HEADER) ?? sha256Hex(body);
  const canonicalRequest = [
    request.method,
    canonicalUri(url.path),
    canonicalQuery(url.query),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const stringToSign = `${AKSK_ALGORITHM}\n${sdkDate}\n${sha256Hex(Buffer.from(canonicalRequest, 'utf8'))}`;
  const signature = createHmac('sha256', Buffer.from(secretAccessKey, 'utf8'))
    .update(stringToSign, 'utf8')
    .digest('hex');
  const authorization = `${AKSK_ALGORITHM} Access=${accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  const headersToAdd: Array<readonly [string, string]> = [];
  if (existingDate === undefined) {
    headersToAdd.push([SDK_DATE_HEADER, sdkDate]);
  }
  headersToAdd.push(['Authorization', authorization]);
  return { sdkDate, canonicalRequest, stringToSign, signedHeaders, authorization, headersToAdd };
}

/** `yyyyMMddTHHmmssZ` in UTC. */
export function formatSdkDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

interface RawUrl {
  readonly host: string;
  readonly path: string;
  readonly query: string | undefined;
}

/**
 * The parts of the URL as java.net.URI gives them (raw path, raw query, host as written). WHATWG
 * `URL` would normalise them (lower-case host, re-encoded path), and the signature is over the
 * bytes as sent, so the URL is split by hand here.
 */
function parseRawUrl(url: string): RawUrl {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (match === null) {
    throw new TypeError('Not an absolute URL with an authority, so it cannot be signed');
  }
  const scheme = (match[1] ?? '').toLowerCase();
  const authority = (match[2] ?? '').replace(/^.*@/, '');
  const portMatch = /^(.*?)(?::(\d*))?$/.exec(authority);
  const hostname = portMatch?.[1] ?? authority;
  const portText = portMatch?.[2];
  const port = portText === undefined || portText === '' ? -1 : Number(portText);
  const defaultPort = port === -1 || (scheme === 'https' ? port === 443 : port === 80);
  return {
    host: defaultPort ? hostname : `${hostname}:${port}`,
    path: match[3] ?? '',
    query: match[4],
  };
}

function canonicalUri(path: string): string {
  if (path === '/') {
    return '/';
  }
  return javaSplit(path, '/')
    .map((segment) => `${encode(decode(segment))}/`)
    .join('');
}

function canonicalQuery(rawQuery: string | undefined): string {
  if (rawQuery === undefined || rawQuery === '') {
    return '';
  }
  const parameters = new Map<string, string[]>();
  for (const pair of rawQuery.split('&')) {
    if (pair === '') {
      continue;
    }
    const equals = pair.indexOf('=');
    const name = encode(decode(equals < 0 ? pair : pair.substring(0, equals)));
    const value = encode(decode(equals < 0 ? '' : pair.substring(equals + 1)));
    const values = parameters.get(name) ?? [];
    values.push(value);
    parameters.set(name, values);
  }
  return [...parameters.keys()]
    .sort(compareUtf16)
    .flatMap((name) => (parameters.get(name) ?? []).map((value) => `${name}=${value}`))
    .join('&');
}

/** Java's `String.split` with a plain separator: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  if (!text.includes(separator)) {
    return [text];
  }
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') {
    parts.pop();
  }
  return parts;
}

/** Percent-encodes all but the RFC 3986 unreserved characters, with upper-case hex digits. */
function encode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/** Undoes percent-encoding (`+` stays a plus sign); a malformed escape stays as it is. */
function decode(text: string): string {
  if (!text.includes('%')) {
    return text;
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.substring(i + 1, i + 3);
    if (text[i] === '%' && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const codePoint = text.codePointAt(i) ?? 0;
      const character = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(character, 'utf8'));
      i += character.length - 1;
    }
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Java's `String.compareTo`: UTF-16 code units, which is what `<` on strings compares. */
function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
