package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.lint.HouseRule;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's rule tables and the rules in code stay the same lists, both ways: the "House rules"
 * table and {@link HouseRule}, the "What the gate considers breaking" table and {@link
 * CompatibilityRule}.
 */
class RuleTablesDocumentedTest {

  static final String HOUSE_RULES = "## House rules";
  static final String GATE_RULES = "## What the gate considers breaking";
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

  @ParameterizedTest(name = "README documents house rule {0}")
  @EnumSource(HouseRule.class)
  void readme_documents_every_enforced_house_rule(HouseRule rule) throws IOException {
    assertThat(tableIds(HOUSE_RULES)).contains(rule.id());
  }

  @Test
  void readme_documents_no_house_rule_that_is_not_enforced() throws IOException {
    assertThat(tableIds(HOUSE_RULES))
        .as("house rules in README's table")
        .containsExactlyInAnyOrderElementsOf(
            ids(Arrays.stream(HouseRule.values()).map(HouseRule::id).toList()));
  }

  @ParameterizedTest(name = "README documents gate rule {0}")
  @EnumSource(CompatibilityRule.class)
  void readme_documents_every_gate_rule(CompatibilityRule rule) throws IOException {
    assertThat(tableIds(GATE_RULES)).contains(rule.id());
  }

  @Test
  void readme_documents_no_gate_rule_that_the_gate_does_not_have() throws IOException {
    assertThat(tableIds(GATE_RULES))
        .as("gate rules in README's table")
        .containsExactlyInAnyOrderElementsOf(
            ids(Arrays.stream(CompatibilityRule.values()).map(CompatibilityRule::id).toList()));
  }

  /** The rule ids in the first column of the table under {@code heading}, in README order. */
  static Set<String> tableIds(String heading) throws IOException {
    List<String> lines = Files.readAllLines(RepositoryLayout.readme());
    int start = lines.indexOf(heading);
    assertThat(start).as("README has a section %s", heading).isNotNegative();
    Set<String> ids = new LinkedHashSet<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        assertThat(ids.add(row.group(1))).as("%s lists %s once", heading, row.group(1)).isTrue();
      }
    }
    assertThat(ids).as("rows of the table under %s", heading).isNotEmpty();
    return ids;
  }

  private static Set<String> ids(List<String> ids) {
    return ids.stream().collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
