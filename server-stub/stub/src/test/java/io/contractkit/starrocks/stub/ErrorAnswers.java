package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.runtime.testing.StubRefusals;
import java.net.http.HttpResponse;

/** What every refusal of the stub looks like: the API's error format, the violation header. */
public final class ErrorAnswers {

  private ErrorAnswers() {}

  /** A 4xx in the contract's error format, with the contract's invalid_parameter error code. */
  static JsonNode assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = Http.json(response);
    ErrorFormat format = ContractFixtures.CONTRACT.errorFormat();
    JsonNode documented = format.template().value();
    assertThat(body.path(format.codeField()).asText())
        .isEqualTo(documented.path(format.codeField()).asText());
    assertThat(body.path(format.messageField()).asText()).isNotBlank();
    assertThat(
            ContractFixtures.CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as("the error body fits the contract's error schema: %s", response.body())
        .isTrue();
    assertThat(response.headers().firstValue(ViolationHeader.NAME))
        .hasValueSatisfying(h -> assertThat(h).matches("[\\x20-\\x7e]+"));
    return body;
  }

  /**
   * The stub's own refusal of a request that asked it for something the document does not have: the
   * API's error format and schema, but the stub's own code, never one of the document's.
   */
  public static JsonNode assertStubRefusal(HttpResponse<String> response, StubError error) {
    return StubRefusals.assertStubRefusal(response, error);
  }

  static String violationHeader(HttpResponse<String> response) {
    return response.headers().firstValue(ViolationHeader.NAME).orElse("");
  }
}
