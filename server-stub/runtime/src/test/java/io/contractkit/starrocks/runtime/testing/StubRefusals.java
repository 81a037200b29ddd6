package io.contractkit.starrocks.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.runtime.StubError;
import java.net.http.HttpResponse;

/**
 * What a refusal with a server's own error code looks like, the stub's and the reference server's
 * alike.
 */
public final class StubRefusals {

  private StubRefusals() {}

  /**
   * The server's own refusal of a request that asked it for something the document does not have:
   * the API's error format and schema, but the server's own code, never one of the document's.
   */
  public static JsonNode assertStubRefusal(HttpResponse<String> response, StubError error) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(error.status());
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = Http.json(response);
    ErrorFormat format = ContractFixtures.CONTRACT.errorFormat();
    assertThat(body.path(format.codeField()).asText()).isEqualTo(error.code());
    assertThat(body.path(format.messageField()).asText()).isNotBlank();
    assertThat(
            ContractFixtures.CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as(
            "the server's own error has the fields of the contract's error schema: %s",
            response.body())
        .isTrue();
    return body;
  }
}
