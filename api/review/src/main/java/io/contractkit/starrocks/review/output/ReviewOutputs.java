package io.contractkit.starrocks.review.output;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the chosen formats of one review into one directory, all from the same findings. */
public final class ReviewOutputs {

  private ReviewOutputs() {}

  /**
   * Writes each format to its {@link OutputFormat#fileName()} in {@code output}; file names in
   * findings are relative to {@code sourceRoot}. Returns the files written.
   */
  public static List<Path> write(
      SpecReview review, Set<OutputFormat> formats, Path output, Path sourceRoot) {
    List<ReviewFinding> findings = review.findings(sourceRoot);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(output);
      for (OutputFormat format : formats) {
        Path file = output.resolve(format.fileName());
        String text =
            switch (format) {
              case MARKDOWN -> review.markdown(findings);
              case GITHUB -> GithubAnnotations.of(findings);
              case SARIF -> SarifReport.of(findings);
              case JUNIT ->
                  JUnitReport.of(
                      findings,
                      JUnitReport.houseRules(review.options()::applies),
                      review.options().failOn());
            };
        Files.writeString(file, text, StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }
}
