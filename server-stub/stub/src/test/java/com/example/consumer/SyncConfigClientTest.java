package com.example.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's consumer example, word for word: it must keep compiling and passing. */
class SyncConfigClientTest {

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  static final String PATH =
      "/v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17"
          + "/starrocks/databases/replication";

  HttpResponse<String> modify(String body, String prefer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stub.baseUrl() + PATH))
            .header("X-Auth-Token", "test-token")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (prefer != null) {
      request.header("Prefer", prefer);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_answer_carries_my_task_name() throws Exception {
    HttpResponse<String> response = modify("{\"task_name\": \"nightly_orders\"}", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"task_name\":\"nightly_orders\"");
    stub.verify(putRequestedFor(urlPathMatching("/v3/.*/replication")));
  }

  @Test
  void a_missing_instance_is_a_400_with_its_error_code() throws Exception {
    HttpResponse<String> response = modify("{}", "example=instance_not_found");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("DBS.200022");
  }
}
