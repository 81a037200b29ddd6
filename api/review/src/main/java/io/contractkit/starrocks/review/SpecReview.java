package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.baseline.Baseline;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.ReviewFindings;
import io.contractkit.starrocks.review.findings.Severity;
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
 * {@link SpecReviewCli} and the Maven plugin run it; {@link #findings(Path)} gives the one list of
 * findings with positions that every output format is written from.
 */
public record SpecReview(
    SpecDocument document,
    Baseline baseline,
    List<Finding> parser,
    List<Finding> examples,
    List<Finding> houseRules,
    CompatibilityVerdict compatibility,
    ReviewOptions options) {

  /** The report's file name in the output directory. */
  public static final String REPORT = "REVIEW.md";

  /** The rendered reference's file name in the output directory, beside the report. */
  public static final String REFERENCE = "reference.html";

  /** Reviews {@code documentFile} against the baseline at {@code baseline}, with the defaults. */
  public static SpecReview of(Path documentFile, Path baseline) {
    return of(documentFile, baseline, ReviewOptions.defaults());
  }

  /**
   * Reviews {@code documentFile} against the baseline at {@code baseline} (a document, or a
   * directory holding exactly one).
   */
  public static SpecReview of(Path documentFile, Path baseline, ReviewOptions options) {
    return of(SpecDocument.parse(documentFile), baseline, options);
  }

  /**
   * Reviews an already parsed document against the baseline at {@code baseline}; with a {@code
   * null} baseline, lint only (no compatibility verdict).
   */
  public static SpecReview of(SpecDocument document, Path baseline) {
    return of(document, baseline, ReviewOptions.defaults());
  }

  public static SpecReview of(SpecDocument document, Path baselineLocation, ReviewOptions options) {
    Baseline baseline = baselineLocation == null ? null : Baseline.in(baselineLocation);
    List<Finding> parser = ParserCheck.check(document);
    if (document.api() == null) {
      return new SpecReview(document, baseline, parser, List.of(), List.of(), null, options);
    }
    return new SpecReview(
        document,
        baseline,
        parser,
        ExampleCheck.check(document),
        HouseRules.check(document).stream()
            .filter(finding -> options.applies(finding.rule()))
            .toList(),
        baseline == null
            ? null
            : CompatibilityPolicy.apply(
                CompatibilityVerdict.of(baseline.document(), document), options),
        options);
  }

  /**
   * Every finding with its position, files named relative to {@code sourceRoot} (the repository
   * root, as annotations and SARIF name files).
   */
  public List<ReviewFinding> findings(Path sourceRoot) {
    return ReviewFindings.of(this, sourceRoot);
  }

  /** Whether no finding reaches the fail-on severity (and the document parses). */
  public boolean passes() {
    Severity failOn = options.failOn();
    if (failOn == null) {
      return true;
    }
    if (document.api() == null) {
      return false;
    }
    boolean breaking = compatibility != null && compatibility.breaking();
    boolean compatibleChanges =
        compatibility != null && !compatibility.compatibleChanges().isEmpty();
    return parser.isEmpty()
        && examples.isEmpty()
        && (houseRules.isEmpty() || !options.houseRuleSeverity().atLeast(failOn))
        && !breaking
        && !(compatibleChanges && Severity.NOTE.atLeast(failOn));
  }

  /** Writes the reference page and the report into {@code output}; returns the report. */
  public Path write(Path output) {
    try {
      Files.createDirectories(output);
      if (document.api() != null) {
        writeReference(output.resolve(REFERENCE));
      }
      Path report = output.resolve(REPORT);
      Files.writeString(report, markdown(findings(Path.of(""))), StandardCharsets.UTF_8);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The review as Markdown for a pull-request comment, from {@code findings}. */
  public String markdown(List<ReviewFinding> findings) {
    return ReviewReport.markdown(this, findings);
  }

  /** Writes the rendered reference (one self-contained HTML file) to {@code file}. */
  public void writeReference(Path file) {
    ReferenceRenderer.write(document, file);
  }
}
