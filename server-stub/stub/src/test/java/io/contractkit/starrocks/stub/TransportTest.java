package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What real HTTP clients send works: a charset in the content type, chunked bodies. */
class TransportTest {

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  @Test
  void accepts_json_with_a_charset_parameter() {
    HttpResponse<String> response =
        Http.validRequest(stub.baseUrl())
            .header("Content-Type", "application/json;charset=UTF-8")
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void accepts_json_with_a_spaced_charset_parameter() {
    HttpResponse<String> response =
        Http.validRequest(stub.baseUrl())
            .header("Content-Type", "application/json; charset=utf-8")
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void accepts_a_chunked_body() {
    HttpResponse<String> response =
        Http.validRequest(stub.baseUrl())
            .body(ContractFixtures.firstRequestExample())
            .chunked()
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(stub.getAllServeEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.getRequest().containsHeader("Content-Length")).isFalse());
  }

  @Test
  void accepts_a_client_that_asks_for_json_or_anything() {
    assertThat(
            Http.validRequest(stub.baseUrl())
                .header("Accept", "application/json")
                .send()
                .statusCode())
        .isEqualTo(200);
    assertThat(Http.validRequest(stub.baseUrl()).header("Accept", "*/*").send().statusCode())
        .isEqualTo(200);
  }
}
