package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.baseline.Baseline;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The breaking-change gate of the build: the document against the last released baseline. */
class BaselineCompatibilityTest {

  @Test
  void document_is_backward_compatible_with_the_released_baseline() {
    SpecReview review =
        SpecReview.of(RepositoryLayout.contract(), RepositoryLayout.baselineDirectory());

    assertThat(review.compatibility())
        .as("compatibility verdict (the document must parse)")
        .isNotNull();
    assertThat(review.compatibility().breakingChanges())
        .as(
            "The document breaks clients or stub consumers of baseline %s (api/spec/baseline/%s):%s%n"
                + "An intentional break needs a new major info.version and a new baseline"
                + " (see \"Reviewing a spec change\" in the README).",
            review.baseline().version(),
            review.baseline().file().getFileName(),
            review.compatibility().describeBreaking())
        .isEmpty();
  }

  @Test
  void baseline_is_one_released_document_named_for_its_version() {
    Baseline baseline = Baseline.in(RepositoryLayout.baselineDirectory());

    assertThat(baseline.file().getFileName().toString())
        .isEqualTo(baseline.fileNameFor(baseline.version()))
        .endsWith("-" + baseline.version() + ".yaml");
    assertThat(baseline.document().parserMessages()).isEmpty();
  }

  @Test
  void the_review_writes_the_report_and_the_reference(@TempDir Path output) {
    Path report =
        SpecReview.of(RepositoryLayout.documentFile(), RepositoryLayout.baselineDirectory())
            .write(output);

    assertThat(report).exists();
    assertThat(output.resolve(SpecReview.REFERENCE)).exists();
    assertThat(report)
        .content()
        .contains("# Spec review", "Compatibility with baseline", "Rendered reference");
    assertThat(Files.isRegularFile(report)).isTrue();
  }
}
