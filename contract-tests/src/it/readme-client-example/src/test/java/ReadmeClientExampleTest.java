import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the README's client example (ChangeSyncInterval, copied from the README by prebuild.groovy,
 * in the default package like the README's code) against the stub, and reads what it prints.
 */
class ReadmeClientExampleTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void captureConsole() {
    System.setProperty("readme.endpoint", stub.baseUrl());
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreConsole() {
    System.setOut(systemOut);
    System.setErr(systemErr);
  }

  @Test
  void the_example_prints_the_job_that_applies_the_change() throws Exception {
    ChangeSyncInterval.main(new String[0]);

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Change started as job ");
    // Not isEmpty(): Hibernate Validator announces itself on stderr (java.util.logging).
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("HTTP ");
  }

  @Test
  void the_example_prints_the_code_and_message_of_a_refusal() throws Exception {
    stub.stubFor(put(urlPathMatching("/v3/.*/replication")).atPriority(1)
        .willReturn(aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error_code\":\"DBS.200022\",\"error_msg\":\"Instance not found.\"}")));

    ChangeSyncInterval.main(new String[0]);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 400 DBS.200022: Instance not found.");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
