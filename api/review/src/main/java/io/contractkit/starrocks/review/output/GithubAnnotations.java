package io.contractkit.starrocks.review.output;

import io.contractkit.starrocks.review.findings.ReviewFinding;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error} for what breaks or is invalid,
 * {@code ::warning} for advice, {@code ::notice} for compatible changes. Printed by a workflow
 * step, each becomes an annotation on its line of the pull request's diff.
 *
 * <p>Escaping follows the Actions toolkit ({@code @actions/core}'s {@code command.ts}): in the
 * message {@code %}, CR and LF; in property values also {@code :} and {@code ,}.
 */
public final class GithubAnnotations {

  private GithubAnnotations() {}

  public static String of(List<ReviewFinding> findings) {
    StringBuilder out = new StringBuilder();
    for (ReviewFinding finding : findings) {
      String command =
          switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
          };
      out.append("::")
          .append(command)
          .append(" file=")
          .append(property(finding.position().file()))
          .append(",line=")
          .append(finding.position().line())
          .append(",col=")
          .append(finding.position().column())
          .append(",title=")
          .append(property(finding.title()))
          .append("::")
          .append(data(message(finding)))
          .append('\n');
    }
    return out.toString();
  }

  private static String message(ReviewFinding finding) {
    String text = finding.message() + "\n" + "Why: " + finding.why() + "\n" + "id: " + finding.id();
    if (!finding.exact()) {
      text += "\n(the element is gone; shown on its nearest surviving parent";
      text +=
          finding.baselinePosition() == null
              ? ")"
              : "; in the baseline at " + finding.baselinePosition() + ")";
    }
    return text;
  }

  /** A message: {@code %}, CR and LF escaped. */
  public static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} too. */
  public static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
