package io.contractkit.starrocks.server.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.server.reference.ReferenceServerMain.Launch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code java -jar starrocks-sync-server-standalone.jar}, as Schemathesis in .ci/run starts it. */
class ReferenceServerMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Launch launch(String... args) {
    return ReferenceServerMain.start(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void on_port_0_prints_the_url_where_it_serves_the_documented_200() {
    Launch launch = launch("--port", "0");
    try (ReferenceServer server = launch.server().orElseThrow()) {
      Matcher url =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)")
              .matcher(out.toString(StandardCharsets.UTF_8));

      assertThat(url.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
      assertThat(url.group(1)).isEqualTo(server.baseUrl());
      assertThat(Http.validRequest(url.group(1)).send().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void refuses_an_unknown_option_or_a_bad_port_in_one_line_with_exit_code_2() {
    for (String[] args :
        new String[][] {{"--prot", "0"}, {"--port", "eighty"}, {"--port=70000"}, {"--port"}}) {
      err.reset();
      Launch launch = launch(args);

      assertThat(launch.server()).isEmpty();
      assertThat(launch.exitCode()).isEqualTo(ReferenceServerMain.USAGE_ERROR);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .as(String.join(" ", args))
          .endsWith("run with --help to see the options" + System.lineSeparator())
          .hasLineCount(1);
    }
  }

  @Test
  void reports_a_port_in_use_in_one_line_with_exit_code_1() {
    try (ReferenceServer taken = ReferenceServer.start()) {
      String port = taken.baseUrl().replaceAll(".*:", "");
      Launch launch = launch("--port", port);

      assertThat(launch.server()).isEmpty();
      assertThat(launch.exitCode()).isEqualTo(ReferenceServerMain.START_FAILURE);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains(port)
          .contains("choose another port")
          .doesNotContain("\tat ")
          .hasLineCount(1);
    }
  }

  @Test
  void help_lists_the_port_option_and_starts_nothing() {
    Launch launch = launch("--help");

    assertThat(launch.server()).isEmpty();
    assertThat(launch.exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port <n>");
  }
}
