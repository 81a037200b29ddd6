package io.contractkit.starrocks.review.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.findings.Position;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workflow commands escaped as the Actions toolkit escapes them, one command per line. */
class GithubAnnotationsTest {

  @Test
  void escapes_percent_and_line_breaks_in_the_message_and_also_colons_and_commas_in_properties() {
    ReviewFinding finding =
        new ReviewFinding(
            "pattern-abc",
            ReviewFinding.COMPATIBILITY,
            "pattern",
            Severity.ERROR,
            true,
            "PUT /a,b › c: d",
            "100% tighter\r\nnow",
            "clients break",
            new Position("dir/my,api:v1.yaml", 12, 5, "/x"),
            null,
            true);

    String line = GithubAnnotations.of(List.of(finding));

    assertThat(line)
        .startsWith(
            "::error file=dir/my%2Capi%3Av1.yaml,line=12,col=5,title=Breaking change [pattern] PUT /a%2Cb › c%3A d::")
        .contains("100%25 tighter%0D%0Anow%0AWhy: clients break")
        .endsWith("\n");
    assertThat(line.strip()).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void a_compatible_change_is_a_notice_and_advice_a_warning() {
    ReviewFinding note =
        new ReviewFinding(
            "x",
            "compatibility",
            "property-added",
            Severity.NOTE,
            false,
            "w",
            "m",
            "y",
            new Position("f.yaml", 1, 1, ""),
            null,
            true);
    ReviewFinding advice =
        new ReviewFinding(
            "y",
            "house-rule",
            "described",
            Severity.WARNING,
            false,
            "w",
            "m",
            "y",
            new Position("f.yaml", 2, 1, ""),
            null,
            true);

    assertThat(GithubAnnotations.of(List.of(note, advice)).lines())
        .extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactly("::notice", "::warning");
  }
}
