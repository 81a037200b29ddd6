package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.model.DbConfig;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's example, run against WireMock serving the contract's examples. The code between the
 * README markers below is the README's code block; {@link #the_readme_shows_this_code} keeps the
 * two equal once the README has the client section.
 */
class ReadmeExampleTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String BEGIN = "// README:" + "begin";
  private static final String END = "// README:" + "end";

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void the_readme_example_prints_the_job_of_a_successful_change() throws Exception {
    serve("seed_success");

    readmeExample(server.baseUrl());

    assertThat(console.out())
        .contains(Contract.responseExample("seed_success").value().get("job_id").asText());
    assertThat(Contract.validate(server.findAll(anyRequestedFor(anyUrl())).get(0)).getMessages())
        .isEmpty();
  }

  @Test
  void the_readme_example_prints_the_error_code_and_message_of_a_refusal() throws Exception {
    serve("instance_not_found");

    readmeExample(server.baseUrl());

    assertThat(console.err())
        .contains(
            Contract.responseExample("instance_not_found")
                .value()
                .get(Contract.errors().codeField())
                .asText())
        .contains(
            Contract.responseExample("instance_not_found")
                .value()
                .get(Contract.errors().messageField())
                .asText());
  }

  @Test
  void the_readme_shows_this_code() throws Exception {
    Path readme = Path.of("README.md");
    String source =
        Files.readString(
            Path.of("src/test/java", getClass().getName().replace('.', '/') + ".java"));
    // The markers as they stand alone on their lines below, not as they appear in this method.
    int begin = source.indexOf(BEGIN + "\n") + BEGIN.length();
    int end = source.indexOf(END + "\n");
    String example = source.substring(begin, end);
    assertThat(example).contains("StarRocksSyncClient.builder()");

    assertThat(normalised(Files.readString(readme))).contains(normalised(example));
  }

  private static String normalised(String code) {
    // Without white space: the formatter wraps the code one way, the README another.
    return code.replaceAll("\\s+", "");
  }

  private static void serve(String example) {
    Contract.NamedExample answer = Contract.responseExample(example);
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(Integer.parseInt(answer.status()))
                    .withHeader("Content-Type", "application/json")
                    .withBody(answer.value().toString())));
  }

  @SuppressWarnings("UnnecessaryLocalVariable")
  private static void readmeExample(String endpoint) throws Exception {
    String projectId = Contract.projectId();
    String instanceId = Contract.instanceId();
    String ak = "HPUAEXAMPLEACCESSKEY";
    String sk = "example-secret-access-key";
    // README:begin
    StarRocksSyncClient client =
        StarRocksSyncClient.builder()
            .endpoint(endpoint)
            .credentials(Credentials.accessKey(ak, sk))
            .build();
    ModifyDataSynchronizationConfigRequest change =
        new ModifyDataSynchronizationConfigRequest()
            .sourceDatabaseName("sales")
            .addDbConfigsItem(new DbConfig().paramName("sync_commit_interval_ms").value("10000"));
    try {
      ModifyDataSynchronizationConfigResponse answer =
          client
              .dataSynchronization()
              .modifyDataSynchronizationConfig(projectId, instanceId, change, null);
      System.out.println("Change started as job " + answer.getJobId());
    } catch (ServiceResponseException e) {
      System.err.println(
          "HTTP " + e.getHttpStatusCode() + " " + e.getErrorCode() + ": " + e.getErrorMsg());
    }
    // README:end
  }
}
