package io.contractkit.starrocks.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One security requirement of an operation: schemes that must all be present together. An operation
 * accepts a request that satisfies any one of its alternatives.
 */
public record SecurityAlternative(List<CredentialScheme> schemes) {

  public SecurityAlternative {
    schemes = List.copyOf(schemes);
  }

  /** Whether every scheme is a header API key without a value pattern: a plain token. */
  public boolean isPlainToken() {
    return !schemes.isEmpty()
        && schemes.stream().allMatch(s -> s.isHeaderApiKey() && s.valuePattern() == null);
  }

  /** The headers the alternative's credentials travel in. */
  public List<String> headers() {
    return schemes.stream().flatMap(s -> s.header().stream()).toList();
  }

  /**
   * What keeps a request's headers from satisfying this alternative (missing, blank, or not of the
   * scheme's {@code x-value-pattern}); empty when they satisfy it. Schemes that are not header API
   * keys cannot be judged from headers and are taken as satisfied.
   *
   * @param header a request header's first value by case-insensitive name, or null
   */
  public List<String> problems(Function<String, String> header) {
    return schemes.stream()
        .filter(CredentialScheme::isHeaderApiKey)
        .map(
            scheme -> {
              String value = header.apply(scheme.parameterName());
              if (value == null || value.isBlank()) {
                return "header " + scheme.parameterName() + " is missing";
              }
              if (scheme.valuePattern() != null && !scheme.valuePattern().matches(value)) {
                return "header "
                    + scheme.parameterName()
                    + " does not have the form "
                    + scheme.valuePattern().source();
              }
              return null;
            })
        .filter(problem -> problem != null)
        .toList();
  }

  /** {@code X-Auth-Token}, {@code Authorization with X-Sdk-Date}, for messages. */
  public String describe() {
    return schemes.stream()
        .map(s -> s.parameterName() != null ? s.parameterName() : s.name())
        .collect(Collectors.joining(" with "));
  }
}
