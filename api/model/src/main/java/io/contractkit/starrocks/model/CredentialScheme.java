package io.contractkit.starrocks.model;

import java.util.List;
import java.util.Optional;

/**
 * One security scheme an alternative requires.
 *
 * @param name the scheme's name in {@code components.securitySchemes}
 * @param type the scheme's type ({@code apiKey}, {@code http}, ...)
 * @param in where an API key travels ({@code header}, {@code query}, {@code cookie}), or null
 * @param parameterName the header (or query, cookie) name an API key travels in, or null
 * @param valuePattern the form a well-formed value has ({@code x-value-pattern}), or null
 * @param companions headers that travel with it ({@code x-companion-headers})
 */
public record CredentialScheme(
    String name,
    String type,
    String in,
    String parameterName,
    EcmaPattern valuePattern,
    List<CompanionHeader> companions) {

  /** The extension of a security scheme that gives the form of a well-formed value. */
  public static final String VALUE_PATTERN_EXTENSION = "x-value-pattern";

  /** The extension of a security scheme that lists headers sent along with the credential. */
  public static final String COMPANION_HEADERS_EXTENSION = "x-companion-headers";

  public CredentialScheme {
    companions = List.copyOf(companions);
  }

  /**
   * Whether the credential is an API key in a header, which a server can check from headers alone.
   */
  public boolean isHeaderApiKey() {
    return "apiKey".equals(type) && "header".equals(in);
  }

  /** The header this credential travels in, when it is a header API key. */
  public Optional<String> header() {
    return isHeaderApiKey() ? Optional.of(parameterName) : Optional.empty();
  }

  public Optional<EcmaPattern> valuePatternIfAny() {
    return Optional.ofNullable(valuePattern);
  }
}
