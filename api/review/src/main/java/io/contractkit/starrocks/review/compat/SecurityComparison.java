package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.CompatibilityRule.SECURITY;

import io.contractkit.starrocks.review.compat.CompatibilityCheck.OperationAt;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Security, operation by operation. A requirement list is a choice between alternatives, each a set
 * of schemes that must all be satisfied. A client that satisfied an old alternative still gets in
 * when some new alternative asks for a subset of the same schemes, each defined as before (same
 * type, place and header name, and a value format that accepts what it accepted) and, for OAuth,
 * with no scope the client's token was not granted for the old alternative.
 */
final class SecurityComparison {

  private static final String VALUE_PATTERN = "x-value-pattern";

  private final SpecDocument before;
  private final SpecDocument after;
  private final Changes changes;

  SecurityComparison(SpecDocument before, SpecDocument after, Changes changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
  }

  void compare(Map<String, OperationAt> old, Map<String, OperationAt> now) {
    Set<String> unchanged = unchangedSchemes();
    old.forEach(
        (key, was) -> {
          OperationAt is = now.get(key);
          if (is == null) {
            return;
          }
          List<Map<String, Set<String>>> oldAlternatives = alternatives(effective(before, was));
          List<Map<String, Set<String>>> newAlternatives = alternatives(effective(after, is));
          for (Map<String, Set<String>> alternative : oldAlternatives) {
            boolean stillWorks =
                newAlternatives.stream()
                    .anyMatch(
                        candidate ->
                            satisfies(alternative, candidate)
                                && unchanged.containsAll(candidate.keySet()));
            if (!stillWorks) {
              changes.breaking(
                  SECURITY,
                  is.name(),
                  "clients that authenticate with "
                      + describe(alternative)
                      + " are no longer let in (now accepted: "
                      + describeAll(newAlternatives)
                      + ")");
            }
          }
          for (Map<String, Set<String>> alternative : newAlternatives) {
            if (!oldAlternatives.contains(alternative)) {
              changes.compatible(
                  SECURITY, is.name(), "new way to authenticate: " + describe(alternative));
            }
          }
        });
  }

  /**
   * A client that met {@code held} (schemes, each with the OAuth scopes its token carried) meets
   * {@code asked}: every scheme asked is one it sent, with no scope it was not granted.
   */
  private static boolean satisfies(Map<String, Set<String>> held, Map<String, Set<String>> asked) {
    return asked.entrySet().stream()
        .allMatch(
            scheme ->
                held.containsKey(scheme.getKey())
                    && held.get(scheme.getKey()).containsAll(scheme.getValue()));
  }

  /** Schemes that exist on both sides with a definition every old client still satisfies. */
  private Set<String> unchangedSchemes() {
    Map<String, SecurityScheme> old = schemes(before);
    Map<String, SecurityScheme> now = schemes(after);
    Set<String> unchanged = new HashSet<>();
    old.forEach(
        (name, was) -> {
          SecurityScheme is = now.get(name);
          String where = "security scheme " + name;
          if (is == null) {
            return;
          }
          List<String> differences = new ArrayList<>();
          if (!Objects.equals(was.getType(), is.getType())) {
            differences.add("type " + was.getType() + " → " + is.getType());
          }
          if (!Objects.equals(was.getIn(), is.getIn())) {
            differences.add("location " + was.getIn() + " → " + is.getIn());
          }
          if (!Objects.equals(lower(was.getName()), lower(is.getName()))) {
            differences.add("name " + was.getName() + " → " + is.getName());
          }
          if (!Objects.equals(lower(was.getScheme()), lower(is.getScheme()))) {
            differences.add("scheme " + was.getScheme() + " → " + is.getScheme());
          }
          if (!Objects.equals(was.getBearerFormat(), is.getBearerFormat())) {
            // OpenAPI 3.0.3: "primarily for documentation purposes"; the token is read as before.
            changes.compatible(
                SECURITY,
                where,
                "bearerFormat hint `"
                    + was.getBearerFormat()
                    + "` became `"
                    + is.getBearerFormat()
                    + "` (documentation)");
          }
          differences.addAll(OAuthFlowsComparison.differences(was.getFlows(), is.getFlows()));
          OAuthFlowsComparison.addedScopes(was.getFlows(), is.getFlows())
              .forEach(
                  scope ->
                      changes.compatible(
                          SECURITY,
                          where,
                          "new OAuth scope `" + scope + "` (no client was asked for it before)"));
          if (!Objects.equals(was.getOpenIdConnectUrl(), is.getOpenIdConnectUrl())) {
            differences.add("OpenID Connect URL");
          }
          if (!differences.isEmpty()) {
            changes.breaking(
                SECURITY,
                where,
                "the credential changed ("
                    + String.join(", ", differences)
                    + "): clients that send the old one are rejected");
            return;
          }
          // The value format this contract documents for a credential: judged like a request
          // pattern.
          Changes format = new Changes();
          StringConstraints.compare(
              where + " › value", patternOf(was), patternOf(is), Direction.REQUEST, format);
          format
              .list()
              .forEach(
                  change ->
                      changes.add(
                          new Change(
                              change.verdict(), SECURITY.id(), change.where(), change.what())));
          if (format.list().stream().noneMatch(Change::breaking)) {
            unchanged.add(name);
          }
        });
    return unchanged;
  }

  private static StringSchema patternOf(SecurityScheme scheme) {
    StringSchema schema = new StringSchema();
    Object pattern =
        scheme.getExtensions() == null ? null : scheme.getExtensions().get(VALUE_PATTERN);
    schema.setPattern(pattern == null ? null : pattern.toString());
    return schema;
  }

  private static Map<String, SecurityScheme> schemes(SpecDocument document) {
    var components = document.api().getComponents();
    return components == null || components.getSecuritySchemes() == null
        ? Map.of()
        : components.getSecuritySchemes();
  }

  private static List<SecurityRequirement> effective(SpecDocument document, OperationAt at) {
    List<SecurityRequirement> requirements =
        at.operation().getSecurity() != null
            ? at.operation().getSecurity()
            : document.api().getSecurity();
    return requirements == null ? List.of() : requirements;
  }

  /**
   * Each alternative as its schemes, each with the OAuth scopes it asks for (empty for other
   * schemes); no requirement at all is one empty alternative.
   */
  private static List<Map<String, Set<String>>> alternatives(
      List<SecurityRequirement> requirements) {
    List<Map<String, Set<String>>> alternatives = new ArrayList<>();
    for (SecurityRequirement requirement : requirements) {
      Map<String, Set<String>> alternative = new TreeMap<>();
      requirement.forEach(
          (scheme, scopes) ->
              alternative.put(scheme, scopes == null ? Set.of() : new TreeSet<>(scopes)));
      alternatives.add(alternative);
    }
    if (alternatives.isEmpty()) {
      alternatives.add(new TreeMap<>());
    }
    return alternatives;
  }

  private static String describe(Map<String, Set<String>> alternative) {
    if (alternative.isEmpty()) {
      return "no credential";
    }
    List<String> schemes = new ArrayList<>();
    alternative.forEach(
        (scheme, scopes) ->
            schemes.add(scopes.isEmpty() ? scheme : scheme + " " + String.join(" ", scopes)));
    return String.join(" + ", schemes);
  }

  private static String describeAll(List<Map<String, Set<String>>> alternatives) {
    List<String> names = new ArrayList<>();
    alternatives.forEach(alternative -> names.add(describe(alternative)));
    return String.join(" or ", names);
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
