package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.baseline.BaselinePromotion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec review from the command line, for the build and for anyone outside it. Run with no
 * argument for the usage.
 */
public final class SpecReviewCli {

  static final String USAGE =
      String.join(
          "\n",
          "usage: SpecReviewCli [--report-only] <document> <baseline-directory> <output-directory>",
          "       SpecReviewCli --promote <document> <baseline-directory>",
          "",
          "Review: checks <document> (an OpenAPI 3.0.3 file: parser messages, examples against their",
          "schemas, house rules) and compares it with the one baseline in <baseline-directory>",
          "(starrocks-sync-<version>.yaml); writes REVIEW.md and reference.html into <output-directory>.",
          "Exit status 0 when the review passes, 1 when it does not (the report is written either way).",
          "  --report-only  exit 0 even when the review does not pass (the build's tests judge it)",
          "",
          "Promote (release step): makes <document> the new baseline in <baseline-directory>, replacing",
          "the old one. Exit status 1 when it refuses: the document changed without a higher",
          "info.version, or breaks the baseline without a new major version.",
          "",
          "Exit status 2: wrong arguments.");

  private SpecReviewCli() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  private static Path path(String argument) {
    return Path.of(argument).toAbsolutePath().normalize();
  }

  /** Runs the command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean promote = arguments.remove("--promote");
    boolean reportOnly = arguments.remove("--report-only");
    if (arguments.stream().anyMatch(argument -> argument.startsWith("--"))
        || (promote && (reportOnly || arguments.size() != 2))
        || (!promote && arguments.size() != 3)) {
      err.println(USAGE);
      return 2;
    }
    Path document = path(arguments.get(0));
    Path baselineDirectory = path(arguments.get(1));
    if (promote) {
      try {
        BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselineDirectory);
        (outcome.refused() ? err : out).println(outcome.message());
        return outcome.refused() ? 1 : 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    SpecReview review = SpecReview.of(document, baselineDirectory);
    Path report = review.write(path(arguments.get(2)));
    out.println(
        "[spec-review] "
            + (review.passes()
                ? "passes"
                : reportOnly ? "FAILS (report only: the tests judge it)" : "FAILS")
            + "; report: "
            + report);
    return review.passes() || reportOnly ? 0 : 1;
  }
}
