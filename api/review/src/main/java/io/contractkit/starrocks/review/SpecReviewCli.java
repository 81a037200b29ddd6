package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.baseline.BaselinePromotion;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.Severity;
import io.contractkit.starrocks.review.output.OutputFormat;
import io.contractkit.starrocks.review.output.ReviewOutputs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec review from the command line, for anyone outside Maven: the same review, options and
 * output formats as the Maven plugin. Run with no argument for the usage.
 *
 * <p>The options are parsed by hand: eight {@code --name value} pairs and three flags. picocli
 * (pinned in the root pom for the client's CLI) would add 400 KB to every user of this library and
 * of the Maven plugin for that.
 */
public final class SpecReviewCli {

  static final String USAGE =
      String.join(
          "\n",
          "usage: SpecReviewCli --document <file> --baseline <file-or-directory> --out <directory>",
          "                     [--format markdown,github,sarif,junit|all] [--source-root <dir>]",
          "                     [--house-rules <id,...>] [--skip-house-rules <id,...>]",
          "                     [--house-rule-severity error|warning] [--fail-on error|warning|note|never]",
          "                     [--new-response-enum-value-is-compatible true|false]",
          "                     [--reference] [--report-only]",
          "       SpecReviewCli [--report-only] <document> <baseline> <output-directory>",
          "       SpecReviewCli --promote <document> <baseline-directory>",
          "",
          "Review: checks <document> (an OpenAPI 3.0 file: parser messages, examples against their",
          "schemas, house rules) and compares it with the baseline (a document, or a directory holding",
          "exactly one); writes the chosen formats into the output directory (default: all):",
          "REVIEW.md, github-annotations.txt (GitHub Actions workflow commands), spec-review.sarif",
          "(SARIF 2.1.0), TEST-spec-review.xml (JUnit XML); --reference adds reference.html.",
          "Files in findings are named relative to --source-root (default: the working directory).",
          "Exit status 0 when no finding reaches --fail-on (default error), 1 when one does (the",
          "outputs are written either way).",
          "  --report-only  exit 0 even when the review does not pass",
          "",
          "Promote (release step): makes <document> the new baseline in <baseline-directory>, replacing",
          "the old one. Exit status 1 when it refuses: the document changed without a higher",
          "info.version, or breaks the baseline without a new major version.",
          "",
          "Exit status 2: wrong arguments.");

  private static final Set<String> VALUED =
      Set.of(
          "--document",
          "--baseline",
          "--out",
          "--format",
          "--source-root",
          "--house-rules",
          "--skip-house-rules",
          "--house-rule-severity",
          "--fail-on",
          "--new-response-enum-value-is-compatible");

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
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    boolean promote = false;
    boolean reportOnly = false;
    boolean reference = false;
    for (int i = 0; i < args.length; i++) {
      String argument = args[i];
      String name =
          argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      if (argument.equals("--promote")) {
        promote = true;
      } else if (argument.equals("--report-only")) {
        reportOnly = true;
      } else if (argument.equals("--reference")) {
        reference = true;
      } else if (VALUED.contains(name)) {
        String value;
        if (!name.equals(argument)) {
          value = argument.substring(name.length() + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return usage(err, argument + " needs a value");
        }
        options.put(name, value);
      } else if (argument.startsWith("--")) {
        return usage(err, "unknown option " + argument);
      } else {
        positional.add(argument);
      }
    }
    if (promote) {
      if (reportOnly || !options.isEmpty() || positional.size() != 2) {
        return usage(err, null);
      }
      return promote(path(positional.get(0)), path(positional.get(1)), out, err);
    }
    boolean legacy = options.isEmpty();
    if (legacy) {
      if (positional.size() != 3) {
        return usage(err, null);
      }
      options.put("--document", positional.get(0));
      options.put("--baseline", positional.get(1));
      options.put("--out", positional.get(2));
      reference = true;
    } else if (!positional.isEmpty()
        || !options.containsKey("--document")
        || !options.containsKey("--baseline")
        || !options.containsKey("--out")) {
      return usage(err, "--document, --baseline and --out are needed, and nothing else");
    }
    ReviewOptions reviewOptions;
    Set<OutputFormat> formats;
    try {
      reviewOptions =
          new ReviewOptions(
              ReviewOptions.ids(options.get("--house-rules")),
              ReviewOptions.ids(options.get("--skip-house-rules")),
              Severity.of(options.getOrDefault("--house-rule-severity", "error")),
              Boolean.parseBoolean(
                  options.getOrDefault("--new-response-enum-value-is-compatible", "true")),
              ReviewOptions.failOn(options.getOrDefault("--fail-on", "error")));
      formats = OutputFormat.parse(options.get("--format"));
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    Path output = path(options.get("--out"));
    SpecReview review =
        SpecReview.of(
            path(options.get("--document")), path(options.get("--baseline")), reviewOptions);
    Path sourceRoot = path(options.getOrDefault("--source-root", "."));
    List<Path> written = ReviewOutputs.write(review, formats, output, sourceRoot);
    if (reference && review.document().api() != null) {
      review.writeReference(output.resolve(SpecReview.REFERENCE));
    }
    List<ReviewFinding> findings = review.findings(sourceRoot);
    long breaking = findings.stream().filter(ReviewFinding::breaking).count();
    out.println(
        "[spec-review] "
            + (review.passes()
                ? "passes"
                : reportOnly ? "FAILS (report only: the tests judge it)" : "FAILS")
            + "; "
            + findings.size()
            + " finding(s), "
            + breaking
            + " breaking; report: "
            + (written.isEmpty() ? output : written.get(0)));
    return review.passes() || reportOnly ? 0 : 1;
  }

  private static int promote(
      Path document, Path baselineDirectory, PrintStream out, PrintStream err) {
    try {
      BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselineDirectory);
      (outcome.refused() ? err : out).println(outcome.message());
      return outcome.refused() ? 1 : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int usage(PrintStream err, String problem) {
    if (problem != null) {
      err.println("spec-review: " + problem);
    }
    err.println(USAGE);
    return 2;
  }
}
