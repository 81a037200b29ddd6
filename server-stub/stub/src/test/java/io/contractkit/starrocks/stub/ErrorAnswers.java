package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** What every refusal of the stub looks like: the API's error format, the violation header. */
final class ErrorAnswers {

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

  static String violationHeader(HttpResponse<String> response) {
    return response.headers().firstValue(ViolationHeader.NAME).orElse("");
  }
}
