package io.contractkit.starrocks.runtime;

/**
 * The stub's own error codes: the answer to a request that uses the stub wrongly (asks for an
 * example or status the document does not have, a malformed {@code Prefer}, a path or method the
 * contract does not have), as opposed to a request that breaks the contract, which gets the
 * document's own error code as the real service would.
 *
 * <p>They live here, not in the document, because they are not the service's behaviour: a typo'd
 * example name must never look like the documented example it was meant to ask for. Each code
 * starts with {@value #PREFIX}, which no code of the document uses (tested), and is listed in the
 * README's {@code server-stub} section (tested).
 */
public enum StubError {
  /** {@code Prefer: example=} names no example documented for the operation. */
  UNKNOWN_EXAMPLE(400, "Prefer: example= names no example documented for the operation"),
  /** {@code Prefer: code=} names a status the operation does not document. */
  UNDOCUMENTED_STATUS(400, "Prefer: code= names a status the operation does not document"),
  /** {@code Prefer: example=} and {@code code=} name different statuses. */
  PREFER_CONFLICT(400, "Prefer: example= and code= disagree on the status"),
  /** A {@code Prefer} value the stub cannot read, an unknown fault, or a delay over the limit. */
  MALFORMED_PREFER(
      400,
      "a Prefer value the stub cannot honour: not a status, not a number, an unknown fault, a delay over the limit"),
  /** {@code Prefer: hostile=} names no scenario the stub knows ({@link HostileScenario}). */
  UNKNOWN_HOSTILE(400, "Prefer: hostile= names no scenario the stub knows"),
  /**
   * {@code Prefer: hostile=} names a scenario the operation's documented answers cannot show (no
   * 2xx example, no enum field, no optional field).
   */
  HOSTILE_NOT_APPLICABLE(
      400, "Prefer: hostile= names a scenario the operation's documented answers cannot show"),
  /** No operation of the contract has the request's path. */
  UNKNOWN_PATH(404, "the contract has no operation on the request's path"),
  /**
   * The contract has the path, but not with the request's method ({@code Allow} lists those it
   * has).
   */
  METHOD_NOT_ALLOWED(405, "the contract has the path, but not with this method"),
  /**
   * The request could not be read: the HTTP server refused it before the stub saw it (a raw space
   * or an illegal character in the request line, a header or a request line too large), or its
   * body, query or form could not be decoded (a body that does not match its {@code
   * Content-Encoding} or ends early, a percent-encoding that does not decode, multipart parts
   * without a boundary). The answer keeps the HTTP server's status (400, 408, 414, 431, ...);
   * {@link #status()} is the usual one.
   */
  MALFORMED_REQUEST(
      400,
      "the request could not be read: refused by the HTTP server, or a body, query or form that does not decode (the status is the server's own: 400, 408, 414, 431, ...)"),
  /** The stub itself failed while answering: a bug of the stub, never the contract's answer. */
  INTERNAL_ERROR(500, "the stub failed while answering (a bug of the stub; please report it)");

  /** The prefix of every code of the stub's own. */
  public static final String PREFIX = "STUB.";

  private final int status;
  private final String meaning;

  StubError(int status, String meaning) {
    this.status = status;
    this.meaning = meaning;
  }

  /** The {@code error_code} of the answer, such as {@code STUB.UNKNOWN_EXAMPLE}. */
  public String code() {
    return PREFIX + name();
  }

  /**
   * The HTTP status the stub answers with ({@link #MALFORMED_REQUEST}: the usual one of several).
   */
  public int status() {
    return status;
  }

  /** When the stub answers with it, in a few words. */
  public String meaning() {
    return meaning;
  }
}
