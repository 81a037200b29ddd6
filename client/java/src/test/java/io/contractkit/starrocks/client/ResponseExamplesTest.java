package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.Contract.NamedExample;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.error.ServerResponseException;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response example of the contract, served by WireMock, read by the client. */
class ResponseExamplesTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper CLIENT_JSON = ApiClient.createDefaultObjectMapper();

  static Stream<NamedExample> successExamples() {
    return Contract.responseExamples().stream().filter(example -> example.status().startsWith("2"));
  }

  static Stream<NamedExample> errorExamples() {
    return Contract.responseExamples().stream()
        .filter(example -> !example.status().startsWith("2"));
  }

  @Test
  void the_contract_has_success_and_error_examples_to_check() {
    assertThat(successExamples()).isNotEmpty();
    assertThat(errorExamples()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successExamples")
  void every_success_example_parses_into_the_response_model_without_losing_a_field(
      NamedExample example) throws Exception {
    serve(example);

    ModifyDataSynchronizationConfigResponse response = call();

    assertThat((Object) CLIENT_JSON.valueToTree(response)).isEqualTo(example.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorExamples")
  void every_error_example_becomes_an_exception_with_its_status_code_and_message(
      NamedExample example) {
    serve(example);

    ServiceResponseException error =
        catchThrowableOfType(ServiceResponseException.class, this::call);

    int status = Integer.parseInt(example.status());
    assertThat(error)
        .isInstanceOf(status < 500 ? ClientRequestException.class : ServerResponseException.class);
    assertThat(error.getHttpStatusCode()).isEqualTo(status);
    assertThat(error.getErrorCode())
        .isEqualTo(example.value().get(Contract.errors().codeField()).asText());
    assertThat(error.getErrorMsg())
        .isEqualTo(example.value().get(Contract.errors().messageField()).asText());
    assertThat(error.getRequestId())
        .isEqualTo(Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER));
    assertThat(error.getMessage())
        .contains(String.valueOf(status), error.getErrorCode(), error.getErrorMsg());
  }

  private void serve(NamedExample example) {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(Integer.parseInt(example.status()))
                    .withHeader("Content-Type", "application/json")
                    .withHeader(
                        ServiceResponseException.REQUEST_ID_HEADER,
                        Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER))
                    .withBody(example.value().toString())));
  }

  private ModifyDataSynchronizationConfigResponse call() throws Exception {
    return WireMockClients.client(server)
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);
  }
}
