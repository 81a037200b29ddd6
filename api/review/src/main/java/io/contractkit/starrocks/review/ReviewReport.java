package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.compat.OpenApiDiffCrossCheck;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.reference.ReferenceRenderer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** The review as Markdown that a CI job can post on the pull request as it is. */
final class ReviewReport {

  private static final String PASS = "✅";
  private static final String FAIL = "❌";

  private ReviewReport() {}

  static String markdown(SpecReview review, List<ReviewFinding> all) {
    StringBuilder md = new StringBuilder();
    String version =
        review.document().api() == null ? "?" : review.document().api().getInfo().getVersion();
    md.append("# Spec review: `")
        .append(shown(review.document().source()))
        .append("` ")
        .append(version)
        .append(" against baseline ")
        .append(baselineVersion(review))
        .append("\n\n");
    md.append("**")
        .append(
            review.passes()
                ? PASS + " Ready to merge: valid, follows the house rules, compatible with "
                : FAIL + " Not mergeable as is; compared with baseline ")
        .append(baselineVersion(review))
        .append("**\n\n");
    CompatibilityVerdict compatibility = review.compatibility();
    md.append("| question | answer |\n|---|---|\n");
    md.append("| Is it valid? (parser) | ")
        .append(count(review.parser(), "parser message"))
        .append(" |\n");
    md.append("| Does every example match its schema? | ")
        .append(count(review.examples(), "invalid example"))
        .append(" |\n");
    md.append("| Does it follow the house rules? | ")
        .append(count(review.houseRules(), "house-rule finding"))
        .append(" |\n");
    if (compatibility != null) {
      md.append("| Is it backward compatible with ")
          .append(baselineVersion(review))
          .append("? | ")
          .append(
              compatibility.breaking()
                  ? FAIL + " " + compatibility.breakingChanges().size() + " breaking change(s)"
                  : PASS + " yes")
          .append(", ")
          .append(compatibility.compatibleChanges().size())
          .append(" compatible change(s) |\n");
      md.append("| openapi-diff's verdict (cross-check) | ")
          .append(
              compatibility.openApiDiff().incompatible()
                  ? "incompatible"
                  : compatibility.openApiDiff().different() ? "compatible" : "no change")
          .append(" |\n");
    }
    md.append("| What does it look like? | [rendered reference](")
        .append(SpecReview.REFERENCE)
        .append(") (`")
        .append(SpecReview.REFERENCE)
        .append("` beside this report) |\n\n");

    findings(md, "Validity (parser)", of(all, ReviewFinding.PARSER));
    findings(md, "Examples against their schemas", of(all, ReviewFinding.EXAMPLE));
    findings(md, "House rules", of(all, ReviewFinding.HOUSE_RULE));
    if (compatibility != null) {
      compatibility(md, review, compatibility, of(all, ReviewFinding.COMPATIBILITY));
    }
    reference(md, review);
    return md.toString();
  }

  private static String baselineVersion(SpecReview review) {
    return review.baseline() == null ? "(none)" : review.baseline().version();
  }

  private static List<ReviewFinding> of(List<ReviewFinding> all, String category) {
    return all.stream().filter(finding -> finding.category().equals(category)).toList();
  }

  private static String count(List<?> findings, String what) {
    return findings.isEmpty()
        ? PASS + " yes"
        : FAIL + " " + findings.size() + " " + what + (findings.size() == 1 ? "" : "s");
  }

  private static void findings(StringBuilder md, String title, List<ReviewFinding> findings) {
    md.append("## ").append(title).append("\n\n");
    if (findings.isEmpty()) {
      md.append("No findings.\n\n");
      return;
    }
    md.append("| rule | where | line | what | id |\n|---|---|---|---|---|\n");
    findings.forEach(
        finding ->
            md.append("| `")
                .append(finding.rule())
                .append("` | `")
                .append(cell(finding.where()))
                .append("` | ")
                .append(line(finding))
                .append(" | ")
                .append(cell(finding.message()))
                .append(" | `")
                .append(finding.id())
                .append("` |\n"));
    md.append('\n');
  }

  /** {@code file:line:column}, and the baseline's line when the element is gone. */
  private static String line(ReviewFinding finding) {
    String here = "`" + finding.position() + "`";
    if (finding.exact() || finding.baselinePosition() == null) {
      return here;
    }
    return here + " (parent; was `" + finding.baselinePosition() + "`)";
  }

  private static void compatibility(
      StringBuilder md,
      SpecReview review,
      CompatibilityVerdict verdict,
      List<ReviewFinding> changes) {
    md.append("## Compatibility with baseline ")
        .append(baselineVersion(review))
        .append("\n\n")
        .append("Baseline: `")
        .append(shown(review.baseline().file()))
        .append("`. ")
        .append(
            "Breaking means: an existing client, an SDK user's code or a stub consumer's test stops working.\n\n");
    md.append("### Breaking changes\n\n");
    changes(md, changes.stream().filter(ReviewFinding::breaking).toList());
    md.append("### Compatible changes\n\n");
    changes(md, changes.stream().filter(change -> !change.breaking()).toList());
    OpenApiDiffCrossCheck.Result diff = verdict.openApiDiff();
    md.append("### openapi-diff's view\n\n")
        .append(
            "openapi-diff runs as a second engine: an incompatibility it finds that no rule names fails the gate too. ")
        .append("Its checks where this contract's policy differs are switched off:\n\n");
    OpenApiDiffCrossCheck.OVERRIDDEN.forEach(
        (property, why) ->
            md.append("- `").append(property).append("`: ").append(why).append('\n'));
    md.append("\n<details><summary>openapi-diff report (")
        .append(
            diff.incompatible() ? "incompatible" : diff.different() ? "compatible" : "no change")
        .append(")</summary>\n\n")
        .append(diff.markdown().isBlank() ? "_No differences._\n" : diff.markdown())
        .append("\n</details>\n\n");
  }

  private static void changes(StringBuilder md, List<ReviewFinding> changes) {
    if (changes.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| # | rule | where | line | what | id |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < changes.size(); i++) {
      ReviewFinding change = changes.get(i);
      md.append("| ")
          .append(i + 1)
          .append(" | `")
          .append(change.rule())
          .append("` | ")
          .append(cell(change.where()))
          .append(" | ")
          .append(line(change))
          .append(" | ")
          .append(cell(change.message() + ": " + change.why()))
          .append(" | `")
          .append(change.id())
          .append("` |\n");
    }
    md.append('\n');
  }

  private static void reference(StringBuilder md, SpecReview review) {
    md.append("## Rendered reference\n\n");
    if (review.document().api() == null) {
      md.append("Not rendered: the document does not parse.\n");
      return;
    }
    md.append("[`")
        .append(SpecReview.REFERENCE)
        .append("`](")
        .append(SpecReview.REFERENCE)
        .append(") beside this report: one self-contained page that needs no network.\n\n");
    review
        .document()
        .api()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            md.append("- [")
                                .append(method)
                                .append(" `")
                                .append(path)
                                .append("`](")
                                .append(SpecReview.REFERENCE)
                                .append('#')
                                .append(ReferenceRenderer.operationAnchor(operation))
                                .append(") — ")
                                .append(cell(operation.getSummary()))
                                .append('\n')));
    md.append('\n');
  }

  /**
   * A document's location as a reader knows it: relative to the working directory when under it.
   */
  static String shown(String location) {
    if (location != null && location.startsWith("file:")) {
      try {
        return shown(Path.of(URI.create(location)));
      } catch (IllegalArgumentException e) {
        return location;
      }
    }
    return location;
  }

  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    return (absolute.startsWith(workingDirectory)
            ? workingDirectory.relativize(absolute)
            : absolute)
        .toString();
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
