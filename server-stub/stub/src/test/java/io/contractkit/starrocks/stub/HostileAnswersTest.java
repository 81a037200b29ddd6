package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.stub.ErrorAnswers.assertStubRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.HostileAnswer;
import io.contractkit.starrocks.runtime.HostileAnswers;
import io.contractkit.starrocks.runtime.HostileScenario;
import io.contractkit.starrocks.runtime.PreferenceException;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Prefer: hostile=}: answers the document does not promise, on request, never recorded. */
class HostileAnswersTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub =
      StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

  private static HttpResponse<String> hostile(String name) {
    return Http.validRequest(stub.baseUrl()).header("Prefer", "hostile=" + name).send();
  }

  @Test
  void keeps_an_unknown_enum_value_in_the_first_enum_field_of_the_success_example() {
    HttpResponse<String> response = hostile("unknown_enum_value");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Http.json(response);
    assertThat(body.at("/tbl_config_check_results/0/check_result").asText())
        .isEqualTo(HostileAnswers.UNKNOWN_ENUM_VALUE);
    assertThat(stub.violations()).isEmpty();
  }

  @Test
  void adds_an_unknown_field_and_drops_or_nulls_an_optional_one() {
    assertThat(Http.json(hostile("unknown_field")).path(HostileAnswers.UNKNOWN_FIELD_NAME).asText())
        .isEqualTo(HostileAnswers.UNKNOWN_FIELD_VALUE);
    JsonNode missing = Http.json(hostile("optional_field_missing"));
    JsonNode nulled = Http.json(hostile("optional_field_null"));
    String first = ContractFixtures.operation().examples().get(0).value().fieldNames().next();
    assertThat(missing.has(first)).isFalse();
    assertThat(nulled.get(first).isNull()).isTrue();
    assertThat(stub.violations()).isEmpty();
  }

  @Test
  void rate_limits_with_retry_after_and_the_error_template() {
    HttpResponse<String> response = hostile("rate_limited");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After"))
        .contains(String.valueOf(HostileAnswers.RETRY_AFTER_SECONDS));
    assertThat(Http.json(response))
        .isEqualTo(ContractFixtures.CONTRACT.errorFormat().template().value());
    assertThat(stub.violations()).isEmpty();
  }

  @Test
  void serves_a_gateway_html_page_an_empty_body_and_a_truncated_one() {
    HttpResponse<String> html = hostile("gateway_html_502");
    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.body()).contains("<html>");

    HttpResponse<String> empty = hostile("empty_body");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    assertThat(empty.body()).isEmpty();

    HttpResponse<String> truncated = hostile("truncated_body");
    assertThat(truncated.statusCode()).isEqualTo(200);
    String whole = ContractFixtures.operation().examples().get(0).value().toString();
    assertThat(truncated.body()).hasSize(whole.length() / 2);
    assertThat(whole).startsWith(truncated.body());
    assertThat(stub.violations()).isEmpty();
  }

  @Test
  void answers_slowly_when_asked() {
    long start = System.nanoTime();
    HttpResponse<String> slow = hostile("slow_answer");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(slow.statusCode()).isEqualTo(200);
    assertThat(millis).isGreaterThanOrEqualTo(HostileAnswers.SLOW_DELAY_MILLIS);
  }

  @Test
  void refuses_an_unknown_scenario_listing_the_known_ones() {
    JsonNode error = assertStubRefusal(hostile("unknown_enum"), StubError.UNKNOWN_HOSTILE);

    assertThat(error.path("error_msg").asText())
        .contains("hostile=unknown_enum")
        .contains(HostileScenario.names());
  }

  @Test
  void a_request_that_breaks_the_contract_is_refused_even_when_it_asks_for_a_hostile_answer() {
    HttpResponse<String> response =
        Http.validRequest(stub.baseUrl())
            .header("Prefer", "hostile=unknown_field")
            .body("{\"task_name\": \"a-b\"}")
            .send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(stub.violations()).hasSize(1);
  }

  @Test
  void says_which_scenarios_an_operation_without_an_enum_or_a_body_cannot_show() throws Exception {
    ContractRuntime multi = ContractRuntime.parse(multiOperationDocument());
    ApiOperation delete = multi.operation("deleteTask").orElseThrow();
    ApiOperation rename = multi.operation("renameTask").orElseThrow();

    assertThat(notApplicable(multi, rename, HostileScenario.UNKNOWN_ENUM_VALUE))
        .contains("renameTask")
        .contains("enum");
    assertThat(notApplicable(multi, delete, HostileScenario.TRUNCATED_BODY))
        .contains("deleteTask")
        .contains("no 2xx answer");
    HostileAnswer field =
        HostileAnswers.answer(multi, rename, HostileScenario.UNKNOWN_FIELD, 60_000);
    assertThat(Http.JSON.readTree(field.body()).has(HostileAnswers.UNKNOWN_FIELD_NAME)).isTrue();
    assertThat(HostileAnswers.answer(multi, delete, HostileScenario.RATE_LIMITED, 60_000).status())
        .isEqualTo(429);
  }

  @Test
  void the_readme_and_the_banner_list_every_scenario_and_nothing_else() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Hostile answers");
    assertThat(start).as("README.md has a section ## Hostile answers").isNotNegative();
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\| ").matcher(section);
    List<String> listed = new ArrayList<>();
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertThat(listed).isEqualTo(HostileScenario.names());
    assertThat(readme)
        .contains("Prefer: hostile=<" + String.join("|", HostileScenario.names()) + ">");
  }

  private static String notApplicable(
      ContractRuntime contract, ApiOperation operation, HostileScenario scenario) {
    try {
      HostileAnswers.answer(contract, operation, scenario, 60_000);
    } catch (PreferenceException e) {
      assertThat(e.error()).isEqualTo(StubError.HOSTILE_NOT_APPLICABLE);
      return e.getMessage();
    }
    throw new AssertionError(scenario + " was served for " + operation.operationId());
  }

  private static String multiOperationDocument() throws IOException {
    try (InputStream in = ContractModel.class.getResourceAsStream("/multi-operation.yaml")) {
      assertThat(in).as("multi-operation.yaml from the contract model's test-jar").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
