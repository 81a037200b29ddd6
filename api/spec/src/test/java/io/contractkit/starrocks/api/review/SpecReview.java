package io.contractkit.starrocks.api.review;

import io.contractkit.starrocks.api.lint.ExampleCheck;
import io.contractkit.starrocks.api.lint.Finding;
import io.contractkit.starrocks.api.lint.HouseRules;
import io.contractkit.starrocks.api.lint.ParserCheck;
import io.contractkit.starrocks.api.lint.SpecDocument;
import io.contractkit.starrocks.api.review.baseline.Baseline;
import io.contractkit.starrocks.api.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.api.review.reference.ReferenceRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a reviewer of a change to the document wants to know, in one place: validity,
 * house rules, examples, compatibility with the last released baseline, and the rendered
 * reference. Runs in the build before the tests ({@code exec:java@spec-review}), so the report
 * exists even when a gate then fails the build.
 */
public record SpecReview(
    SpecDocument document,
    Baseline baseline,
    List<Finding> parser,
    List<Finding> examples,
    List<Finding> houseRules,
    CompatibilityVerdict compatibility) {

  /** Reviews {@code documentFile} against the baseline of {@code module}. */
  public static SpecReview of(Path documentFile, Path module) {
    SpecDocument document = SpecDocument.parse(documentFile);
    Baseline baseline = Baseline.in(module);
    List<Finding> parser = ParserCheck.check(document);
    if (document.api() == null) {
      return new SpecReview(document, baseline, parser, List.of(), List.of(), null);
    }
    return new SpecReview(document, baseline, parser, ExampleCheck.check(document), HouseRules.check(document),
        CompatibilityVerdict.of(baseline.document(), document));
  }

  public boolean passes() {
    return parser.isEmpty() && examples.isEmpty() && houseRules.isEmpty() && compatibility != null && !compatibility.breaking();
  }

  /** Writes the reference page and the report into {@code output}; returns the report. */
  public Path write(Path output) {
    try {
      Files.createDirectories(output);
      if (document.api() != null) {
        ReferenceRenderer.write(document, output.resolve(ModuleLayout.REFERENCE));
      }
      Path report = output.resolve(ModuleLayout.REPORT);
      Files.writeString(report, ReviewReport.markdown(this), StandardCharsets.UTF_8);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code exec:java@spec-review}: argument 0 is the api module's directory. */
  public static void main(String[] args) {
    Path module = args.length > 0 ? Path.of(args[0]) : ModuleLayout.moduleDirectory();
    SpecReview review = of(module.resolve(ModuleLayout.DOCUMENT), module);
    Path report = review.write(module.resolve(ModuleLayout.OUTPUT));
    System.out.println("[spec-review] " + (review.passes() ? "passes" : "FAILS (the tests will fail the build)") + "; report: " + report);
  }
}
