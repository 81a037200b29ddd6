package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.baseline.Baseline;
import io.contractkit.starrocks.review.testing.CompatibilityGate;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The breaking-change gate of the build: the document against the last released baseline. */
class BaselineCompatibilityTest {

  private final Path output = RepositoryLayout.output();

  @Test
  void document_is_backward_compatible_with_the_released_baseline() {
    CompatibilityGate.assertCompatible(
        SpecReview.of(RepositoryLayout.contract(), RepositoryLayout.baselineDirectory()));
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
  void the_review_writes_the_report_and_the_reference() {
    Path report = RepositoryLayout.reviewed().resolve(SpecReview.REPORT);

    assertThat(report).exists();
    assertThat(output.resolve(SpecReview.REFERENCE)).exists();
    assertThat(report)
        .content()
        .contains("# Spec review", "Compatibility with baseline", "Rendered reference");
    assertThat(Files.isRegularFile(report)).isTrue();
  }
}
