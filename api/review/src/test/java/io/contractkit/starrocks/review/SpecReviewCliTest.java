package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.api.ContractDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point for people outside Maven: two files in, a report out, the verdict as exit status.
 */
class SpecReviewCliTest {

  @TempDir Path temp;
  private Path document;
  private Path baselines;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void a_document_and_its_baseline() throws IOException {
    document = temp.resolve("starrocks-sync.yaml");
    Files.writeString(document, ContractDocument.text());
    baselines = Files.createDirectories(temp.resolve("baseline"));
    Files.writeString(baselines.resolve("starrocks-sync-1.0.0.yaml"), ContractDocument.text());
  }

  @Test
  void writes_the_report_and_the_reference_and_exits_0_when_the_review_passes() {
    Path output = temp.resolve("out");

    assertThat(run(document.toString(), baselines.toString(), output.toString())).isZero();
    assertThat(output.resolve(SpecReview.REPORT)).content().contains("Ready to merge");
    assertThat(output.resolve(SpecReview.REFERENCE)).exists();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("passes", SpecReview.REPORT);
  }

  @Test
  void exits_1_when_the_review_fails_but_writes_the_report_first_and_report_only_exits_0()
      throws IOException {
    Files.writeString(
        document,
        ContractDocument.text()
            .replace("        '500':\n          $ref: '#/components/responses/ServerError'\n", ""));
    Path output = temp.resolve("out");

    assertThat(run(document.toString(), baselines.toString(), output.toString())).isEqualTo(1);
    assertThat(output.resolve(SpecReview.REPORT))
        .content()
        .contains("Not mergeable", "response-status-removed");
    assertThat(run("--report-only", document.toString(), baselines.toString(), output.toString()))
        .isZero();
  }

  @Test
  void reviews_two_files_into_the_chosen_formats_with_the_options_of_the_plugin() {
    Path output = temp.resolve("formats");

    int status =
        run(
            "--baseline",
            io.contractkit.starrocks.review.testing.Acceptance.baseline().toString(),
            "--document",
            io.contractkit.starrocks.review.testing.Acceptance.pullRequest().toString(),
            "--format",
            "sarif,junit,github",
            "--skip-house-rules=errors-documented,shared-errors",
            "--source-root",
            io.contractkit.starrocks.review.testing.Acceptance.baseline().getParent().toString(),
            "--out",
            output.toString());

    assertThat(status).isEqualTo(1);
    assertThat(output.resolve("spec-review.sarif")).exists();
    assertThat(output.resolve("TEST-spec-review.xml")).exists();
    assertThat(output.resolve("github-annotations.txt"))
        .content()
        .contains("::error file=library-pull-request.yaml,line=")
        .contains("::notice file=library-pull-request.yaml,line=");
    assertThat(output.resolve(SpecReview.REPORT)).doesNotExist();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 finding(s), 2 breaking");
    assertThat(
            run(
                "--baseline",
                    io.contractkit.starrocks.review.testing.Acceptance.baseline().toString(),
                "--document",
                    io.contractkit.starrocks.review.testing.Acceptance.pullRequest().toString(),
                "--skip-house-rules", "errors-documented,shared-errors",
                "--fail-on", "never",
                "--out", output.toString()))
        .isZero();
  }

  @Test
  void refuses_unknown_formats_and_house_rules_with_the_usage() {
    assertThat(run("--document", "a.yaml", "--baseline", "b", "--out", "o", "--format", "pdf"))
        .isEqualTo(2);
    assertThat(
            run("--document", "a.yaml", "--baseline", "b", "--out", "o", "--house-rules", "tabs"))
        .isEqualTo(2);
    assertThat(run("--document", "a.yaml", "--out", "o")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unknown format `pdf`", "Unknown house rule(s) [tabs]", "usage: SpecReviewCli");
  }

  @Test
  void promotes_and_refuses_with_exit_status() throws IOException {
    assertThat(run("--promote", document.toString(), baselines.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing to do");

    Files.writeString(
        document,
        ContractDocument.text()
            .replace(
                "Modify StarRocks data synchronization configurations",
                "Modify the synchronization"));
    assertThat(run("--promote", document.toString(), baselines.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused");
  }

  @Test
  void wrong_arguments_print_the_usage_and_exit_2() {
    assertThat(run(document.toString())).isEqualTo(2);
    assertThat(run("--promote", document.toString(), baselines.toString(), "extra")).isEqualTo(2);
    assertThat(run("--verbose", document.toString(), baselines.toString(), "out")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: SpecReviewCli");
  }

  private int run(String... args) {
    return SpecReviewCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
