package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.client.auth.AccessKeyCredentials;
import io.contractkit.starrocks.client.auth.AkSkSigner;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.auth.TokenCredentials;
import io.contractkit.starrocks.client.error.TransportException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens, secret keys and security tokens never show in {@code toString()}, in exception messages
 * or stack traces, or in anything logged or printed while the client works.
 */
class SecretsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = WireMockClients.TOKEN;
  private static final String ACCESS_KEY = "HPUAQ7XK2M9RZBWT4VNL";
  private static final String SECRET_KEY = "sk-0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a";
  private static final String SECURITY_TOKEN = "st-ffeeddccbbaa99887766554433221100";

  // Written by whichever thread logs (the server's too), read by the test's.
  private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private Handler handler;
  private Level rootLevel;
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void recordEverythingLoggedOrPrinted() {
    handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(
                record.getLoggerName()
                    + " "
                    + record.getMessage()
                    + " "
                    + java.util.Arrays.toString(record.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(handler);
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stopRecording() {
    Logger root = Logger.getLogger("");
    root.removeHandler(handler);
    root.setLevel(rootLevel);
    System.setOut(systemOut);
    System.setErr(systemErr);
  }

  @Test
  void a_token_is_sent_but_never_shown() {
    answerUnauthorized();
    StarRocksSyncClient client = WireMockClients.client(server);

    Throwable refused = catchThrowable(() -> call(client, Contract.projectId()));
    Throwable invalid = catchThrowable(() -> call(client, "not-a-project-id"));

    assertThat(onlyRequest().getHeader(TokenCredentials.HEADER)).isEqualTo(TOKEN);
    assertThat(refused).isNotNull();
    assertThat(invalid).isNotNull();
    assertNowhere(
        TOKEN,
        client.toString(),
        Credentials.token(TOKEN).toString(),
        describe(refused),
        describe(invalid));
  }

  @Test
  void a_secret_key_and_a_security_token_are_never_sent_or_shown() {
    answerUnauthorized();
    AccessKeyCredentials credentials = temporaryKeys();
    StarRocksSyncClient client =
        StarRocksSyncClient.builder().endpoint(server.baseUrl()).credentials(credentials).build();

    Throwable refused = catchThrowable(() -> call(client, Contract.projectId()));

    LoggedRequest sent = onlyRequest();
    assertThat(sent.getHeader(AccessKeyCredentials.SECURITY_TOKEN_HEADER))
        .isEqualTo(SECURITY_TOKEN);
    assertThat(sent.getHeaders().all().toString()).doesNotContain(SECRET_KEY);
    assertThat(refused).isNotNull();
    String[] shown = {
      client.toString(),
      credentials.toString(),
      new AkSkSigner(ACCESS_KEY, SECRET_KEY).toString(),
      describe(refused)
    };
    assertNowhere(SECRET_KEY, shown);
    assertNowhere(SECURITY_TOKEN, shown);
    assertNowhere(ACCESS_KEY, shown);
  }

  /** Every way an exchange can fail, as a stub answer; null stands for a port nobody listens on. */
  static Stream<Arguments> failedExchanges() {
    Stream<Arguments> faults =
        Arrays.stream(Fault.values())
            .map(fault -> Arguments.of(fault.name(), aResponse().withFault(fault)));
    String json = Contract.responseExample("seed_success").value().toString();
    return Stream.concat(
        faults,
        Stream.of(
            Arguments.of(
                "slower than the request timeout",
                aResponse().withStatus(200).withFixedDelay(2_000)),
            Arguments.of(
                "a 200 that is an HTML page",
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>captive portal</html>")),
            Arguments.of(
                "a 200 with JSON cut off",
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json.substring(0, json.length() / 2))),
            Arguments.of("a 200 without a body", aResponse().withStatus(200)),
            Arguments.of("a port nobody listens on", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failedExchanges")
  void no_secret_shows_when_an_exchange_fails(String what, ResponseDefinitionBuilder answer)
      throws IOException {
    String endpoint = server.baseUrl();
    if (answer == null) {
      try (ServerSocket socket = new ServerSocket(0)) {
        endpoint = "http://127.0.0.1:" + socket.getLocalPort();
      }
    } else {
      server.stubFor(put(urlPathMatching(".*")).willReturn(answer));
    }
    AccessKeyCredentials keys = temporaryKeys();
    List<String> shown = new ArrayList<>();
    for (Credentials credentials : List.of(keys, Credentials.token(TOKEN))) {
      StarRocksSyncClient client =
          StarRocksSyncClient.builder()
              .endpoint(endpoint)
              .credentials(credentials)
              .requestTimeout(Duration.ofMillis(500))
              .build();
      Throwable failed = catchThrowable(() -> call(client, Contract.projectId()));
      assertThat(failed).as(what).isInstanceOf(TransportException.class);
      shown.add(describe(failed));
      shown.add(client.toString());
    }

    for (String secret : List.of(TOKEN, ACCESS_KEY, SECRET_KEY, SECURITY_TOKEN)) {
      assertNowhere(secret, shown.toArray(String[]::new));
    }
  }

  private static AccessKeyCredentials temporaryKeys() {
    return Credentials.accessKey(ACCESS_KEY, SECRET_KEY)
        .withProjectId(Contract.projectId())
        .withSecurityToken(SECURITY_TOKEN);
  }

  @Test
  void a_token_a_header_cannot_carry_is_refused_without_quoting_it() {
    String unusable = "line\nbreak-" + TOKEN;

    Throwable refused = catchThrowable(() -> Credentials.token(unusable));

    assertThat(refused).isInstanceOf(IllegalArgumentException.class);
    assertNowhere(TOKEN, describe(refused));
  }

  private void assertNowhere(String secret, String... shown) {
    for (String text : shown) {
      assertThat(text).doesNotContain(secret);
    }
    assertThat(logged).noneMatch(line -> line.contains(secret));
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
  }

  private static String describe(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return error + "\n" + trace;
  }

  private static void answerUnauthorized() {
    Contract.NamedExample unauthorized = Contract.responseExample("missing_credential");
    server.stubFor(
        put(urlPathMatching(".*"))
            .willReturn(
                aResponse()
                    .withStatus(Integer.parseInt(unauthorized.status()))
                    .withHeader("Content-Type", "application/json")
                    .withBody(unauthorized.value().toString())));
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private static void call(StarRocksSyncClient client, String projectId) throws Exception {
    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            projectId, Contract.instanceId(), new ModifyDataSynchronizationConfigRequest(), null);
  }
}
