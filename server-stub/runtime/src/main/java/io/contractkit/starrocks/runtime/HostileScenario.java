package io.contractkit.starrocks.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answers a real service or gateway gives that the document does not promise, served on {@code
 * Prefer: hostile=<name>}. This enum is the one list of them: the stub serves it, its banner and
 * README list it (tested), and the conformance build exports it to every SDK's tests as {@code
 * hostile.json}. {@link HostileAnswers} derives each concrete answer from the document.
 *
 * <p>{@link #expectedKind()} and {@link #expectedError()} are the language-neutral outcome every
 * SDK must produce: a model that keeps what it was given, or a typed error of that kind; never an
 * untyped crash.
 */
public enum HostileScenario {
  UNKNOWN_ENUM_VALUE(
      "the first enum-typed field of the first 2xx example carries a value the document does not"
          + " list",
      "model",
      null),
  UNKNOWN_FIELD(
      "the first 2xx example with a top-level field the document does not have", "model", null),
  OPTIONAL_FIELD_MISSING(
      "the first 2xx example without its first optional top-level field", "model", null),
  OPTIONAL_FIELD_NULL(
      "the first 2xx example with its first optional top-level field sent as null", "model", null),
  RATE_LIMITED(
      "429 with a Retry-After header and the document's error template as body",
      "error",
      "service_error"),
  GATEWAY_HTML_502(
      "a gateway's HTML page with status 502 and Content-Type text/html",
      "error",
      "unexpected_response"),
  EMPTY_BODY(
      "the first 2xx status with a JSON Content-Type and an empty body", "error", "empty_response"),
  TRUNCATED_BODY(
      "the first 2xx example's JSON cut in half (a connection closed early by a proxy)",
      "error",
      "malformed_response"),
  SLOW_ANSWER(
      "the first 2xx example after a delay longer than the client's timeout (bounded by"
          + " --max-delay-ms)",
      "error",
      "timeout");

  private final String description;
  private final String expectedKind;
  private final String expectedError;

  HostileScenario(String description, String expectedKind, String expectedError) {
    this.description = description;
    this.expectedKind = expectedKind;
    this.expectedError = expectedError;
  }

  /** The name {@code Prefer: hostile=} takes, such as {@code unknown_enum_value}. */
  public String scenarioName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  /** {@code model} (the SDK returns its typed model) or {@code error} (a typed error). */
  public String expectedKind() {
    return expectedKind;
  }

  /** The neutral error kind ({@code service_error}, {@code timeout}, ...) for an error. */
  public Optional<String> expectedError() {
    return Optional.ofNullable(expectedError);
  }

  /** Every scenario name, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(HostileScenario::scenarioName).toList();
  }

  /**
   * @throws PreferenceException with {@link StubError#UNKNOWN_HOSTILE}, listing the known names
   */
  public static HostileScenario named(String name) {
    return Arrays.stream(values())
        .filter(s -> s.scenarioName().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new PreferenceException(
                    StubError.UNKNOWN_HOSTILE,
                    "Prefer: hostile="
                        + Sanitized.whole(name, Sanitized.MAX_WHOLE)
                        + " is not a scenario this stub knows; known scenarios: "
                        + names()));
  }
}
