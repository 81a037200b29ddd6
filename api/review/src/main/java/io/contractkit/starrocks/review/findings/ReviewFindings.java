package io.contractkit.starrocks.review.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.compat.Change;
import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.lint.Finding;
import io.contractkit.starrocks.review.lint.HouseRule;
import io.contractkit.starrocks.review.lint.SpecDocument;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link SpecReview} into the one list of {@link ReviewFinding}s the outputs are written
 * from: lint findings at their JSON pointer, compatibility changes at the element they name in the
 * document under review (for removals: the nearest surviving parent, and the element in the
 * baseline), each with a stable id.
 */
public final class ReviewFindings {

  private ReviewFindings() {}

  public static List<ReviewFinding> of(SpecReview review, Path sourceRoot) {
    YamlPositions positions = positions(review.document(), sourceRoot);
    List<ReviewFinding> findings = new ArrayList<>();
    ChangeLocator written = new ChangeLocator(tree(review.document()));
    lint(findings, review.parser(), ReviewFinding.PARSER, positions, written, review);
    lint(findings, review.examples(), ReviewFinding.EXAMPLE, positions, written, review);
    lint(findings, review.houseRules(), ReviewFinding.HOUSE_RULE, positions, written, review);
    if (review.compatibility() != null) {
      SpecDocument baseline = review.baseline().document();
      YamlPositions baselinePositions = positions(baseline, sourceRoot);
      ChangeLocator now = new ChangeLocator(tree(review.document()));
      ChangeLocator then = new ChangeLocator(tree(baseline));
      for (Change change : review.compatibility().changes()) {
        findings.add(change(change, now, then, positions, baselinePositions));
      }
    }
    return unique(findings);
  }

  private static void lint(
      List<ReviewFinding> findings,
      List<Finding> found,
      String category,
      YamlPositions positions,
      ChangeLocator written,
      SpecReview review) {
    for (Finding finding : found) {
      String named = pointer(finding.location());
      String pointer = positions.contains(named) ? named : written.asWritten(named);
      Position position = positions.of(pointer);
      findings.add(
          new ReviewFinding(
              FindingIds.id(finding.rule(), category, named),
              category,
              finding.rule(),
              ReviewFinding.HOUSE_RULE.equals(category)
                  ? review.options().houseRuleSeverity()
                  : Severity.ERROR,
              false,
              finding.location(),
              finding.message(),
              lintWhy(category, finding.rule()),
              position,
              null,
              position.pointer().equals(pointer)));
    }
  }

  /**
   * The JSON pointer of a lint finding's location: {@code #/a/b}, or {@code #/a/b (#/components/x)}
   * for a use of a component, which points at the component's definition.
   */
  static String pointer(String location) {
    if (location == null) {
      return "";
    }
    int ref = location.lastIndexOf("(#/");
    if (ref >= 0 && location.endsWith(")")) {
      return location.substring(ref + 2, location.length() - 1);
    }
    return location.startsWith("#") ? location.substring(1) : "";
  }

  private static String lintWhy(String category, String rule) {
    return switch (category) {
      case ReviewFinding.PARSER ->
          "a document the parser complains about is read differently by each generator and validator";
      case ReviewFinding.EXAMPLE ->
          "an example that does not match its schema misleads readers, and a stub serving it answers"
              + " what the real service never would";
      default ->
          HouseRule.byId(rule).map(houseRule -> "house rule: " + houseRule.summary()).orElse(rule);
    };
  }

  private static ReviewFinding change(
      Change change,
      ChangeLocator now,
      ChangeLocator then,
      YamlPositions positions,
      YamlPositions baselinePositions) {
    String place = ChangeLocator.places(change.where()).get(0);
    ChangeLocator.Located here = now.locate(place);
    ChangeLocator.Located there = then.locate(place);
    String direction = here.direction() != null ? here.direction() : there.direction();
    String key =
        here.complete()
            ? here.pointer()
            : there.complete() ? "baseline:" + there.pointer() : "place:" + place;
    // A removed element: its nearest ancestor that survives (the baseline's place, walked up).
    String pointer =
        here.complete()
            ? keyword(here.pointer(), change, positions)
            : there.complete() ? there.pointer() : here.pointer();
    Position position = positions.of(pointer);
    return new ReviewFinding(
        FindingIds.id(change.rule(), String.valueOf(direction), key),
        ReviewFinding.COMPATIBILITY,
        change.rule(),
        change.breaking() ? Severity.ERROR : Severity.NOTE,
        change.breaking(),
        change.where(),
        what(change),
        why(change),
        position,
        there.complete() || !here.complete() ? baselinePositions.of(there.pointer()) : null,
        here.complete());
  }

  /**
   * Schema keywords each rule judges: a change of a pattern is shown on the {@code pattern:} line
   * (the line the pull request's diff changes), not on the property's name a few lines above.
   */
  private static final Map<String, List<String>> KEYWORDS =
      Map.ofEntries(
          Map.entry("pattern", List.of("pattern")),
          Map.entry("length", List.of("minLength", "maxLength")),
          Map.entry("enum", List.of("enum")),
          Map.entry("type-changed", List.of("type", "format", "enum")),
          Map.entry("nullable", List.of("nullable")),
          Map.entry("default-changed", List.of("default")),
          Map.entry(
              "numeric-range",
              List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
          Map.entry("array-size", List.of("minItems", "maxItems", "uniqueItems")),
          Map.entry("read-write-only", List.of("readOnly", "writeOnly")),
          Map.entry("additional-properties", List.of("additionalProperties")),
          Map.entry("composition", List.of("allOf", "anyOf", "oneOf", "not", "discriminator")),
          Map.entry("security", List.of("x-value-pattern", "in", "name", "type", "security")),
          Map.entry("parameter-required", List.of("required")),
          Map.entry("parameter-serialization", List.of("style", "explode")),
          Map.entry("request-body", List.of("required")),
          Map.entry("sdk-names", List.of("operationId", "tags")),
          Map.entry("deprecated", List.of("deprecated")));

  /**
   * The keyword's own line under {@code pointer} (or under the schema of the parameter, header or
   * body {@code pointer} names); the one the change's text names first.
   */
  private static String keyword(String pointer, Change change, YamlPositions positions) {
    List<String> keywords = KEYWORDS.getOrDefault(change.rule(), List.of());
    String best = null;
    int at = Integer.MAX_VALUE;
    for (String keyword : keywords) {
      String candidate = null;
      for (String schema : positions.schemasUnder(pointer)) {
        if (positions.contains(schema + "/" + keyword)) {
          candidate = schema + "/" + keyword;
          break;
        }
      }
      if (candidate == null) {
        continue;
      }
      int mentioned = change.what().indexOf(keyword);
      int rank = mentioned < 0 ? Integer.MAX_VALUE - 1 : mentioned;
      if (best == null || rank < at) {
        best = candidate;
        at = rank;
      }
    }
    return best == null ? pointer : best;
  }

  /** What changed: the gate's text before its "why". */
  private static String what(Change change) {
    int colon = change.what().indexOf(": ");
    return colon > 0 ? change.what().substring(0, colon) : change.what();
  }

  /** The gate writes "what: why it breaks whom"; the rule says it when the change does not. */
  private static String why(Change change) {
    int colon = change.what().indexOf(": ");
    if (colon > 0) {
      return change.what().substring(colon + 2);
    }
    return Arrays.stream(CompatibilityRule.values())
        .filter(rule -> rule.id().equals(change.rule()))
        .findFirst()
        .map(
            rule ->
                change.breaking()
                    ? "breaking when " + rule.breakingWhen()
                    : "compatible: no client or stub consumer of the baseline is affected")
        .orElse(change.rule());
  }

  /** Ids are unique: findings that share one are told apart by their text, in every run alike. */
  private static List<ReviewFinding> unique(List<ReviewFinding> findings) {
    Map<String, Integer> counts = new HashMap<>();
    findings.forEach(finding -> counts.merge(finding.id(), 1, Integer::sum));
    return findings.stream()
        .map(
            finding ->
                counts.get(finding.id()) == 1
                    ? finding
                    : new ReviewFinding(
                        FindingIds.disambiguated(finding.id(), finding.message()),
                        finding.category(),
                        finding.rule(),
                        finding.severity(),
                        finding.breaking(),
                        finding.where(),
                        finding.message(),
                        finding.why(),
                        finding.position(),
                        finding.baselinePosition(),
                        finding.exact()))
        .toList();
  }

  private static JsonNode tree(SpecDocument document) {
    return document.tree() == null ? MissingNode.getInstance() : document.tree();
  }

  /**
   * The positions in a document: read from its file when it is one (the text as written), else from
   * the text the model read (a document inside a jar).
   */
  private static YamlPositions positions(SpecDocument document, Path sourceRoot) {
    URI source = URI.create(document.source());
    if ("file".equals(source.getScheme())) {
      Path file = Path.of(source);
      return YamlPositions.of(file, shown(file, sourceRoot));
    }
    return YamlPositions.of(document.text(), document.source());
  }

  /** A file as annotations and SARIF name it: relative to the source root, with forward slashes. */
  public static String shown(Path file, Path sourceRoot) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = sourceRoot.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
