package io.contractkit.starrocks.stub.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a request carries one of the credentials the document's security requirements accept
 * (for this contract: {@code X-Auth-Token}, or the AK/SK pair {@code Authorization} +
 * {@code X-Sdk-Date}).
 *
 * <p>Only the form is checked, never the secret: a header must be present and not blank, and
 * when its security scheme has an {@code x-value-pattern} extension, match it. Schemes other than
 * header API keys cannot be checked from headers alone and are taken as satisfied.
 */
public final class CredentialCheck {

  /** The extension of a security scheme that gives the form of a well-formed value. */
  public static final String VALUE_PATTERN_EXTENSION = "x-value-pattern";

  private record HeaderScheme(String header, Pattern valuePattern) {}

  private final List<List<HeaderScheme>> alternatives;

  private CredentialCheck(List<List<HeaderScheme>> alternatives) {
    this.alternatives = alternatives;
  }

  static CredentialCheck of(OpenAPI api, Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    Map<String, SecurityScheme> schemes =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : api.getComponents().getSecuritySchemes();
    List<List<HeaderScheme>> alternatives = new ArrayList<>();
    if (requirements != null) {
      for (SecurityRequirement requirement : requirements) {
        List<HeaderScheme> all = new ArrayList<>();
        for (String name : requirement.keySet()) {
          SecurityScheme scheme = schemes.get(name);
          if (scheme != null
              && scheme.getType() == SecurityScheme.Type.APIKEY
              && scheme.getIn() == SecurityScheme.In.HEADER) {
            Object pattern =
                scheme.getExtensions() == null ? null : scheme.getExtensions().get(VALUE_PATTERN_EXTENSION);
            all.add(new HeaderScheme(scheme.getName(), pattern == null ? null : Pattern.compile(pattern.toString())));
          }
        }
        alternatives.add(List.copyOf(all));
      }
    }
    return new CredentialCheck(List.copyOf(alternatives));
  }

  /**
   * What is wrong with the request's credential, or empty when one accepted credential is there.
   *
   * @param header the request's first value of a header, by case-insensitive name, or null
   */
  public Optional<Violation> problem(Function<String, String> header) {
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    List<String> malformed = new ArrayList<>();
    for (List<HeaderScheme> alternative : alternatives) {
      List<String> problems = problems(alternative, header);
      if (problems.isEmpty()) {
        return Optional.empty();
      }
      boolean attempted = alternative.stream().anyMatch(s -> header.apply(s.header()) != null);
      if (attempted) {
        malformed.addAll(problems);
      }
    }
    String accepted =
        alternatives.stream()
            .map(a -> a.stream().map(HeaderScheme::header).collect(Collectors.joining(" with ")))
            .collect(Collectors.joining(", or "));
    String rule =
        malformed.isEmpty()
            ? "no credential; send " + accepted
            : String.join("; ", malformed) + " (accepted credentials: " + accepted + ")";
    return Optional.of(new Violation("credential", rule));
  }

  private static List<String> problems(List<HeaderScheme> alternative, Function<String, String> header) {
    List<String> problems = new ArrayList<>();
    for (HeaderScheme scheme : alternative) {
      String value = header.apply(scheme.header());
      if (value == null || value.isBlank()) {
        problems.add("header " + scheme.header() + " is missing");
      } else if (scheme.valuePattern() != null && !scheme.valuePattern().matcher(value).find()) {
        problems.add(
            "header " + scheme.header() + " does not have the form " + scheme.valuePattern().pattern());
      }
    }
    return problems;
  }
}
