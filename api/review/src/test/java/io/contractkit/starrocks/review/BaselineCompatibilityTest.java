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
        .isEqualTo(Baseline.fileName(baseline.version()));
    assertThat(baseline.document().parserMessages()).isEmpty();
  }

  @Test
  void the_build_wrote_the_review_report_before_the_tests() {
    Path report = output.resolve(SpecReview.REPORT);

    assertThat(report).as("written by exec:java@spec-review in process-test-classes").exists();
    assertThat(output.resolve(SpecReview.REFERENCE)).exists();
    assertThat(report)
        .content()
        .contains("# Spec review", "Compatibility with baseline", "Rendered reference");
    assertThat(Files.isRegularFile(report)).isTrue();
  }
}
