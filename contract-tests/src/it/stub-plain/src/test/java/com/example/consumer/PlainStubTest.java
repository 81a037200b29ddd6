package com.example.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 10: with only the stub declared, the extension failed to start (mixed Jackson). */
class PlainStubTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  static final String PATH =
      "/v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17"
          + "/starrocks/databases/replication";

  @Test
  void the_quick_start_request_gets_the_documented_200() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + PATH))
        .header("X-Auth-Token", "my-iam-token")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"source_database_name\": \"sales\", \"db_configs\": "
                + "[{\"param_name\": \"sync_commit_interval_ms\", \"value\": \"10000\"}]}"))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"source_database_name\":\"sales\"")
        .contains("{\"param_name\":\"sync_commit_interval_ms\",\"value\":\"10000\",\"check_result\":\"success\"}");
    stub.verify(putRequestedFor(urlPathEqualTo(PATH)));
  }
}
