package io.contractkit.starrocks.review.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes in every kind of place of this repository's document (a header parameter's enum, a shared
 * response header, a security scheme's value format, a named response example) land on the line a
 * reviewer edits: each test changes one line of a copy and expects the finding there.
 */
class ChangeLocatorOnTheContractTest {

  @TempDir Path directory;

  /** Reviews a copy of the document with {@code from} replaced by {@code to} (once). */
  private List<ReviewFinding> changed(String from, String to) throws IOException {
    String text = Files.readString(RepositoryLayout.documentFile());
    assertThat(text).contains(from);
    Path baseline = Files.writeString(directory.resolve("before.yaml"), text);
    Path after =
        Files.writeString(
            directory.resolve("after.yaml"),
            text.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return SpecReview.of(after, baseline).findings(directory).stream()
        .filter(finding -> finding.category().equals(ReviewFinding.COMPATIBILITY))
        .toList();
  }

  private int lineOf(String text) throws IOException {
    List<String> lines = Files.readAllLines(directory.resolve("after.yaml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  @Test
  void a_header_parameter_losing_an_enum_value_is_shown_on_the_enum_of_the_shared_parameter()
      throws IOException {
    List<ReviewFinding> findings = changed("          - zh-cn\n", "");

    assertThat(findings)
        .filteredOn(ReviewFinding::breaking)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo("enum");
              assertThat(finding.position().pointer())
                  .isEqualTo("/components/parameters/XLanguage/schema/enum");
              assertThat(finding.exact()).isTrue();
            });
  }

  @Test
  void a_security_scheme_whose_value_format_tightens_is_shown_on_the_scheme_and_the_operation()
      throws IOException {
    List<ReviewFinding> findings =
        changed(
            "x-value-pattern: '^[0-9]{8}T[0-9]{6}Z$'", "x-value-pattern: '^[0-9]{8}T[0-9]{6}$'");

    assertThat(findings)
        .filteredOn(ReviewFinding::breaking)
        .extracting(finding -> finding.rule() + " " + finding.position().line())
        .containsExactlyInAnyOrder(
            "security " + lineOf("x-value-pattern: '^[0-9]{8}T[0-9]{6}$'"),
            "security " + (lineOf("      security:")));
  }

  @Test
  void a_removed_response_example_points_at_its_parent_here_and_at_itself_in_the_baseline()
      throws IOException {
    String example =
        "            instance_not_found:\n"
            + "              $ref: '#/components/examples/instance_not_found'\n";
    List<ReviewFinding> findings = changed(example, "");

    assertThat(findings)
        .filteredOn(finding -> finding.rule().equals("example-removed"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.exact()).isFalse();
              assertThat(finding.position().pointer())
                  .isEqualTo(
                      "/components/responses/ClientError/content/application~1json/examples");
              assertThat(finding.baselinePosition().pointer())
                  .endsWith("/examples/instance_not_found");
            });
  }

  @Test
  void a_shared_response_header_that_loosens_is_shown_on_its_definition() throws IOException {
    List<ReviewFinding> findings =
        changed(
            "    XRequestId:\n      description: ID the provider gives this request; quote it when asking for support.\n      schema:\n        type: string\n        maxLength: 128\n",
            "    XRequestId:\n      description: ID the provider gives this request; quote it when asking for support.\n      schema:\n        type: string\n        maxLength: 256\n");

    assertThat(findings)
        .filteredOn(finding -> finding.rule().equals("length"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.breaking()).isTrue();
              assertThat(finding.position().line()).isEqualTo(lineOf("maxLength: 256"));
            });
  }
}
