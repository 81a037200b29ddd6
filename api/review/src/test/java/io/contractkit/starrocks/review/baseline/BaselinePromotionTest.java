package io.contractkit.starrocks.review.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.api.ContractDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release step that makes the current document the baseline, on a scratch module directory. */
class BaselinePromotionTest {

  @TempDir Path module;
  private Path baselines;
  private Path document;
  private String released;

  @BeforeEach
  void released_document_is_the_baseline() throws IOException {
    released = ContractDocument.text();
    baselines = Files.createDirectories(module.resolve("baseline"));
    Files.writeString(module.resolve("baseline/starrocks-sync-1.0.0.yaml"), released);
    document = module.resolve("starrocks-sync.yaml");
  }

  @Test
  void promotes_a_changed_document_with_a_higher_version_and_drops_the_old_baseline()
      throws IOException {
    Files.writeString(
        document,
        released
            .replace("version: 1.0.0", "version: 1.1.0")
            .replace(
                "          maxLength: 128\n          example: sales_to_olap",
                "          maxLength: 128\n          example: sales_to_dw"));

    BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselines);

    assertThat(outcome.promoted()).as(outcome.message()).isTrue();
    assertThat(module.resolve("baseline/starrocks-sync-1.1.0.yaml"))
        .hasSameTextualContentAs(document);
    assertThat(module.resolve("baseline/starrocks-sync-1.0.0.yaml")).doesNotExist();
    assertThat(Baseline.in(baselines).version()).isEqualTo("1.1.0");
  }

  @Test
  void promotes_a_release_after_its_release_candidate() throws IOException {
    Files.delete(module.resolve("baseline/starrocks-sync-1.0.0.yaml"));
    Files.writeString(
        module.resolve("baseline/starrocks-sync-1.0.0-rc.1.yaml"),
        released.replace("version: 1.0.0", "version: 1.0.0-rc.1"));
    Files.writeString(document, released);

    BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselines);

    assertThat(outcome.promoted()).as(outcome.message()).isTrue();
    assertThat(Baseline.in(baselines).version()).isEqualTo("1.0.0");
    assertThat(module.resolve("baseline/starrocks-sync-1.0.0-rc.1.yaml")).doesNotExist();
  }

  @Test
  void refuses_a_release_candidate_after_its_release() throws IOException {
    Files.writeString(document, released.replace("version: 1.0.0", "version: 1.0.0-rc.2"));

    assertThat(BaselinePromotion.promote(document, baselines).message())
        .startsWith("Refused")
        .contains("not above");
  }

  @Test
  void refuses_a_changed_document_that_kept_the_baseline_version() throws IOException {
    Files.writeString(
        document,
        released.replace(
            "Modify StarRocks data synchronization configurations", "Modify the synchronization"));

    BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselines);

    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.message()).startsWith("Refused").contains("info.version is still 1.0.0");
    assertThat(module.resolve("baseline/starrocks-sync-1.0.0.yaml")).hasContent(released);
  }

  @Test
  void refuses_a_version_below_the_baseline() throws IOException {
    Files.writeString(document, released.replace("version: 1.0.0", "version: 0.9.0"));

    assertThat(BaselinePromotion.promote(document, baselines).message())
        .startsWith("Refused")
        .contains("not above");
  }

  @Test
  void refuses_a_breaking_change_without_a_new_major_version_and_accepts_it_with_one()
      throws IOException {
    String breaking =
        released.replace(
            "        '500':\n          $ref: '#/components/responses/ServerError'\n", "");
    assertThat(breaking).isNotEqualTo(released);

    Files.writeString(document, breaking.replace("version: 1.0.0", "version: 1.1.0"));
    BaselinePromotion.Outcome minor = BaselinePromotion.promote(document, baselines);
    assertThat(minor.message())
        .startsWith("Refused")
        .contains("without a new major version", "response 500");

    Files.writeString(document, breaking.replace("version: 1.0.0", "version: 2.0.0"));
    assertThat(BaselinePromotion.promote(document, baselines).promoted()).isTrue();
  }

  @Test
  void does_nothing_when_the_document_is_the_baseline() throws IOException {
    Files.writeString(document, released);

    BaselinePromotion.Outcome outcome = BaselinePromotion.promote(document, baselines);

    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.message()).startsWith("Nothing to do");
  }
}
