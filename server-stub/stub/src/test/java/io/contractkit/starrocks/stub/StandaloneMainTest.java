package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.runtime.testing.RunningProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone main, started as a separate JVM the way the README runs it: it serves the
 * documented 200, listens on the loopback address unless told otherwise, and answers every problem
 * with one line on stderr and a non-zero exit code.
 */
class StandaloneMainTest {

  @Test
  void prints_its_url_and_the_example_names_then_serves_the_documented_200() {
    try (RunningProcess stub = RunningProcess.main(StubMain.class, "--port", "0")) {
      String url = stub.url();
      stub.awaitOutput(output -> output.contains("Stop with"), java.time.Duration.ofSeconds(10));
      for (ResponseExample example : ContractFixtures.operation().examples()) {
        assertThat(stub.stdout()).contains(example.name());
      }

      assertThat(Http.validRequest(url).send().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void its_start_up_warm_up_leaves_nothing_in_the_journal() throws Exception {
    try (RunningProcess stub = RunningProcess.main(StubMain.class, "--port", "0")) {
      String url = stub.url();
      assertThat(Http.validRequest(url).send().statusCode()).isEqualTo(200);
      // FirstAnswerWarmUp runs once the contract is parsed; give it time to have run.
      Thread.sleep(1_000);

      var journal =
          Http.json(
              Http.validRequest(url)
                  .method("GET")
                  .path("/__admin/requests")
                  .body((String) null)
                  .send());
      assertThat(journal.path("requests")).as("only the request this test sent").hasSize(1);
      assertThat(journal.path("requests").get(0).path("request").path("url").asText())
          .doesNotContain("warm");
    }
  }

  @Test
  void listens_on_the_loopback_address_unless_told_otherwise() {
    StubMain defaults = StubMain.parse();
    StubMain other = StubMain.parse("--bind-address", "0.0.0.0");

    assertThat(defaults.settings().bindAddress()).isEqualTo("127.0.0.1");
    assertThat(defaults.settings().port()).isEqualTo(StubSettings.DEFAULT_PORT);
    assertThat(other.settings().bindAddress()).isEqualTo("0.0.0.0");
  }

  @Test
  void its_help_shows_the_defaults_of_the_settings() {
    String help = StubMain.usage().replaceAll("\\s+", " ");

    assertThat(help)
        .contains("--bind-address")
        .contains("default " + StubSettings.DEFAULT_BIND_ADDRESS)
        .contains("default " + StubSettings.DEFAULT_PORT)
        .contains("default " + StubSettings.DEFAULT_MAX_JOURNAL_ENTRIES)
        .contains("default " + StubSettings.DEFAULT_MAX_BODY_BYTES)
        .contains("default " + StubSettings.DEFAULT_MAX_DELAY_MILLIS);
  }

  @Test
  void refuses_an_unknown_option_in_one_line() {
    assertRefusedInOneLine(
        StubMain.USAGE_ERROR,
        "Unknown options: '--colour', 'red'; run with --help to see the options",
        "--colour",
        "red");
  }

  @Test
  void refuses_a_port_that_is_not_a_number_in_one_line() {
    assertRefusedInOneLine(
        StubMain.USAGE_ERROR,
        "Invalid value for option '--port': 'eighty' is not an int; run with --help to see the options",
        "--port",
        "eighty");
  }

  @Test
  void refuses_a_port_out_of_range_in_one_line() {
    assertRefusedInOneLine(
        StubMain.USAGE_ERROR,
        "--port must be 0 to 65535, not 70000 (0 picks a free one); run with --help to see the options",
        "--port",
        "70000");
  }

  @Test
  void refuses_an_option_without_its_value_in_one_line() {
    try (RunningProcess stub = RunningProcess.main(StubMain.class, "--max-delay-ms")) {
      assertThat(stub.exitCode()).isEqualTo(StubMain.USAGE_ERROR);
      assertOneLine(stub.stderr());
      assertThat(stub.stderr()).contains("--max-delay-ms").contains("--help");
    }
  }

  @Test
  void says_in_one_line_that_its_port_is_in_use() throws Exception {
    try (ServerSocket taken =
        new ServerSocket(0, 1, InetAddress.getByName(StubSettings.DEFAULT_BIND_ADDRESS))) {
      assertRefusedInOneLine(
          StubMain.START_FAILURE,
          "Port "
              + taken.getLocalPort()
              + " is already in use on "
              + StubSettings.DEFAULT_BIND_ADDRESS
              + "; choose another with --port <n> (0 picks a free one)",
          "--port",
          String.valueOf(taken.getLocalPort()));
    }
  }

  @Test
  void says_in_one_line_that_the_document_cannot_be_read(@TempDir Path directory) {
    Path missing = directory.resolve("no-such-contract.yaml");

    assertRefusedInOneLine(
        StubMain.START_FAILURE,
        "Cannot read the OpenAPI document "
            + missing
            + " (NoSuchFileException: "
            + missing
            + "); give a readable YAML or JSON file with --contract <file>",
        "--contract",
        missing.toString());
  }

  @Test
  void says_in_one_line_that_the_document_is_not_an_openapi_document(@TempDir Path directory)
      throws Exception {
    Path notOpenApi =
        Files.writeString(directory.resolve("shopping-list.yaml"), "milk: 2\neggs: 12\n");

    try (RunningProcess stub =
        RunningProcess.main(StubMain.class, "--contract", notOpenApi.toString())) {
      assertThat(stub.exitCode()).isEqualTo(StubMain.START_FAILURE);
      assertOneLine(stub.stderr());
      assertThat(stub.stderr())
          .startsWith("Cannot serve the OpenAPI document " + notOpenApi)
          .contains("--contract");
    }
  }

  private static void assertRefusedInOneLine(int exitCode, String line, String... arguments) {
    try (RunningProcess stub = RunningProcess.main(StubMain.class, arguments)) {
      assertThat(stub.exitCode()).as(stub.stderr()).isEqualTo(exitCode);
      assertThat(stub.stderr().strip()).isEqualTo(line);
      assertThat(stub.stdout()).doesNotContain("Exception");
    }
  }

  private static void assertOneLine(String stderr) {
    assertThat(stderr.strip()).doesNotContain("\n").doesNotContain("\tat ").isNotBlank();
  }
}
