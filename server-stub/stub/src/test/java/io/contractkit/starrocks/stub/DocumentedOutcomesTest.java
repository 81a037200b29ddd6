package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.runtime.testing.ContractFixtures.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented response example, read from the contract, can be asked for by name or status.
 */
class DocumentedOutcomesTest {

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  static Stream<Arguments> documentedExamples() {
    return CONTRACT.operations().stream()
        .flatMap(op -> op.examples().stream().map(example -> Arguments.of(op, example)));
  }

  static Stream<Arguments> documentedStatuses() {
    return CONTRACT.operations().stream()
        .flatMap(op -> op.statuses().stream().map(status -> Arguments.of(op, status)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("documentedExamples")
  void serves_each_documented_example_when_asked_by_name(
      ApiOperation operation, ResponseExample example) {
    HttpResponse<String> response =
        request(operation).header("Prefer", "example=" + example.name()).send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(example.status());
    assertThat(Http.json(response)).isEqualTo(example.value());
    assertThat(response.headers().firstValue("Content-Type")).contains(example.mediaType());
    example
        .headers()
        .forEach((name, value) -> assertThat(response.headers().firstValue(name)).contains(value));
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER))
        .contains("example=" + example.name());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("documentedStatuses")
  void serves_the_first_example_of_each_documented_status_when_asked_by_code(
      ApiOperation operation, int status) {
    HttpResponse<String> response = request(operation).header("Prefer", "code=" + status).send();

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(
            CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(operation),
                    operation.method(),
                    status,
                    "application/json",
                    response.body()))
        .as(response.body())
        .isTrue();
    if (status >= 300) {
      assertThat(Http.json(response))
          .isEqualTo(operation.firstWithStatus(status).orElseThrow().value());
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("documentedExamples")
  void serves_an_example_when_its_name_and_status_are_asked_together(
      ApiOperation operation, ResponseExample example) {
    HttpResponse<String> response =
        request(operation)
            .header("Prefer", "code=" + example.status() + ", example=" + example.name())
            .send();

    assertThat(response.statusCode()).isEqualTo(example.status());
    assertThat(Http.json(response)).isEqualTo(example.value());
  }

  private static Http request(ApiOperation operation) {
    return Http.validRequest(stub.baseUrl())
        .method(operation.method())
        .path(ContractFixtures.validPath(operation))
        .body(ContractFixtures.requestExamples(operation).values().iterator().next());
  }
}
