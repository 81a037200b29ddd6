package io.contractkit.starrocks.review.compat;

/**
 * The rules of the breaking-change gate. "Request" values are written by clients, "response" values
 * by the server and the stub. The README's "Reviewing a spec change" section lists the same ids.
 */
public enum CompatibilityRule {
  OPERATION_REMOVED(
      "operation-removed", "an operation (path + method) is removed or its path changes"),
  OPERATION_ADDED("operation-added", "never: a new operation is compatible"),
  SDK_NAMES(
      "sdk-names",
      "the operationId, the first tag, or the name of a schema that becomes an SDK class changes"
          + " (generated methods and classes are renamed, SDK users' code stops compiling)"),
  SERVER_REMOVED("server-removed", "a server URL is removed (generated clients default to it)"),
  SECURITY(
      "security",
      "a credential that used to be accepted no longer is: an alternative removed, a scheme or an"
          + " OAuth scope added to an alternative, a scheme's type, location or header name"
          + " changed, an OAuth flow's URL changed or an offered scope withdrawn, its value format"
          + " tightened"),
  PARAMETER_REMOVED("parameter-removed", "a parameter is removed or renamed"),
  PARAMETER_REQUIRED(
      "parameter-required", "a new parameter is required, or an optional one becomes required"),
  PARAMETER_SERIALIZATION("parameter-serialization", "a parameter's style or explode changes"),
  REQUEST_BODY(
      "request-body", "a request body is removed, or becomes required, or a required one is added"),
  MEDIA_TYPE(
      "media-type", "a request or response media type is removed (an added one is compatible)"),
  RESPONSE_STATUS_ADDED(
      "response-status-added",
      "an operation gets a new response status (existing clients do not handle it, and openapi-diff"
          + " misses it)"),
  RESPONSE_STATUS_REMOVED(
      "response-status-removed",
      "a documented response status is removed (stub consumers ask for it with Prefer: code=)"),
  RESPONSE_HEADER("response-header", "a response header is removed or becomes optional"),
  EXAMPLE_REMOVED(
      "example-removed",
      "a named response example is removed, renamed or moved to another status (stub consumers"
          + " select it with Prefer: example=)"),
  EXAMPLE_CHANGED(
      "example-changed",
      "never: changed or added examples, request examples and the stub's default example are"
          + " listed for reviewers"),
  PROPERTY_REMOVED(
      "property-removed",
      "a property is removed or renamed, in a request or in a response, required or optional (SDK"
          + " users read it; openapi-diff calls a removed optional response property compatible)"),
  PROPERTY_ADDED("property-added", "a new request property is required"),
  REQUIRED_CHANGED(
      "required-changed",
      "an existing request property becomes required, or a response property stops being required"),
  TYPE_CHANGED(
      "type-changed",
      "a type or format changes, or a value gains or loses its enum (the SDK type changes)"),
  PATTERN(
      "pattern",
      "a request pattern accepts fewer strings, or a response pattern more, or the gate cannot prove"
          + " otherwise (patterns are compared as languages: a loosened request pattern is"
          + " compatible)"),
  LENGTH("length", "request minLength rises or maxLength falls; response the other way"),
  ENUM(
      "enum",
      "an enum loses a value, in a request (clients send it) or in a response (SDK users' code names"
          + " it); a response enum may gain values, since this contract's clients keep values they do"
          + " not know"),
  NUMERIC_RANGE(
      "numeric-range", "a request number range or multipleOf narrows; a response one widens"),
  ARRAY_SIZE(
      "array-size",
      "request minItems rises, maxItems falls or uniqueItems is added; response the other way"),
  NULLABLE(
      "nullable", "a request value stops being nullable, or a response value becomes nullable"),
  ADDITIONAL_PROPERTIES(
      "additional-properties", "a request object stops accepting properties it did not declare"),
  READ_WRITE_ONLY(
      "read-write-only",
      "a request property becomes readOnly, or a response property becomes writeOnly"),
  DEFAULT_CHANGED(
      "default-changed",
      "the default of a request value changes or disappears (clients that omit it get another"
          + " behaviour)"),
  DEPRECATED("deprecated", "never: deprecation is listed for reviewers"),
  COMPOSITION(
      "composition",
      "allOf/anyOf/oneOf/not or a discriminator changes shape (the gate cannot prove it safe)"),
  UNRECOGNIZED(
      "unrecognized", "any other schema keyword changes: the gate has no rule proving it safe"),
  OPENAPI_DIFF(
      "openapi-diff", "openapi-diff reports an incompatibility that none of the rules above names");

  private final String id;
  private final String breakingWhen;

  CompatibilityRule(String id, String breakingWhen) {
    this.id = id;
    this.breakingWhen = breakingWhen;
  }

  public String id() {
    return id;
  }

  /** When the rule calls a change breaking, in words. */
  public String breakingWhen() {
    return breakingWhen;
  }
}
