package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.client.Contract.NamedExample;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client puts on the wire conforms to the contract: swagger-request-validator checks each
 * request WireMock received against the document.
 */
class RequestConformanceTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<NamedExample> requestExamples() {
    return Contract.requestExamples().stream();
  }

  @BeforeEach
  void answerWithTheDocumentedSuccess() {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.responseExample("seed_success").value().toString())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void every_request_example_sent_through_the_models_conforms_to_the_contract_and_keeps_its_json(
      NamedExample example) throws Exception {
    ModifyDataSynchronizationConfigRequest body =
        JSON.treeToValue(example.value(), ModifyDataSynchronizationConfigRequest.class);

    WireMockClients.client(server)
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(), Contract.instanceId(), body, "en-us");

    LoggedRequest received = onlyRequest();
    assertConforms(received);
    assertThat(JSON.readTree(received.getBodyAsString())).isEqualTo(example.value());
  }

  @Test
  void an_empty_request_is_sent_as_an_empty_json_object() throws Exception {
    WireMockClients.client(server)
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);

    LoggedRequest received = onlyRequest();
    assertThat(received.getBodyAsString()).isEqualTo("{}");
    assertConforms(received);
  }

  @Test
  void an_ak_sk_signed_request_conforms_to_the_contract() throws Exception {
    StarRocksSyncClient client =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(Credentials.accessKey("HPUAEXAMPLEACCESSKEY", "example-secret-access-key"))
            .build();

    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);

    assertConforms(onlyRequest());
  }

  @Test
  void the_validator_catches_a_request_that_breaks_the_contract() throws Exception {
    // Guards the guard: with the client's own checks off, a bad body reaches WireMock, and the
    // contract validator used above must report it.
    StarRocksSyncClient client = WireMockClients.builder(server).validateRequests(false).build();

    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest().taskName("no-hyphens-allowed"),
            null);

    assertThat(Contract.validate(onlyRequest()).hasErrors()).isTrue();
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> received =
        server.findAll(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private static void assertConforms(LoggedRequest received) {
    ValidationReport report = Contract.validate(received);
    assertThat(report.getMessages()).as("contract violations of %s", received).isEmpty();
  }
}
