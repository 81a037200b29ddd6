package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.stub.contract.ErrorBodies;
import io.contractkit.starrocks.stub.contract.StubError;
import java.net.http.HttpResponse;

/** What every refusal of the stub looks like: the API's error format, the violation header. */
public final class ErrorAnswers {

  private ErrorAnswers() {}

  /** A 4xx in the contract's error format, with the contract's invalid_parameter error code. */
  static JsonNode assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = Http.json(response);
    JsonNode documented = ContractFixtures.CONTRACT.errorBodies().invalidParameterExample();
    assertThat(body.path("error_code").asText()).isEqualTo(documented.path("error_code").asText());
    assertThat(body.path("error_msg").asText()).isNotBlank();
    assertThat(
            ContractFixtures.CONTRACT.validator()
                .answerFits(ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as("the error body fits the contract's error schema: %s", response.body())
        .isTrue();
    assertThat(response.headers().firstValue(ViolationHeader.NAME))
        .hasValueSatisfying(h -> assertThat(h).matches("[\\x20-\\x7e]+"));
    return body;
  }

  /**
   * The stub's own refusal of a request that asked it for something the document does not have:
   * the API's error format and schema, but the stub's own code, never one of the document's.
   */
  public static JsonNode assertStubRefusal(HttpResponse<String> response, StubError error) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(error.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = Http.json(response);
    assertThat(body.path(ErrorBodies.CODE_FIELD).asText()).isEqualTo(error.code());
    assertThat(body.path(ErrorBodies.MESSAGE_FIELD).asText()).isNotBlank();
    assertThat(
            ContractFixtures.CONTRACT.validator()
                .answerFits(ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as("the stub's own error has the fields of the contract's error schema: %s", response.body())
        .isTrue();
    return body;
  }

  static String violationHeader(HttpResponse<String> response) {
    return response.headers().firstValue(ViolationHeader.NAME).orElse("");
  }
}
