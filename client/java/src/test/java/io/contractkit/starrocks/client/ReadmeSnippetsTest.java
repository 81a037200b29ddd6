package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.client.error.Retryable;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.invoker.ApiException;
import io.contractkit.starrocks.client.invoker.ApiResponse;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import io.contractkit.starrocks.model.ApiParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client section's smaller code blocks, run against WireMock. As in {@link ReadmeExampleTest},
 * the code between each pair of {@code README:<name>} markers is what the README shows, and {@link
 * #the_readme_shows_each_snippet} keeps the two equal.
 */
class ReadmeSnippetsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String MARKER = "// README:";

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void the_readme_shows_each_snippet() throws Exception {
    String readme = normalised(Files.readString(Path.of("README.md")));
    String source =
        Files.readString(
            Path.of("src/test/java", getClass().getName().replace('.', '/') + ".java"));

    for (String name : List.of("headers", "retry")) {
      String begin = MARKER + name + ":begin\n";
      String end = MARKER + name + ":end\n";
      int from = source.indexOf(begin);
      int to = source.indexOf(end);
      assertThat(from).as(name).isPositive();
      String snippet = source.substring(from + begin.length(), to);

      assertThat(readme).as(name).contains(normalised(snippet));
    }
  }

  @Test
  void the_readme_explains_the_language_argument_as_the_contract_defines_it() throws Exception {
    ApiParameter language = Contract.parameter("X-Language");
    String readme = Files.readString(Path.of("README.md"));
    String explained = readme.substring(readme.indexOf("The fourth argument"));
    explained = explained.substring(0, explained.indexOf("\n\n"));

    assertThat(explained)
        .contains("`" + language.name() + "`", "`" + language.schema().getDefault() + "`");
    for (Object value : language.schema().getEnum()) {
      assertThat(explained).contains("`" + value + "`");
    }
  }

  @Test
  void headers_of_one_call_are_sent_on_that_call_only() throws Exception {
    serve(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withHeader(
                ServiceResponseException.REQUEST_ID_HEADER,
                Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER))
            .withBody(Contract.successExample().value().toString()));
    StarRocksSyncClient client = WireMockClients.client(server);

    headersSnippet(client);
    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);

    List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
    LoggedRequest first = received.get(0);
    assertThat(first.containsHeader("Prefer")).isTrue();
    assertThat(Contract.parameter("X-Language").boundaries().allowed())
        .contains(first.getHeader("X-Language"));
    assertThat(Contract.validate(first).getMessages()).isEmpty();
    assertThat(received.get(1).containsHeader("Prefer")).isFalse();
    assertThat(received.get(1).containsHeader("X-Language")).isFalse();
    assertThat(console.out())
        .contains(
            "HTTP 200", Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER));
  }

  @Test
  void the_retry_snippet_retries_a_reset_connection() throws Exception {
    serve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    retrySnippet(WireMockClients.client(server));

    assertThat(console.err()).startsWith("May retry: ").contains("closed or reset");
  }

  @Test
  void the_retry_snippet_does_not_retry_a_refusal() throws Exception {
    JsonNode refusal = Contract.responseExample("instance_not_found").value();
    serve(
        aResponse()
            .withStatus(Integer.parseInt(Contract.responseExample("instance_not_found").status()))
            .withHeader("Content-Type", "application/json")
            .withBody(refusal.toString()));

    retrySnippet(WireMockClients.client(server));

    assertThat(console.err())
        .startsWith("Will not retry: ")
        .contains(refusal.get("error_code").asText());
  }

  @SuppressWarnings("UnnecessaryLocalVariable")
  private static void headersSnippet(StarRocksSyncClient client) throws ApiException {
    String projectId = Contract.projectId();
    String instanceId = Contract.instanceId();
    ModifyDataSynchronizationConfigRequest change = new ModifyDataSynchronizationConfigRequest();
    // README:headers:begin
    Map<String, String> headers = Map.of("Prefer", "example=seed_success");
    ApiResponse<ModifyDataSynchronizationConfigResponse> answer =
        client
            .dataSynchronization()
            .modifyDataSynchronizationConfigWithHttpInfo(
                projectId, instanceId, change, "zh-cn", headers);
    System.out.println(
        "HTTP "
            + answer.getStatusCode()
            + ", request id "
            + answer.getHeaders().get("X-Request-Id"));
    // README:headers:end
  }

  @SuppressWarnings("UnnecessaryLocalVariable")
  private static void retrySnippet(StarRocksSyncClient client) {
    String projectId = Contract.projectId();
    String instanceId = Contract.instanceId();
    ModifyDataSynchronizationConfigRequest change = new ModifyDataSynchronizationConfigRequest();
    // README:retry:begin
    try {
      client
          .dataSynchronization()
          .modifyDataSynchronizationConfig(projectId, instanceId, change, null);
    } catch (ApiException e) {
      boolean again = e instanceof Retryable r && r.isRetryable();
      System.err.println((again ? "May retry: " : "Will not retry: ") + e.getMessage());
    }
    // README:retry:end
  }

  private static void serve(ResponseDefinitionBuilder answer) {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(answer));
  }

  private static String normalised(String code) {
    // Without white space: the formatter wraps the code one way, the README another.
    return code.replaceAll("\\s+", "");
  }
}
