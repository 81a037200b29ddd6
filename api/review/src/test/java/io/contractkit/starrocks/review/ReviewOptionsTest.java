package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.Severity;
import io.contractkit.starrocks.review.testing.Acceptance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knobs a team sets on the plugin or the command line change the verdicts as documented. */
class ReviewOptionsTest {

  @TempDir Path directory;

  /** The library with a response enum ({@code Book.state}), and a pull request that grows it. */
  private Path[] enumGrows() throws IOException {
    String base =
        Files.readString(Acceptance.baseline())
            .replace(
                "        shelf:\n          type: string\n          description: The shelf the book stands on.\n",
                "        shelf:\n          type: string\n          description: The shelf the book stands on.\n"
                    + "        state:\n          type: string\n          description: Lending state.\n"
                    + "          enum:\n            - on_shelf\n            - lent\n");
    Path baseline = Files.writeString(directory.resolve("library-1.0.0.yaml"), base);
    Path grown =
        Files.writeString(
            directory.resolve("grown.yaml"),
            base.replace("            - lent\n", "            - lent\n            - lost\n"));
    return new Path[] {grown, baseline};
  }

  private static ReviewOptions enumPolicy(boolean compatible) {
    return new ReviewOptions(
        Set.of(),
        Set.of("errors-documented", "shared-errors"),
        Severity.ERROR,
        compatible,
        Severity.ERROR);
  }

  @Test
  void a_new_response_enum_value_is_compatible_by_default_and_breaking_when_the_knob_is_off()
      throws IOException {
    Path[] files = enumGrows();

    SpecReview open = SpecReview.of(files[0], files[1], enumPolicy(true));
    SpecReview closed = SpecReview.of(files[0], files[1], enumPolicy(false));

    assertThat(open.passes()).isTrue();
    assertThat(open.compatibility().compatibleChanges())
        .singleElement()
        .satisfies(change -> assertThat(change.what()).startsWith("response enum gained [lost]"));
    assertThat(closed.passes()).isFalse();
    assertThat(closed.findings(directory))
        .filteredOn(ReviewFinding::breaking)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo("enum");
              assertThat(finding.why()).contains("closed enum");
              assertThat(finding.position().line()).isEqualTo(Acceptance.line(files[0], "enum:"));
            });
  }

  @Test
  void skipped_house_rules_report_nothing_and_the_others_still_do() {
    SpecReview all = SpecReview.of(Acceptance.baseline(), Acceptance.baseline());
    SpecReview some =
        SpecReview.of(Acceptance.baseline(), Acceptance.baseline(), Acceptance.options());

    assertThat(all.houseRules())
        .extracting(f -> f.rule())
        .contains("errors-documented", "shared-errors");
    assertThat(some.houseRules()).isEmpty();
    assertThat(some.passes()).isTrue();
    assertThat(all.passes()).isFalse();
  }

  @Test
  void only_the_house_rules_named_apply_when_some_are_named() {
    SpecReview review =
        SpecReview.of(
            Acceptance.baseline(),
            Acceptance.baseline(),
            new ReviewOptions(
                Set.of("shared-errors"), Set.of(), Severity.ERROR, true, Severity.ERROR));

    assertThat(review.houseRules()).isNotEmpty().allMatch(f -> f.rule().equals("shared-errors"));
  }

  @Test
  void house_rules_as_warnings_and_fail_on_never_let_the_review_pass() {
    ReviewOptions advice =
        new ReviewOptions(Set.of(), Set.of(), Severity.WARNING, true, Severity.ERROR);

    assertThat(SpecReview.of(Acceptance.baseline(), Acceptance.baseline(), advice).passes())
        .isTrue();
    assertThat(
            SpecReview.of(
                    Acceptance.pullRequest(),
                    Acceptance.baseline(),
                    Acceptance.options().withFailOn(null))
                .passes())
        .isTrue();
    assertThat(
            SpecReview.of(
                    Acceptance.baseline(),
                    Acceptance.baseline(),
                    advice.withFailOn(Severity.WARNING))
                .passes())
        .isFalse();
  }

  @Test
  void an_unknown_house_rule_is_refused_with_the_known_ones() {
    assertThatThrownBy(
            () ->
                new ReviewOptions(
                    Set.of(), Set.of("no-tabs"), Severity.ERROR, true, Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-tabs")
        .hasMessageContaining("shared-errors");
  }
}
