package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.runtime.testing.ContractFixtures.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a Prefer header the stub answers the first 2xx example, carrying the request's own
 * values.
 */
class DefaultAnswerTest {

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  static Stream<Arguments> documentedRequests() {
    return ContractFixtures.requestExamples().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedRequests")
  void answers_each_documented_request_with_a_200_that_carries_its_values(
      String name, JsonNode request) {
    HttpResponse<String> response = Http.validRequest(stub.baseUrl()).body(request).send();

    assertThat(response.statusCode())
        .as(response.body())
        .isEqualTo(CONTRACT.operations().get(0).defaultAnswer().orElseThrow().status());
    JsonNode answer = Http.json(response);
    assertFitsTheContract(response);
    for (String field :
        new String[] {"task_name", "source_database_name", "target_database_name"}) {
      if (request.has(field)) {
        assertThat(answer.path(field)).as(field).isEqualTo(request.get(field));
      }
    }
    assertThat(answer.path("source_db_config_check_results"))
        .hasSameSizeAs(request.path("db_configs"));
    assertThat(answer.path("tbl_config_check_results"))
        .hasSameSizeAs(request.path("tables_configs"));
    for (int i = 0; i < request.path("db_configs").size(); i++) {
      assertThat(answer.path("source_db_config_check_results").get(i).path("param_name"))
          .isEqualTo(request.path("db_configs").get(i).path("param_name"));
    }
    for (int i = 0; i < request.path("tables_configs").size(); i++) {
      assertThat(answer.path("tbl_config_check_results").get(i).path("table_config"))
          .isEqualTo(request.path("tables_configs").get(i).path("table_config"));
    }
  }

  @Test
  void reflects_the_names_the_consumer_sent() {
    ObjectNode request = Http.JSON.createObjectNode();
    request
        .put("task_name", "nightly_orders")
        .put("source_database_name", "shop")
        .put("target_database_name", "shop_olap");
    request
        .putArray("db_configs")
        .addObject()
        .put("param_name", "sync_commit_interval_ms")
        .put("value", "250");
    request
        .putArray("tables_configs")
        .addObject()
        .put("table_name", "orders")
        .put("table_config", "buckets 4");

    JsonNode answer = Http.json(Http.validRequest(stub.baseUrl()).body(request).send());

    assertThat(answer.path("task_name").asText()).isEqualTo("nightly_orders");
    assertThat(answer.path("source_database_name").asText()).isEqualTo("shop");
    assertThat(answer.path("target_database_name").asText()).isEqualTo("shop_olap");
    JsonNode check = answer.path("source_db_config_check_results").get(0);
    assertThat(check.path("param_name").asText()).isEqualTo("sync_commit_interval_ms");
    assertThat(check.path("value").asText()).isEqualTo("250");
    assertThat(check.path("check_result").asText()).isEqualTo(documentedCheckResult());
    assertThat(answer.path("tbl_config_check_results").get(0).path("table_name").asText())
        .isEqualTo("orders");
  }

  @Test
  void keeps_the_documented_value_of_a_field_the_request_does_not_send() {
    ObjectNode request = Http.JSON.createObjectNode().put("source_database_name", "shop");
    JsonNode documented = CONTRACT.operations().get(0).defaultAnswer().orElseThrow().value();

    JsonNode answer = Http.json(Http.validRequest(stub.baseUrl()).body(request).send());

    assertThat(answer.path("task_name")).isEqualTo(documented.path("task_name"));
    assertThat(answer.path("job_id")).isEqualTo(documented.path("job_id"));
    assertThat(answer.path("source_db_config_check_results")).isEmpty();
  }

  @Test
  void leaves_out_values_the_response_schema_does_not_allow_and_says_so() {
    ObjectNode request = Http.JSON.createObjectNode();
    ArrayNode configs = request.putArray("db_configs");
    configs.addObject().put("param_name", "ab").put("value", "1");
    configs.addObject().put("param_name", "max_rows_per_chunk").put("value", "9".repeat(65));
    configs.addObject().put("param_name", "snapshot_with_lock").put("value", "");

    HttpResponse<String> response = Http.validRequest(stub.baseUrl()).body(request).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertFitsTheContract(response);
    JsonNode results = Http.json(response).path("source_db_config_check_results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).has("param_name")).isFalse();
    assertThat(results.get(0).path("value").asText()).isEqualTo("1");
    assertThat(results.get(1).path("param_name").asText()).isEqualTo("max_rows_per_chunk");
    assertThat(results.get(1).has("value")).isFalse();
    assertThat(results.get(2).has("value")).isFalse();
    assertThat(response.headers().firstValue(ContractAnswerTransformer.NOT_REFLECTED_HEADER))
        .hasValueSatisfying(
            h ->
                assertThat(h)
                    .contains("source_db_config_check_results[0].param_name")
                    .contains("source_db_config_check_results[1].value")
                    .contains("source_db_config_check_results[2].value"));
  }

  @Test
  void answers_the_same_request_the_same_way_every_time() {
    Http request = Http.validRequest(stub.baseUrl());
    assertThat(request.send().body()).isEqualTo(request.send().body());
  }

  @Test
  void reflects_for_a_documented_success_status_asked_by_code() {
    ObjectNode request = Http.JSON.createObjectNode().put("task_name", "by_code_task");
    JsonNode answer =
        Http.json(
            Http.validRequest(stub.baseUrl()).header("Prefer", "code=200").body(request).send());
    assertThat(answer.path("task_name").asText()).isEqualTo("by_code_task");
  }

  @Test
  void serves_a_named_example_as_documented_without_reflecting() {
    Map.Entry<String, JsonNode> failed =
        CONTRACT.operations().get(0).examples().stream()
            .filter(e -> e.isSuccess())
            .skip(1)
            .findFirst()
            .map(e -> Map.entry(e.name(), e.value()))
            .orElseThrow();
    ObjectNode request = Http.JSON.createObjectNode().put("task_name", "not_reflected");

    JsonNode answer =
        Http.json(
            Http.validRequest(stub.baseUrl())
                .header("Prefer", "example=" + failed.getKey())
                .body(request)
                .send());

    assertThat(answer).isEqualTo(failed.getValue());
  }

  private static String documentedCheckResult() {
    return CONTRACT
        .operations()
        .get(0)
        .defaultAnswer()
        .orElseThrow()
        .value()
        .path("source_db_config_check_results")
        .path(0)
        .path("check_result")
        .asText();
  }

  private static void assertFitsTheContract(HttpResponse<String> response) {
    assertThat(
            CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(),
                    "PUT",
                    response.statusCode(),
                    "application/json",
                    response.body()))
        .as("answer fits the response schema: %s", response.body())
        .isTrue();
  }
}
