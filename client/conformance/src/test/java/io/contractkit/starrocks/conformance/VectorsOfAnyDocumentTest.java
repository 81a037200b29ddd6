package io.contractkit.starrocks.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.HostileAnswers;
import io.contractkit.starrocks.runtime.HostileScenario;
import io.contractkit.starrocks.stub.StubSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The vectors follow the document, whatever its operations: another document (the model's
 * multi-operation.yaml, with a query parameter, a header parameter, an operation without a body and
 * a 204 without an example) gets its own vectors with no code change.
 */
class VectorsOfAnyDocumentTest {

  private static final Map<String, ObjectNode> MULTI = WriteVectors.vectors(multiOperation());

  @Test
  void lists_every_operation_of_another_document_with_its_arguments_from_the_examples() {
    JsonNode operations = MULTI.get("outcomes.json").path("operations");

    assertThat(operations.findValuesAsText("operation_id"))
        .containsExactlyInAnyOrder("listTasks", "deleteTask", "renameTask");
    JsonNode list = operation(operations, "listTasks");
    assertThat(list.path("method").asText()).isEqualTo("GET");
    assertThat(list.path("query_parameters").path("state").asText()).isEqualTo("running");
    assertThat(list.path("query_parameters").path("limit").asText()).isEqualTo("10");
    assertThat(list.path("header_parameters").path("X-Trace-Id").asText()).isEqualTo("0a1b2c3d");
    assertThat(list.path("request_body").isNull()).isTrue();
    assertThat(operation(operations, "renameTask").path("request_body").path("task_name").asText())
        .isEqualTo("new_name");
  }

  @Test
  void a_documented_status_without_an_example_is_an_outcome_asked_for_by_its_code() {
    JsonNode delete = operation(MULTI.get("outcomes.json").path("operations"), "deleteTask");

    assertThat(outcomes(delete, "prefer")).contains("code=204", "example=bad_value");
    JsonNode noContent =
        delete.path("outcomes").findParents("prefer").stream()
            .filter(o -> o.path("prefer").asText().equals("code=204"))
            .findFirst()
            .orElseThrow();
    assertThat(noContent.path("kind").asText()).isEqualTo("model");
    assertThat(noContent.path("body").isNull()).isTrue();
  }

  @Test
  void error_outcomes_read_code_and_message_through_the_documents_error_format() {
    JsonNode rename = operation(MULTI.get("outcomes.json").path("operations"), "renameTask");
    JsonNode badValue =
        rename.path("outcomes").findParents("example").stream()
            .filter(o -> o.path("example").asText().equals("bad_value"))
            .findFirst()
            .orElseThrow();

    assertThat(badValue.path("kind").asText()).isEqualTo("service_error");
    assertThat(badValue.path("error_code").asText()).isEqualTo("E.400");
    assertThat(badValue.path("error_msg").asText()).isEqualTo("A value is invalid.");
    assertThat(badValue.path("request_id").isNull()).isTrue();
  }

  @Test
  void a_scenario_no_operation_can_show_is_listed_as_not_applicable_with_the_stubs_reasons() {
    JsonNode hostile = MULTI.get("hostile.json");

    assertThat(hostile.path("scenarios").findValuesAsText("name"))
        .doesNotContain(HostileScenario.UNKNOWN_ENUM_VALUE.scenarioName())
        .contains(HostileScenario.UNKNOWN_FIELD.scenarioName());
    JsonNode skipped = hostile.path("not_applicable").get(0);
    assertThat(skipped.path("name").asText())
        .isEqualTo(HostileScenario.UNKNOWN_ENUM_VALUE.scenarioName());
    assertThat(skipped.path("error_code").asText()).isEqualTo("STUB.HOSTILE_NOT_APPLICABLE");
    assertThat(skipped.path("reasons")).hasSize(3);
  }

  @Test
  void the_shipped_document_shows_every_scenario() {
    JsonNode hostile = WriteVectors.vectors(ContractRuntime.bundled()).get("hostile.json");

    assertThat(hostile.path("scenarios").findValuesAsText("name"))
        .containsExactlyElementsOf(HostileScenario.names());
    assertThat(hostile.path("not_applicable")).isEmpty();
  }

  @Test
  void the_slow_answer_is_not_cut_short_by_the_standalone_stubs_delay_limit() {
    assertThat(HostileAnswers.SLOW_DELAY_MILLIS)
        .isLessThanOrEqualTo(StubSettings.DEFAULT_MAX_DELAY_MILLIS);
  }

  private static JsonNode operation(JsonNode operations, String id) {
    for (JsonNode operation : operations) {
      if (operation.path("operation_id").asText().equals(id)) {
        return operation;
      }
    }
    throw new AssertionError("no operation " + id + " in " + operations);
  }

  private static List<String> outcomes(JsonNode operation, String field) {
    List<String> values = new ArrayList<>();
    operation.path("outcomes").forEach(o -> values.add(o.path(field).asText()));
    return values;
  }

  private static ContractRuntime multiOperation() {
    try (InputStream in = ContractModel.class.getResourceAsStream("/multi-operation.yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "multi-operation.yaml is missing from the model's test-jar");
      }
      return ContractRuntime.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
