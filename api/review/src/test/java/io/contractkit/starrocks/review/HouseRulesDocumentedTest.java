package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.lint.HouseRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's house-rule table and the enforced rules stay the same list. */
class HouseRulesDocumentedTest {

  private static final Path README = Path.of("..", "..", "README.md");

  @ParameterizedTest(name = "README documents {0}")
  @EnumSource(HouseRule.class)
  void readme_documents_every_enforced_house_rule(HouseRule rule) throws IOException {
    assertThat(Files.readString(README)).contains("| `" + rule.id() + "` |");
  }
}
