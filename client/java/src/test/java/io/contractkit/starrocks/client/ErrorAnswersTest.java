package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.error.ServerResponseException;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers outside 2xx that the contract's examples do not show still give a useful exception. */
class ErrorAnswersTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void a_proxy_error_page_gives_a_server_error_quoting_the_page() {
    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    answer(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page));

    ServerResponseException error = catchThrowableOfType(ServerResponseException.class, this::call);

    assertThat(error.getHttpStatusCode()).isEqualTo(502);
    assertThat(error.getErrorCode()).isNull();
    assertThat(error.getErrorMsg()).isNull();
    assertThat(error.getResponseBody()).isEqualTo(page);
    assertThat(error.getMessage()).contains("502", "Bad Gateway");
  }

  @Test
  void an_empty_error_answer_says_so() {
    answer(aResponse().withStatus(503));

    ServerResponseException error = catchThrowableOfType(ServerResponseException.class, this::call);

    assertThat(error.getMessage()).contains("503", "no body");
  }

  @Test
  void a_json_answer_that_is_not_the_error_document_is_quoted_not_misread() {
    answer(
        aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"no route\"}"));

    ClientRequestException error = catchThrowableOfType(ClientRequestException.class, this::call);

    assertThat(error.getErrorCode()).isNull();
    assertThat(error.getMessage()).contains("404", "no route");
  }

  @Test
  void the_gateways_request_id_in_the_body_is_used_when_the_header_is_missing() {
    Contract.NamedExample gateway = Contract.responseExample("missing_credential");
    answer(
        aResponse()
            .withStatus(Integer.parseInt(gateway.status()))
            .withHeader("Content-Type", "application/json")
            .withBody(gateway.value().toString()));

    ClientRequestException error = catchThrowableOfType(ClientRequestException.class, this::call);

    assertThat(error.getRequestId()).isEqualTo(gateway.value().get("request_id").asText());
    assertThat(error.getMessage()).contains(error.getRequestId());
  }

  @Test
  void four_hundreds_and_five_hundreds_are_told_apart() {
    answer(aResponse().withStatus(429).withBody("slow down"));
    ServiceResponseException tooMany =
        catchThrowableOfType(ServiceResponseException.class, this::call);
    answer(aResponse().withStatus(500).withBody("oops"));
    ServiceResponseException failed =
        catchThrowableOfType(ServiceResponseException.class, this::call);

    assertThat(tooMany)
        .isInstanceOf(ClientRequestException.class)
        .isNotInstanceOf(ServerResponseException.class);
    assertThat(tooMany.isClientError()).isTrue();
    assertThat(failed)
        .isInstanceOf(ServerResponseException.class)
        .isNotInstanceOf(ClientRequestException.class);
    assertThat(failed.isServerError()).isTrue();
  }

  @Test
  void a_redirect_is_not_followed_and_is_neither_a_client_nor_a_server_error() {
    answer(aResponse().withStatus(302).withHeader("Location", "http://elsewhere.example/"));

    ServiceResponseException error =
        catchThrowableOfType(ServiceResponseException.class, this::call);

    assertThat(error.getHttpStatusCode()).isEqualTo(302);
    assertThat(error)
        .isNotInstanceOfAny(ClientRequestException.class, ServerResponseException.class);
  }

  private void answer(ResponseDefinitionBuilder response) {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(response));
  }

  private void call() throws Exception {
    WireMockClients.client(server)
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);
  }
}
