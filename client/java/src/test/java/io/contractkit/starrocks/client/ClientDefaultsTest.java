package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.invoker.ApiException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a client does when its builder is told only the essentials. */
class ClientDefaultsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void answer() {
    server.stubFor(put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(Contract.responseExample("seed_success").value().toString())));
  }

  @Test
  void speaks_http_1_1_unless_told_otherwise() throws Exception {
    call(WireMockClients.client(server));

    assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getProtocol()).isEqualTo("HTTP/1.1");
  }

  @Test
  void adds_the_callers_own_headers_to_every_request() throws Exception {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint(server.baseUrl())
        .credentials(Credentials.token("a-token"))
        .requests(request -> request.header("Prefer", "example=seed_success"))
        .build();

    call(client);

    var received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(received.getHeader("Prefer")).isEqualTo("example=seed_success");
    assertThat(received.getHeader("X-Auth-Token")).isEqualTo("a-token");
  }

  @Test
  void has_a_connect_timeout_and_a_request_timeout_by_default() {
    String described = WireMockClients.client(server).toString();

    assertThat(StarRocksSyncClient.DEFAULT_CONNECT_TIMEOUT).isPositive();
    assertThat(StarRocksSyncClient.DEFAULT_REQUEST_TIMEOUT).isPositive();
    assertThat(described)
        .contains("connectTimeout=" + StarRocksSyncClient.DEFAULT_CONNECT_TIMEOUT)
        .contains("requestTimeout=" + StarRocksSyncClient.DEFAULT_REQUEST_TIMEOUT);
  }

  @Test
  void gives_up_on_an_answer_that_takes_longer_than_the_request_timeout() {
    server.stubFor(put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
        .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    StarRocksSyncClient impatient = WireMockClients.builder(server).requestTimeout(Duration.ofMillis(200)).build();

    ApiException error = catchThrowableOfType(ApiException.class, () -> call(impatient));

    assertThat(error).hasCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void reaches_the_providers_endpoint_of_a_region_as_the_contracts_servers_name_it() {
    Server server = Contract.MODEL.openApi().getServers().get(0);
    String region = "eu-west-101";

    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .region(region).credentials(Credentials.token("t")).build();

    assertThat(client.endpoint()).isEqualTo(URI.create(server.getUrl().replace("{region}", region)));
  }

  @Test
  void without_endpoint_or_region_uses_the_contracts_default_server() {
    Server server = Contract.MODEL.openApi().getServers().get(0);
    String region = server.getVariables().get("region").getDefault();

    StarRocksSyncClient client = StarRocksSyncClient.builder().credentials(Credentials.token("t")).build();

    assertThat(client.endpoint()).isEqualTo(URI.create(server.getUrl().replace("{region}", region)));
  }

  @Test
  void an_endpoint_with_a_trailing_slash_still_reaches_the_operation() throws Exception {
    call(StarRocksSyncClient.builder().endpoint(server.baseUrl() + "/").credentials(Credentials.token("t")).build());

    server.verify(1, anyRequestedFor(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId()))));
  }

  @Test
  void refuses_to_build_without_credentials_or_with_a_nonsense_setting() {
    assertThatThrownBy(() -> StarRocksSyncClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials");
    assertThatThrownBy(() -> StarRocksSyncClient.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StarRocksSyncClient.builder().region("eu west"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StarRocksSyncClient.builder().endpoint("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void call(StarRocksSyncClient client) throws Exception {
    client.dataSynchronization().modifyDataSynchronizationConfig(
        Contract.projectId(), Contract.instanceId(), new ModifyDataSynchronizationConfigRequest(), null);
  }
}
