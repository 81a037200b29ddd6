package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.lint.ExampleCheck;
import io.contractkit.starrocks.review.lint.ExampleSites;
import io.contractkit.starrocks.review.lint.Finding;
import io.contractkit.starrocks.review.lint.HouseRules;
import io.contractkit.starrocks.review.lint.ParserCheck;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.lint.SpecLint;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's gate on the contract: any finding fails the build, naming place and rule. */
class DocumentChecksTest {

  private final SpecDocument contract = RepositoryLayout.contract();

  @Test
  void parser_reports_no_message() {
    assertNoFindings(ParserCheck.check(contract));
  }

  @Test
  void every_example_validates_against_its_schema() {
    assertThat(ExampleSites.of(contract))
        .as("examples found in the document")
        .hasSizeGreaterThan(10);
    assertNoFindings(ExampleCheck.check(contract));
  }

  @Test
  void document_follows_the_house_rules() {
    assertNoFindings(HouseRules.check(contract));
  }

  private static void assertNoFindings(List<Finding> findings) {
    assertThat(findings).as("findings in the contract:%s", SpecLint.describe(findings)).isEmpty();
  }
}
