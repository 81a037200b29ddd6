package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * This module's README quick start is this test's code, and it prints every operation and example.
 */
class ReadmeQuickStartTest {

  @Test
  void the_readme_quick_start_is_this_code_and_lists_every_documented_example() throws Exception {
    String code =
        Files.readString(
            Path.of("src/test/java/io/contractkit/starrocks/model/ReadmeQuickStartTest.java"));
    Matcher snippet =
        Pattern.compile("// README:begin\n(.*?)\n\\s*// README:end", Pattern.DOTALL).matcher(code);
    assertThat(snippet.find()).isTrue();
    String readme = Files.readString(Path.of("README.md"));
    // Compared with white space collapsed: the formatter may wrap the code, the README need not.
    assertThat(readme.replaceAll("\\s+", ""))
        .as("api/model/README.md shows the quick start as this test runs it")
        .contains(snippet.group(1).replaceAll("\\s+", ""));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      quickStart();
    } finally {
      System.setOut(console);
    }
    ContractModel contract = ContractModel.load();
    for (ApiOperation operation : contract.operations()) {
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains(operation.method() + " /");
      for (ResponseExample example : operation.examples()) {
        assertThat(printed.toString(StandardCharsets.UTF_8))
            .contains("Prefer: example=" + example.name() + " -> " + example.status());
      }
    }
  }

  private static void quickStart() {
    // README:begin
    ContractModel contract =
        ContractModel.load(); // the document in starrocks-sync-api; parse(Path) reads any other
    for (ApiOperation operation : contract.operations()) {
      ValidRequest request =
          operation.validRequest(); // path values, headers and body from the examples
      System.out.println(operation.method() + " " + request.pathAndQuery());
      for (ResponseExample example : operation.examples()) {
        System.out.println("  Prefer: example=" + example.name() + " -> " + example.status());
      }
    }
    // README:end
  }
}
