package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client with nothing else: a JDK HTTP server answers as the service does when the instance
 * is unknown, and the client turns that into its typed error.
 */
class ClientOnlyTest {

  static final String ERROR_BODY = "{\"error_code\":\"DBS.200022\",\"error_msg\":\"Instance not found.\"}";

  HttpServer server;
  final AtomicReference<String> received = new AtomicReference<>();

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("X-Auth-Token") + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] body = ERROR_BODY.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Request-Id", "3a6d2c1b0f9e8d7c6b5a4f3e2d1c0b9a");
      exchange.sendResponseHeaders(400, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void an_unknown_instance_is_a_client_request_exception_with_the_apis_code() {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
        .credentials(Credentials.token("my-iam-token"))
        .build();

    ClientRequestException refusal = catchThrowableOfType(ClientRequestException.class,
        () -> client.dataSynchronization().modifyDataSynchronizationConfig(
            "0549b4a43100d4f32f51c01c2fe4acdb", "61a4ea66210545909d74a05c27a7179bin17",
            new ModifyDataSynchronizationConfigRequest().sourceDatabaseName("sales"), null));

    assertThat(refusal.getHttpStatusCode()).isEqualTo(400);
    assertThat(refusal.getErrorCode()).isEqualTo("DBS.200022");
    assertThat(refusal.getErrorMsg()).isEqualTo("Instance not found.");
    assertThat(refusal.getRequestId()).isEqualTo("3a6d2c1b0f9e8d7c6b5a4f3e2d1c0b9a");
    assertThat(received.get()).isEqualTo(
        "PUT /v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17"
            + "/starrocks/databases/replication my-iam-token {\"source_database_name\":\"sales\"}");
  }
}
