package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.stub.contract.DocumentedExample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone main, started as a separate JVM the way the README runs it, serves the documented 200. */
class StandaloneMainTest {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  @Test
  void prints_its_url_and_the_example_names_then_serves_the_documented_200() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), StubMain.class.getName(), "--port", "0", "--bind-address", "127.0.0.1")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("Stop with")) {
        lines.add(line);
      }
      String printed = String.join("\n", lines);
      Matcher url = URL.matcher(printed);
      assertThat(url.find()).as(printed).isTrue();
      for (DocumentedExample example : ContractFixtures.operation().examples().all()) {
        assertThat(printed).contains(example.name());
      }

      assertThat(Http.validRequest(url.group(1)).send().statusCode()).isEqualTo(200);
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void refuses_an_unknown_option_with_usage() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), StubMain.class.getName(), "--colour", "red")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("Unknown option --colour").contains("--port");
  }
}
