package io.contractkit.starrocks.review.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts {@code .github/workflows/spec-review.yml} runs, run here with bash: the comment
 * script against a stand-in {@code gh} that records its calls and answers the comment listing the
 * way {@code gh api --paginate --jq} would, and the verdict script on review outputs.
 */
class WorkflowScriptsTest {

  private static final Path SCRIPTS =
      Path.of(System.getProperty("plugin.workflowScripts", "../../.github/scripts/spec-review"))
          .toAbsolutePath()
          .normalize();

  @TempDir Path work;
  private Path calls;
  private Path existing;
  private Path report;

  @BeforeEach
  void a_fake_gh_on_the_path() throws IOException {
    calls = work.resolve("calls.txt");
    existing = work.resolve("existing-ids.txt");
    Files.writeString(existing, "");
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path gh = bin.resolve("gh");
    // Records each call (arguments, and the body file's content) and answers the listing with the
    // ids the test put in existing-ids.txt.
    Files.writeString(
        gh,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "printf '%s\\n' \"$*\" >> '" + calls + "'",
            "for a in \"$@\"; do case \"$a\" in body=@*) cat \"${a#body=@}\" > '"
                + work.resolve("body.md")
                + "';; esac; done",
            "if [ \"$1 $2\" = 'api --paginate' ]; then cat '" + existing + "'; fi",
            "exit 0",
            ""));
    Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
    report = work.resolve("REVIEW.md");
    Files.writeString(report, "# Spec review\n\n**❌ Not mergeable**\n");
  }

  private Result run(String script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("GITHUB_STEP_SUMMARY");
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out, err);
  }

  record Result(int status, String out, String err) {}

  private static final Map<String, String> PR = Map.of("GH_REPO", "acme/api", "PR_NUMBER", "42");

  @Test
  void posts_one_comment_with_the_hidden_marker_when_the_pull_request_has_none() throws Exception {
    Result result = run("comment.sh", PR, report.toString());

    assertThat(result.status()).as(result.err()).isZero();
    List<String> made = Files.readAllLines(calls);
    assertThat(made).hasSize(2);
    assertThat(made.get(0)).startsWith("api --paginate repos/acme/api/issues/42/comments --jq ");
    assertThat(made.get(1))
        .startsWith("api --method POST repos/acme/api/issues/42/comments -F body=@");
    assertThat(work.resolve("body.md"))
        .content()
        .startsWith("<!-- starrocks-spec-review -->\n# Spec review")
        .contains("Not mergeable");
    assertThat(result.out()).contains("Posted the review comment");
  }

  @Test
  void updates_the_comment_that_carries_the_marker_instead_of_adding_another() throws Exception {
    Files.writeString(existing, "1234\n5678\n");

    Result result = run("comment.sh", PR, report.toString());

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(Files.readAllLines(calls))
        .last()
        .asString()
        .startsWith("api --method PATCH repos/acme/api/issues/comments/1234 -F body=@");
    assertThat(result.out()).contains("Updated the review comment 1234");
  }

  @Test
  void the_listing_selects_comments_by_the_marker_at_the_start_of_their_body() throws Exception {
    run("comment.sh", PR, report.toString());

    assertThat(Files.readAllLines(calls).get(0))
        .endsWith(
            "--jq .[] | select(.body | startswith(\"<!-- starrocks-spec-review -->\")) | .id");
  }

  @Test
  void cuts_a_report_longer_than_a_comment_may_be_and_says_where_the_rest_is() throws Exception {
    Files.writeString(report, "x".repeat(70_000));

    run("comment.sh", PR, report.toString());

    String body = Files.readString(work.resolve("body.md"));
    assertThat(body.length()).isLessThan(65_536);
    assertThat(body).contains("spec-review artifact");
  }

  @Test
  void refuses_to_run_without_the_pull_request_number() throws Exception {
    Result result = run("comment.sh", Map.of("GH_REPO", "acme/api"), report.toString());

    assertThat(result.status()).isNotZero();
    assertThat(result.err()).contains("PR_NUMBER");
    assertThat(calls).doesNotExist();
  }

  @Test
  void the_verdict_prints_the_annotations_and_fails_on_an_error() throws Exception {
    Path out = Files.createDirectories(work.resolve("out"));
    Files.writeString(
        out.resolve("github-annotations.txt"),
        "::error file=api.yaml,line=12,col=11,title=Breaking change [pattern] x::tightened\n"
            + "::notice file=api.yaml,line=20,col=9,title=Compatible change [property-added] y::new\n");
    Files.writeString(out.resolve("REVIEW.md"), "# Spec review\n");
    Path summary = work.resolve("summary.md");

    Result result =
        run("verdict.sh", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), out.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines())
        .startsWith(
            "::error file=api.yaml,line=12,col=11,title=Breaking change [pattern] x::tightened",
            "::notice file=api.yaml,line=20,col=9,title=Compatible change [property-added] y::new");
    assertThat(result.err()).contains("1 finding(s) fail the check", "1 compatible change(s)");
    assertThat(summary).content().contains("# Spec review");
  }

  @Test
  void the_verdict_passes_with_compatible_changes_only() throws Exception {
    Path out = Files.createDirectories(work.resolve("out"));
    Files.writeString(
        out.resolve("github-annotations.txt"),
        "::notice file=api.yaml,line=20,col=9,title=Compatible change [property-added] y::new\n");

    Result result = run("verdict.sh", Map.of(), out.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("passes, 1 compatible change(s)");
  }

  @Test
  void the_verdict_fails_when_the_review_wrote_nothing() throws Exception {
    Result result = run("verdict.sh", Map.of(), work.resolve("missing").toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("did the review run?");
  }
}
