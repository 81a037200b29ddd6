package io.contractkit.starrocks.review.corpus;

import io.contractkit.starrocks.review.compat.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as Markdown ({@code COMPARISON.md}) and as the few lines the build prints: every
 * case with each tool's verdict, whether they agree, and for every disagreement the corpus'
 * sentence saying who is right and why.
 */
final class ComparisonReport {

  private final Corpus corpus;
  private final List<CaseResult> results;
  private final String oasdiffVersion;

  ComparisonReport(Corpus corpus, List<CaseResult> results, String oasdiffVersion) {
    this.corpus = corpus;
    this.results = results;
    this.oasdiffVersion = oasdiffVersion;
  }

  long right(String tool) {
    return results.stream().filter(result -> result.right(tool)).count();
  }

  /** Cases the tool calls compatible that break someone. */
  long missed(String tool) {
    return results.stream().filter(r -> !r.right(tool) && r.expected() == Verdict.BREAKING).count();
  }

  /** Breaking cases oasdiff calls compatible but flags as WARN ("potentially breaking"). */
  long missedButWarned() {
    return results.stream()
        .filter(r -> !r.right(Oasdiff.TOOL) && r.expected() == Verdict.BREAKING)
        .filter(r -> r.verdicts().get(Oasdiff.TOOL).detail().contains("warn:"))
        .count();
  }

  /** Cases the tool calls breaking that break no one. */
  long falseAlarms(String tool) {
    return results.stream()
        .filter(r -> !r.right(tool) && r.expected() == Verdict.COMPATIBLE)
        .count();
  }

  /** The summary the build prints. */
  String summary(String where) {
    StringBuilder text = new StringBuilder();
    long agree = results.stream().filter(CaseResult::allAgree).count();
    text.append(
        String.format(
            Locale.ROOT,
            "Breaking-change corpus: %d cases, all three tools agree on %d; table: %s%n",
            results.size(),
            agree,
            where));
    text.append(
        String.format(
            Locale.ROOT,
            "  %-22s %6s %6s %8s %12s%n",
            "tool",
            "right",
            "wrong",
            "missed",
            "false alarm"));
    for (String tool : Tools.NAMES) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %-22s %6d %6d %8d %12d%n",
              label(tool),
              right(tool),
              results.size() - right(tool),
              missed(tool),
              falseAlarms(tool)));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "  (%d of oasdiff's missed breaking changes are WARNs, \"potentially breaking\")%n",
            missedButWarned()));
    return text.toString();
  }

  private String label(String tool) {
    return switch (tool) {
      case Oasdiff.TOOL -> "oasdiff " + oasdiffVersion;
      case Tools.OPENAPI_DIFF -> "openapi-diff (defaults)";
      default -> "gate";
    };
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# The breaking-change gate beside oasdiff and openapi-diff\n\n")
        .append(
            "Each row is one single change to an OpenAPI document (the corpus in"
                + " `api/review/src/test/resources/corpus/`), with the verdict a careful reviewer"
                + " gives it and whom it breaks. *gate* is this repository's breaking-change gate"
                + " (`CompatibilityVerdict`: its rules, backed by openapi-diff); *oasdiff* is `oasdiff"
                + " breaking` ")
        .append(oasdiffVersion)
        .append(
            " (breaking when it reports an `ERR`; its `WARN`s are listed but count as compatible);"
                + " *openapi-diff* is openapi-diff-core on its defaults (breaking when"
                + " `isIncompatible()`). ✔ right, ✘ wrong. Every disagreement is explained below the"
                + " table.\n\n");
    md.append("| tool | right | wrong | missed breaking | false alarm |\n|---|---|---|---|---|\n");
    for (String tool : Tools.NAMES) {
      md.append("| ")
          .append(label(tool))
          .append(" | ")
          .append(right(tool))
          .append(" | ")
          .append(results.size() - right(tool))
          .append(" | ")
          .append(missed(tool))
          .append(" | ")
          .append(falseAlarms(tool))
          .append(" |\n");
    }
    md.append("\n")
        .append(missedButWarned())
        .append(
            " of oasdiff's missed breaking changes are reported by it as `WARN` (\"potentially"
                + " breaking\"): a reviewer who reads its warnings sees them, but a pipeline"
                + " failing on `ERR` lets them through.\n");
    md.append("\n| case | change | tags | expected | gate | oasdiff | openapi-diff | agreement |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (CaseResult result : results) {
      CorpusCase change = result.change();
      md.append("| `")
          .append(change.id())
          .append("` | ")
          .append(cell(change.title()))
          .append(" | ")
          .append(String.join(" ", change.tags()))
          .append(" | **")
          .append(word(change.expected()))
          .append("**")
          .append(change.breaks().isEmpty() ? "" : " (" + String.join(", ", change.breaks()) + ")")
          .append(" |");
      for (String tool : Tools.NAMES) {
        ToolVerdict verdict = result.verdicts().get(tool);
        md.append(' ')
            .append(result.right(tool) ? "✔ " : "✘ ")
            .append(word(verdict.verdict()))
            .append(verdict.detail().isEmpty() ? "" : " <sub>" + cell(verdict.detail()) + "</sub>")
            .append(" |");
      }
      md.append(' ')
          .append(result.allAgree() ? "all agree" : "[disagree](#" + change.id() + ")")
          .append(" |\n");
    }
    md.append("\n## Disagreements: who is right and why\n\n");
    for (CaseResult result : results) {
      if (result.allAgree()) {
        continue;
      }
      CorpusCase change = result.change();
      md.append("### ")
          .append(change.id())
          .append("\n\n")
          .append(change.title())
          .append(". Expected **")
          .append(word(change.expected()))
          .append("**: ")
          .append(change.why())
          .append("\n\n");
      for (String tool : result.wrongTools()) {
        md.append("- **")
            .append(tool)
            .append("** says ")
            .append(word(result.verdicts().get(tool).verdict()))
            .append(", and is wrong: ")
            .append(corpus.note(change, tool))
            .append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String word(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
