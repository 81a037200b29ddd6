package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.baseline.Baseline;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.lint.ExampleCheck;
import io.contractkit.starrocks.review.lint.Finding;
import io.contractkit.starrocks.review.lint.HouseRules;
import io.contractkit.starrocks.review.lint.ParserCheck;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.reference.ReferenceRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a reviewer of a change to the document wants to know, in one place: validity, house
 * rules, examples, compatibility with the last released baseline, and the rendered reference.
 * {@link SpecReviewCli} runs it from the command line (and the build runs it before the tests), so
 * the report exists even when a gate then fails the build.
 */
public record SpecReview(
    SpecDocument document,
    Baseline baseline,
    List<Finding> parser,
    List<Finding> examples,
    List<Finding> houseRules,
    CompatibilityVerdict compatibility) {

  /** The report's file name in the output directory. */
  public static final String REPORT = "REVIEW.md";

  /** The rendered reference's file name in the output directory, beside the report. */
  public static final String REFERENCE = "reference.html";

  /** Reviews {@code documentFile} against the baseline in {@code baselineDirectory}. */
  public static SpecReview of(Path documentFile, Path baselineDirectory) {
    return of(SpecDocument.parse(documentFile), baselineDirectory);
  }

  /** Reviews an already parsed document against the baseline in {@code baselineDirectory}. */
  public static SpecReview of(SpecDocument document, Path baselineDirectory) {
    Baseline baseline = Baseline.in(baselineDirectory);
    List<Finding> parser = ParserCheck.check(document);
    if (document.api() == null) {
      return new SpecReview(document, baseline, parser, List.of(), List.of(), null);
    }
    return new SpecReview(
        document,
        baseline,
        parser,
        ExampleCheck.check(document),
        HouseRules.check(document),
        CompatibilityVerdict.of(baseline.document(), document));
  }

  public boolean passes() {
    return parser.isEmpty()
        && examples.isEmpty()
        && houseRules.isEmpty()
        && compatibility != null
        && !compatibility.breaking();
  }

  /** Writes the reference page and the report into {@code output}; returns the report. */
  public Path write(Path output) {
    try {
      Files.createDirectories(output);
      if (document.api() != null) {
        ReferenceRenderer.write(document, output.resolve(REFERENCE));
      }
      Path report = output.resolve(REPORT);
      Files.writeString(report, ReviewReport.markdown(this), StandardCharsets.UTF_8);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
