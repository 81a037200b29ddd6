package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.ReviewOptions;
import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.Severity;
import io.contractkit.starrocks.review.output.OutputFormat;
import io.contractkit.starrocks.review.output.ReviewOutputs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares: which document, which baseline, where the outputs go, and the
 * review's options. Every parameter has a {@code starrocks-review.*} user property.
 */
abstract class AbstractReviewMojo extends AbstractMojo {

  /** The OpenAPI 3.0 document to review (YAML or JSON). */
  @Parameter(property = "starrocks-review.document", required = true)
  File document;

  /**
   * The last released document: a file, or a directory holding exactly one ({@code .yaml}, {@code
   * .yml} or {@code .json}; a name {@code <name>-<version>.yaml} must match its {@code
   * info.version}).
   */
  @Parameter(property = "starrocks-review.baseline")
  File baseline;

  /** Where the report, the machine formats and the reference are written. */
  @Parameter(
      property = "starrocks-review.outputDirectory",
      defaultValue = "${project.build.directory}/spec-review")
  File outputDirectory;

  /**
   * The formats the {@code report} and {@code review} goals write, comma-separated: {@code
   * markdown} (REVIEW.md), {@code github} (github-annotations.txt, workflow commands), {@code
   * sarif} (spec-review.sarif), {@code junit} (TEST-spec-review.xml), or {@code all}.
   */
  @Parameter(property = "starrocks-review.formats", defaultValue = "all")
  String formats;

  /** The house rules that apply, comma-separated ids; empty: all of them. */
  @Parameter(property = "starrocks-review.houseRules", defaultValue = "")
  String houseRules;

  /** House rules that do not apply, comma-separated ids (for example {@code shared-errors}). */
  @Parameter(property = "starrocks-review.skipHouseRules", defaultValue = "")
  String skipHouseRules;

  /** {@code error}: a broken house rule fails the review; {@code warning}: it is advice. */
  @Parameter(property = "starrocks-review.houseRuleSeverity", defaultValue = "error")
  String houseRuleSeverity;

  /**
   * Whether a new value in a response enum is compatible: yes for clients that keep values they do
   * not know; set {@code false} when clients map values to closed enums.
   */
  @Parameter(property = "starrocks-review.newResponseEnumValueIsCompatible", defaultValue = "true")
  boolean newResponseEnumValueIsCompatible;

  /**
   * The least severity that fails the build: {@code error} (breaking changes, invalid documents,
   * house rules as errors), {@code warning}, {@code note} (any change at all), or {@code never}.
   */
  @Parameter(property = "starrocks-review.failOn", defaultValue = "error")
  String failOn;

  /**
   * The directory findings name files relative to (annotations and SARIF want paths from the
   * repository root): by default the directory Maven was started in.
   */
  @Parameter(
      property = "starrocks-review.sourceRoot",
      defaultValue = "${session.executionRootDirectory}")
  File sourceRoot;

  /** Skips the goal. */
  @Parameter(property = "starrocks-review.skip", defaultValue = "false")
  boolean skip;

  ReviewOptions options() throws MojoExecutionException {
    try {
      return new ReviewOptions(
          ReviewOptions.ids(houseRules),
          ReviewOptions.ids(skipHouseRules),
          Severity.of(houseRuleSeverity),
          newResponseEnumValueIsCompatible,
          ReviewOptions.failOn(failOn));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  File requiredBaseline() throws MojoExecutionException {
    if (baseline == null) {
      throw new MojoExecutionException(
          "No baseline: set <baseline> or -Dstarrocks-review.baseline to the last released"
              + " document (a file, or a directory holding exactly one)");
    }
    if (!baseline.exists()) {
      throw new MojoExecutionException("The baseline " + baseline + " does not exist");
    }
    return baseline;
  }

  void requireDocument() throws MojoExecutionException {
    if (!document.isFile()) {
      throw new MojoExecutionException("The document " + document + " does not exist");
    }
  }

  SpecReview review(File againstBaseline) throws MojoExecutionException {
    requireDocument();
    try {
      return SpecReview.of(
          document.toPath(), againstBaseline == null ? null : againstBaseline.toPath(), options());
    } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new MojoExecutionException("Cannot review " + document + ": " + e.getMessage(), e);
    }
  }

  /**
   * Logs the findings that pass {@code filter}, each on its line, then fails when one reaches
   * fail-on.
   */
  void judge(SpecReview review, Predicate<ReviewFinding> filter, String what)
      throws MojoExecutionException, MojoFailureException {
    List<ReviewFinding> findings =
        review.findings(sourceRoot.toPath()).stream().filter(filter).toList();
    Severity threshold = options().failOn();
    long failing =
        findings.stream()
            .filter(finding -> threshold != null && finding.severity().atLeast(threshold))
            .count();
    for (ReviewFinding finding : findings) {
      String line =
          finding.position()
              + ": "
              + finding.severity().id()
              + " ["
              + finding.rule()
              + "] "
              + finding.where()
              + ": "
              + finding.message()
              + " ("
              + finding.why()
              + ") id="
              + finding.id();
      switch (finding.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case NOTE -> getLog().info(line);
      }
    }
    if (failing > 0) {
      throw new MojoFailureException(
          what
              + ": "
              + failing
              + " finding(s) at or above `"
              + failOn
              + "` in "
              + document
              + " (see above; -Dstarrocks-review.failOn=never to report only)");
    }
    getLog().info(what + ": " + findings.size() + " finding(s), none at or above `" + failOn + "`");
  }

  /** Writes the chosen formats into the output directory. */
  List<Path> write(SpecReview review) throws MojoExecutionException {
    Set<OutputFormat> chosen;
    try {
      chosen = OutputFormat.parse(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    List<Path> written =
        ReviewOutputs.write(review, chosen, outputDirectory.toPath(), sourceRoot.toPath());
    written.forEach(file -> getLog().info("Wrote " + file));
    return written;
  }
}
