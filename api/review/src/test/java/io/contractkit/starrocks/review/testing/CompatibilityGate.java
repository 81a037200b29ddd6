package io.contractkit.starrocks.review.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;

/** The gate's assertion: no change that breaks clients or stub consumers of the baseline. */
public final class CompatibilityGate {

  private CompatibilityGate() {}

  public static void assertCompatible(SpecReview review) {
    CompatibilityVerdict verdict = review.compatibility();
    assertThat(verdict).as("compatibility verdict (the document must parse)").isNotNull();
    assertThat(verdict.breaking())
        .as(
            "The document breaks clients or stub consumers of baseline %s (api/spec/baseline/%s):%s%n"
                + "Full report: api/review/target/spec-review/%s. An intentional break needs a new major info.version and a new baseline"
                + " (see \"Reviewing a spec change\" in the README).",
            review.baseline().version(),
            review.baseline().file().getFileName(),
            verdict.describeBreaking(),
            SpecReview.REPORT)
        .isFalse();
  }
}
