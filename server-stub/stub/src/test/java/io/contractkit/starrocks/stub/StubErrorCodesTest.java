package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.swagger.v3.core.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stub's own error codes can never be mistaken for the document's, and the README lists them
 * all.
 */
class StubErrorCodesTest {

  private static final Path README = Path.of("README.md");
  private static final String HEADING = "# `server-stub/stub`";
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^\\| `(" + Pattern.quote(StubError.PREFIX) + "[A-Z_]+)` \\| (\\d{3}) \\|");

  /** Every error_code value in the document: examples of components and of responses alike. */
  private static Set<String> documentedErrorCodes() {
    JsonNode document = Json.mapper().valueToTree(ContractFixtures.CONTRACT.model().openApi());
    Set<String> codes = new TreeSet<>();
    document.findValues(ContractFixtures.CONTRACT.errorFormat().codeField()).stream()
        .filter(JsonNode::isTextual)
        .forEach(code -> codes.add(code.textValue()));
    return codes;
  }

  @Test
  void the_document_has_error_codes_to_compare_with() {
    assertThat(documentedErrorCodes()).isNotEmpty();
  }

  @Test
  void no_code_of_the_stub_is_a_code_of_the_document() {
    Set<String> documented = documentedErrorCodes();

    assertThat(Arrays.stream(StubError.values()).map(StubError::code))
        .doesNotContainAnyElementsOf(documented);
    assertThat(documented).noneMatch(code -> code.startsWith(StubError.PREFIX));
  }

  @Test
  void the_readme_lists_every_code_of_the_stub_with_its_status_and_nothing_else() throws Exception {
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
    Map<String, Integer> defined = new LinkedHashMap<>();
    for (StubError error : StubError.values()) {
      defined.put(error.code(), error.status());
    }

    assertThat(listed).containsExactlyInAnyOrderEntriesOf(defined);
  }
}
