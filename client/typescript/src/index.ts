/**
 * TypeScript SDK of the TaurusDB HTAP (StarRocks) data synchronization API. The client and the
 * models are generated from the OpenAPI contract at build time; credentials, errors, timeouts
 * and the reading of answers are this hand-written layer.
 */
export { StarRocksSyncClient, OPERATIONS } from './generated/client.js';
export * from './generated/models/index.js';
export type * from './generated/apis/index.js';
export { DEFAULT_TIMEOUT_MS } from './core.js';
export type { CallOptions, ClientOptions } from './core.js';
export {
  AccessKeyCredentials,
  TokenCredentials,
  AUTH_TOKEN_HEADER,
  PROJECT_ID_HEADER,
  SECURITY_TOKEN_HEADER,
} from './credentials.js';
export type { AccessKey, Credentials, OutgoingRequest } from './credentials.js';
export { signAkSk, formatSdkDate, AKSK_ALGORITHM, SDK_DATE_HEADER } from './signer.js';
export type { AkSkSignature, SignableRequest } from './signer.js';
export * from './errors.js';
