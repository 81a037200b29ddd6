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
import io.contractkit.starrocks.client.error.RequestTimeoutException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a client does when its builder is told only the essentials, and that the defaults are the
 * ones the README documents.
 */
class ClientDefaultsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void answer() {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.successExample().value().toString())));
  }

  @Test
  void speaks_the_http_version_the_readme_documents_unless_told_otherwise() throws Exception {
    String documented = readmeTable().get(".httpVersion(HttpClient.Version)");

    call(WireMockClients.client(server));

    assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getProtocol())
        .isEqualTo(documented);
  }

  @Test
  void adds_the_callers_own_headers_to_every_request() throws Exception {
    StarRocksSyncClient client =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(Credentials.token("a-token"))
            .requests(
                request -> request.header("Prefer", "example=" + Contract.successExample().name()))
            .build();

    call(client);

    var received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(received.getHeader("Prefer"))
        .isEqualTo("example=" + Contract.successExample().name());
    assertThat(received.getHeader("X-Auth-Token")).isEqualTo("a-token");
  }

  @Test
  void uses_the_timeouts_the_readme_documents_as_defaults() {
    Duration connect = readmeDefault(".connectTimeout(Duration)");
    Duration request = readmeDefault(".requestTimeout(Duration)");

    String described = WireMockClients.client(server).toString();

    assertThat(described)
        .contains("connectTimeout=" + connect)
        .contains("requestTimeout=" + request);
    assertThat(StarRocksSyncClient.DEFAULT_CONNECT_TIMEOUT).isEqualTo(connect);
    assertThat(StarRocksSyncClient.DEFAULT_REQUEST_TIMEOUT).isEqualTo(request);
  }

  @Test
  void gives_up_on_an_answer_that_takes_longer_than_the_request_timeout() {
    Duration delay = Duration.ofSeconds(5);
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(aResponse().withStatus(200).withFixedDelay((int) delay.toMillis())));
    StarRocksSyncClient impatient =
        WireMockClients.builder(server).requestTimeout(Duration.ofMillis(200)).build();

    long started = System.nanoTime();
    RequestTimeoutException error =
        catchThrowableOfType(RequestTimeoutException.class, () -> call(impatient));
    Duration waited = Duration.ofNanos(System.nanoTime() - started);

    assertThat(error).hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(waited).isLessThan(delay);
  }

  @Test
  void waits_for_an_answer_that_comes_within_the_request_timeout() throws Exception {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.successExample().value().toString())
                    .withFixedDelay(300)));
    StarRocksSyncClient patient =
        WireMockClients.builder(server).requestTimeout(Duration.ofSeconds(5)).build();

    call(patient);
  }

  @Test
  void the_request_timeout_ends_when_the_answers_headers_arrive() throws Exception {
    // As the README says: a body that takes longer than the timeout to arrive is still read.
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.successExample().value().toString())
                    .withChunkedDribbleDelay(5, 1_500)));
    StarRocksSyncClient client =
        WireMockClients.builder(server).requestTimeout(Duration.ofMillis(500)).build();

    call(client);
  }

  @Test
  void reaches_the_providers_endpoint_of_a_region_as_the_contracts_servers_name_it() {
    Server server = Contract.MODEL.openApi().getServers().get(0);
    String region = "eu-west-101";

    StarRocksSyncClient client =
        StarRocksSyncClient.builder().region(region).credentials(Credentials.token("t")).build();

    assertThat(client.endpoint())
        .isEqualTo(URI.create(server.getUrl().replace("{region}", region)));
  }

  @Test
  void without_endpoint_or_region_uses_the_contracts_default_server() {
    Server server = Contract.MODEL.openApi().getServers().get(0);
    String region = server.getVariables().get("region").getDefault();

    StarRocksSyncClient client =
        StarRocksSyncClient.builder().credentials(Credentials.token("t")).build();

    assertThat(client.endpoint())
        .isEqualTo(URI.create(server.getUrl().replace("{region}", region)));
  }

  @Test
  void an_endpoint_with_a_trailing_slash_still_reaches_the_operation() throws Exception {
    call(
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl() + "/")
            .credentials(Credentials.token("t"))
            .build());

    server.verify(
        1,
        anyRequestedFor(
            urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId()))));
  }

  @Test
  void refuses_to_build_without_credentials_or_with_a_nonsense_setting() {
    assertThatThrownBy(() -> StarRocksSyncClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> StarRocksSyncClient.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StarRocksSyncClient.builder().region("eu west"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StarRocksSyncClient.builder().endpoint("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The README's "Timeouts and HTTP" table: setting (its code, without comment) to default. */
  private static Map<String, String> readmeTable() {
    String readme;
    try {
      readme = Files.readString(Path.of("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String section = readme.substring(readme.indexOf("## Timeouts and HTTP"));
    section = section.substring(0, section.indexOf("\n#", 1));
    Map<String, String> table = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([^`]+)`[^|]*\\| ([^|]+) \\|$").matcher(section);
    while (row.find()) {
      table.put(row.group(1), row.group(2).trim());
    }
    return table;
  }

  private static Duration readmeDefault(String setting) {
    String documented = readmeTable().get(setting);
    assertThat(documented).as("README default of " + setting).isNotNull();
    Matcher seconds = Pattern.compile("(\\d+) seconds").matcher(documented);
    assertThat(seconds.matches()).as(documented).isTrue();
    return Duration.ofSeconds(Long.parseLong(seconds.group(1)));
  }

  private static void call(StarRocksSyncClient client) throws Exception {
    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);
  }
}
