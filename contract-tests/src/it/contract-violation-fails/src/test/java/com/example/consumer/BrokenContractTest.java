package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sends a task_name the contract forbids (a hyphen). The test's own assertion holds (the stub
 * refuses with 400), so the only thing that can fail it is the extension: this project's build
 * must fail, with the extension's message (verify.groovy).
 */
class BrokenContractTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  @Test
  void a_task_name_with_a_hyphen() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUrl()
            + "/v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17"
            + "/starrocks/databases/replication"))
        .header("X-Auth-Token", "test-token")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"task_name\": \"nightly-orders\"}"))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
  }
}
