package io.contractkit.starrocks.review.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.compat.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The gate side by side with oasdiff and openapi-diff on the corpus of single changes: runs the
 * three tools on every case, writes {@code target/corpus/COMPARISON.md}, prints the summary, and
 * fails when the gate is wrong on any case, or when a tool disagrees with a case's expected verdict
 * without the corpus saying who is right and why.
 */
// Needs oasdiff, which the build installs with Go: -DjdkOnly leaves it out (see the root pom).
@Tag("go-tools")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusComparisonTest {

  static final String REPORT = "COMPARISON.md";

  /** The spec review's README, whose section on the corpus shows this run's figures. */
  private static final Path SPEC_REVIEW_README = Path.of("..", "review", "README.md");

  /** What the corpus must cover, as tags of its cases. */
  static final Set<String> REQUIRED_TAGS =
      new TreeSet<>(
          List.of(
              "request",
              "response",
              "loosening",
              "tightening",
              "rename",
              "enum",
              "nullable",
              "format",
              "type",
              "required",
              "status",
              "example",
              "security",
              "parameter",
              "path",
              "query",
              "header",
              "cookie",
              "media-type",
              "default",
              "pattern",
              "length",
              "numeric-range",
              "array-size",
              "additional-properties",
              "read-write-only",
              "operation",
              "property"));

  static final Set<String> WHOM = Set.of("clients", "sdk-users", "stub-consumers");

  private Corpus corpus;
  private List<CaseResult> results;
  private ComparisonReport report;
  private String summary;

  @BeforeAll
  void runTheThreeToolsOnTheCorpus() throws IOException {
    Path output = output();
    Files.createDirectories(output);
    corpus = Corpus.load();
    Oasdiff oasdiff = Oasdiff.installed(output.resolve("oasdiff-cache"));
    Tools tools = new Tools(oasdiff);
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    // The cases are independent: one per core (most of the time is parsing, in the JVM).
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      results =
          pool.submit(
                  () ->
                      corpus.cases().parallelStream()
                          .map(
                              change ->
                                  tools.run(
                                      change, Corpus.materialize(change, output.resolve("cases"))))
                          .toList())
              .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
    report = new ComparisonReport(corpus, results, oasdiff.version());
    Path table = output.resolve(REPORT);
    Files.writeString(table, report.markdown());
    summary = report.summary("target/corpus/" + REPORT);
    System.out.print(
        summary
            + "  ("
            + results.size()
            + " cases in "
            + millis
            + " ms, "
            + cpuMillis
            + " ms CPU of this JVM, oasdiff's processes not counted)\n");
  }

  @Test
  void the_corpus_has_at_least_150_cases_with_unique_ids() {
    List<String> ids = corpus.cases().stream().map(CorpusCase::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case ids");
  }

  @Test
  void every_case_is_one_real_change_with_a_title_tags_and_a_reason() {
    for (CorpusCase change : corpus.cases()) {
      assertThat(change.title()).as("%s: title", change.id()).isNotBlank();
      assertThat(change.why()).as("%s: why", change.id()).isNotBlank();
      assertThat(change.tags()).as("%s: tags", change.id()).isNotEmpty();
      assertThat(change.tags())
          .as("%s: a direction, request or response or neither (document)", change.id())
          .containsAnyOf("request", "response", "document");
      if (change.expected() == Verdict.BREAKING) {
        assertThat(change.breaks()).as("%s: whom it breaks", change.id()).isNotEmpty();
        assertThat(WHOM).as("%s: whom it breaks", change.id()).containsAll(change.breaks());
      } else {
        assertThat(change.breaks())
            .as("%s: a compatible change breaks no one", change.id())
            .isEmpty();
      }
    }
    for (CaseResult result : results) {
      assertThat(result.changesDocument())
          .as("%s: the patch changes the document", result.change().id())
          .isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> the_gate_is_right_on_every_case() {
    return results.stream()
        .map(
            result ->
                DynamicTest.dynamicTest(
                    result.change().id(),
                    () ->
                        assertThat(result.verdicts().get(Tools.GATE).verdict())
                            .as(
                                "%s (%s): expected %s because %s; the gate found:%s",
                                result.change().id(),
                                result.change().title(),
                                result.expected(),
                                result.change().why(),
                                result.gateFindings())
                            .isEqualTo(result.expected())));
  }

  @Test
  void every_disagreement_says_who_is_right_and_why_and_no_note_is_stale() {
    List<String> unexplained = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (CaseResult result : results) {
      CorpusCase change = result.change();
      for (String tool : Tools.NAMES) {
        String note = corpus.note(change, tool);
        if (!result.right(tool) && (note == null || note.isBlank())) {
          unexplained.add(
              change.id()
                  + ": "
                  + tool
                  + " says "
                  + result.verdicts().get(tool).verdict()
                  + " ("
                  + result.verdicts().get(tool).detail()
                  + ")");
        }
        if (result.right(tool) && note != null) {
          stale.add(change.id() + ": " + tool + " is right now; drop its note");
        }
      }
      assertThat(change.notes().keySet())
          .as("%s: notes name tools", change.id())
          .allMatch(Tools.NAMES::contains);
    }
    Set<String> used = new TreeSet<>();
    corpus.cases().forEach(change -> used.addAll(change.notes().values()));
    assertThat(used)
        .as("explanations.yaml keys that no note uses")
        .containsAll(corpus.explanations().keySet());
    assertThat(unexplained).as("disagreements without a sentence in the corpus").isEmpty();
    assertThat(stale).as("notes on tools that agree with the expected verdict").isEmpty();
  }

  @Test
  void every_rule_of_the_gate_is_exercised_by_a_case() {
    Set<String> named = new LinkedHashSet<>();
    results.forEach(result -> named.addAll(result.gateRules()));
    assertThat(named)
        .containsAll(Arrays.stream(CompatibilityRule.values()).map(CompatibilityRule::id).toList());
  }

  @Test
  void the_corpus_covers_every_kind_of_change_in_both_directions() {
    Set<String> tags = new TreeSet<>();
    corpus.cases().forEach(change -> tags.addAll(change.tags()));
    assertThat(tags).containsAll(REQUIRED_TAGS);
    for (Verdict verdict : Verdict.values()) {
      for (String direction : List.of("request", "response")) {
        assertThat(corpus.cases())
            .as("a %s %s case", verdict, direction)
            .anyMatch(c -> c.expected() == verdict && c.tags().contains(direction));
      }
    }
    for (String base : Corpus.BASES.keySet()) {
      assertThat(corpus.cases()).as("a case on %s", base).anyMatch(c -> c.base().equals(base));
    }
  }

  @Test
  void the_table_lists_every_case_and_explains_every_disagreement() throws IOException {
    String table = Files.readString(output().resolve(REPORT));
    for (CaseResult result : results) {
      assertThat(table).contains("| `" + result.change().id() + "` |");
      if (!result.allAgree()) {
        assertThat(table).contains("### " + result.change().id());
      }
    }
  }

  @Test
  void the_readme_shows_the_figures_of_this_run() throws IOException {
    String readme = Files.readString(SPEC_REVIEW_README);
    int start = readme.indexOf("```\nBreaking-change corpus:");
    assertThat(start).as("the README shows the corpus summary in a code block").isNotNegative();
    String shown = readme.substring(start + 4, readme.indexOf("```", start + 4));
    assertThat(summary.lines().map(String::stripTrailing).toList())
        .as("this run's summary; update the README's block under \"The breaking-change corpus\"")
        .containsAll(shown.lines().map(String::stripTrailing).toList());
  }

  @Test
  void the_readme_example_is_a_case_of_the_corpus_as_it_stands() throws IOException {
    String readme = Files.readString(SPEC_REVIEW_README);
    int start = readme.indexOf("```yaml\n- id: ");
    assertThat(start).as("the README shows a case").isNotNegative();
    String yaml = readme.substring(start + 8, readme.indexOf("```", start + 8));
    com.fasterxml.jackson.databind.JsonNode shown =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml).get(0);
    CorpusCase actual =
        corpus.cases().stream()
            .filter(change -> change.id().equals(shown.path("id").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(shown.path("patch")).isEqualTo(actual.patch());
    assertThat(shown.path("base").asText()).isEqualTo(actual.base());
    assertThat(shown.path("expected").asText()).isEqualToIgnoringCase(actual.expected().name());
    assertThat(shown.path("why").asText()).isEqualTo(actual.why());
    assertThat(shown.path("notes").path("oasdiff").asText())
        .isEqualTo(actual.notes().get("oasdiff"));
  }

  /** CPU time is the figure that does not depend on what else the machine runs. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Path output() {
    String property = System.getProperty("corpus.output");
    return property == null || property.isBlank() ? Path.of("target", "corpus") : Path.of(property);
  }
}
