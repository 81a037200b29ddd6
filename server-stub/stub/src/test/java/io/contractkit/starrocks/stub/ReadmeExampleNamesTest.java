package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of example names says what the document says: no name missing, none invented.
 */
class ReadmeExampleNamesTest {

  private static final Path README = Path.of("README.md");
  private static final String HEADING = "# `server-stub/stub`";
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\| (\\d{3}) \\|");

  @Test
  void lists_every_documented_example_with_its_status_and_nothing_else() throws Exception {
    String readme = Files.readString(README);
    int start = readme.indexOf(HEADING);
    assertThat(start).as("README.md has a section headed %s", HEADING).isNotNegative();
    int end = readme.indexOf("\n# ", start + HEADING.length());
    String section = end < 0 ? readme.substring(start) : readme.substring(start, end);

    Map<String, Integer> listed = new LinkedHashMap<>();
    Matcher row = ROW.matcher(section);
    while (row.find()) {
      listed.put(row.group(1), Integer.valueOf(row.group(2)));
    }
    Map<String, Integer> documented = new LinkedHashMap<>();
    for (ResponseExample example : ContractFixtures.operation().examples()) {
      documented.put(example.name(), example.status());
    }

    assertThat(listed).containsExactlyInAnyOrderEntriesOf(documented);
  }
}
