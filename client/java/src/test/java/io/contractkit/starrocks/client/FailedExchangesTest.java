package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ConnectionClosedException;
import io.contractkit.starrocks.client.error.ConnectionFailedException;
import io.contractkit.starrocks.client.error.EmptyResponseException;
import io.contractkit.starrocks.client.error.MalformedResponseException;
import io.contractkit.starrocks.client.error.RequestTimeoutException;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.error.TransportException;
import io.contractkit.starrocks.client.invoker.ApiException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An exchange that fails before a usable answer arrives reaches the caller as a {@link
 * TransportException} that names the operation, the method and the URL and says in plain words what
 * happened, keeps the JDK's exception as its cause, and says whether to retry.
 */
class FailedExchangesTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** RFC 9110, 9.2.2: the methods for which sending twice does what sending once does. */
  private static final Set<String> IDEMPOTENT =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  private static final String OPERATION = Contract.operation().operationId();

  @Test
  void a_connection_reset_by_the_service_is_a_closed_connection() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    ConnectionClosedException error = failure(ConnectionClosedException.class);

    assertThat(error.getMessage()).contains("closed or reset");
    assertThat(error.getHttpStatusCode()).isZero();
    assertThat(error.isRetryable()).isEqualTo(IDEMPOTENT.contains(method()));
  }

  @Test
  void a_connection_closed_without_any_answer_is_a_closed_connection() {
    answer(aResponse().withFault(Fault.EMPTY_RESPONSE));

    ConnectionClosedException error = failure(ConnectionClosedException.class);

    assertThat(error.getMessage()).contains("closed or reset before a complete answer arrived");
    assertThat(error.getHttpStatusCode()).isZero();
  }

  @Test
  void a_body_that_breaks_off_is_a_closed_connection_that_knows_the_status() {
    answer(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    ConnectionClosedException error = failure(ConnectionClosedException.class);

    assertThat(error.getMessage()).contains("body broke off", "HTTP 200");
    assertThat(error.getHttpStatusCode()).isEqualTo(200);
    assertThat(error.isRetryable()).isEqualTo(IDEMPOTENT.contains(method()));
  }

  @Test
  void bytes_that_are_not_http_then_a_close_are_a_closed_connection() {
    answer(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

    ConnectionClosedException error = failure(ConnectionClosedException.class);

    assertThat(error.getMessage())
        .containsAnyOf("not an HTTP answer", "closed or reset before a complete answer");
  }

  @Test
  void an_answer_slower_than_the_request_timeout_is_a_request_timeout() {
    answer(aResponse().withStatus(200).withFixedDelay(5_000));
    StarRocksSyncClient impatient =
        WireMockClients.builder(server).requestTimeout(Duration.ofMillis(200)).build();

    RequestTimeoutException error = failure(RequestTimeoutException.class, impatient);

    assertThat(error.getMessage()).contains("no answer arrived within the request timeout");
    assertThat(error.isRetryable()).isEqualTo(IDEMPOTENT.contains(method()));
  }

  @Test
  void a_port_nobody_listens_on_is_a_failed_connection_that_may_be_retried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    StarRocksSyncClient nowhere =
        StarRocksSyncClient.builder()
            .endpoint("http://127.0.0.1:" + closedPort)
            .credentials(Credentials.token(WireMockClients.TOKEN))
            .build();

    ConnectionFailedException error = failure(ConnectionFailedException.class, nowhere);

    assertThat(error.getMessage())
        .contains("refused", "nothing was sent", "http://127.0.0.1:" + closedPort + path());
    assertThat(error.isRetryable()).isTrue();
    assertThat(error.getCause()).isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void a_success_whose_json_is_cut_off_is_a_malformed_answer_quoting_it() {
    String complete = Contract.successExample().value().toString();
    String truncated = complete.substring(0, complete.length() / 2);
    answer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(truncated));

    MalformedResponseException error = failure(MalformedResponseException.class);

    assertThat(error.getMessage())
        .contains("not valid JSON", "HTTP 200", truncated.substring(0, 60));
    assertThat(error.getResponseBody()).isEqualTo(truncated);
    assertThat(error.isRetryable()).isFalse();
  }

  @Test
  void a_success_that_is_an_html_page_is_a_malformed_answer() {
    String page = "<html><body><h1>Welcome to the hotel Wi-Fi</h1></body></html>";
    answer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withHeader(
                ServiceResponseException.REQUEST_ID_HEADER,
                Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER))
            .withBody(page));

    MalformedResponseException error = failure(MalformedResponseException.class);

    assertThat(error.getMessage()).contains("not valid JSON", "text/html", "hotel Wi-Fi");
    assertThat(error.getRequestId())
        .isEqualTo(Contract.responseHeaderExample(ServiceResponseException.REQUEST_ID_HEADER));
  }

  @Test
  void a_success_with_json_of_another_shape_is_a_malformed_answer() {
    answer(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]"));

    MalformedResponseException error = failure(MalformedResponseException.class);

    assertThat(error.getMessage()).contains("not of the shape the operation returns");
  }

  @Test
  void a_success_without_a_body_is_an_empty_answer() {
    answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    EmptyResponseException error = failure(EmptyResponseException.class);

    assertThat(error.getMessage()).contains("no body", "HTTP 200");
    assertThat(error.isRetryable()).isFalse();
  }

  private static <T extends TransportException> T failure(Class<T> type) {
    return failure(type, WireMockClients.client(server));
  }

  /**
   * The failure of one call, checked for what every failed exchange has: the expected type, still
   * an ApiException, the JDK's exception kept, the operation, method and URL in the message.
   */
  private static <T extends TransportException> T failure(
      Class<T> type, StarRocksSyncClient client) {
    Throwable thrown =
        catchThrowable(
            () ->
                client
                    .dataSynchronization()
                    .modifyDataSynchronizationConfig(
                        Contract.projectId(),
                        Contract.instanceId(),
                        new ModifyDataSynchronizationConfigRequest(),
                        null));

    assertThat(thrown).isInstanceOf(type).isInstanceOf(ApiException.class);
    T error = type.cast(thrown);
    assertThat(error.getOperationId()).isEqualTo(OPERATION);
    assertThat(error.getMethod()).isEqualTo(method());
    assertThat(error.getUrl()).endsWith(path());
    assertThat(error.getMessage())
        .startsWith(OPERATION + " (" + method() + " " + error.getUrl() + ") failed: ");
    if (!(error instanceof EmptyResponseException)) {
      assertThat(error.getCause()).isNotNull();
    }
    return error;
  }

  private static void answer(ResponseDefinitionBuilder response) {
    server.stubFor(put(urlPathEqualTo(path())).willReturn(response));
  }

  private static String path() {
    return Contract.path(Contract.projectId(), Contract.instanceId());
  }

  /** The operation's method, as the contract gives it. */
  private static String method() {
    return Contract.operation().method();
  }
}
