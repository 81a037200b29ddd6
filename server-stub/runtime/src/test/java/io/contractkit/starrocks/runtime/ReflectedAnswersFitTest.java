package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a request carries, valid or not, the reflected default answer fits the response schema:
 * checked with the same validator the stub uses, over many generated requests.
 */
class ReflectedAnswersFitTest {

  private static final ContractRuntime CONTRACT = ContractRuntime.bundled();
  private static final JsonNodeFactory NODES = new ObjectMapper().getNodeFactory();
  private static final List<String> FIELDS =
      List.of(
          "task_name",
          "source_database_name",
          "target_database_name",
          "source_instance_id",
          "job_id");

  @Test
  void every_reflected_answer_fits_the_response_schema() {
    ApiOperation operation = CONTRACT.operations().get(0);
    ResponseExample example = operation.defaultAnswer().orElseThrow();
    ReflectingAnswer reflecting = CONTRACT.reflection(operation, example.status()).orElseThrow();
    String path = operation.path().template().replaceAll("\\{[^}/]+}", "x");
    Random random = new Random(20261125L);
    for (int i = 0; i < 300; i++) {
      JsonNode request = randomRequest(random);
      JsonNode answer = reflecting.apply(example.value(), request).body();
      assertThat(
              CONTRACT
                  .validator()
                  .answerFits(
                      path,
                      operation.method(),
                      example.status(),
                      example.mediaType(),
                      answer.toString()))
          .as("request %s gave %s", request, answer)
          .isTrue();
    }
  }

  @Test
  void reflects_request_arrays_into_the_matching_check_results() {
    ApiOperation operation = CONTRACT.operations().get(0);
    ReflectingAnswer reflecting =
        CONTRACT
            .reflection(operation, operation.defaultAnswer().orElseThrow().status())
            .orElseThrow();
    assertThat(reflecting.reflectedProperties())
        .containsEntry("source_db_config_check_results", "db_configs")
        .containsEntry("tbl_config_check_results", "tables_configs")
        .containsEntry("task_name", "task_name");
  }

  private static ObjectNode randomRequest(Random random) {
    ObjectNode request = NODES.objectNode();
    for (String field : FIELDS) {
      if (random.nextBoolean()) {
        request.set(field, randomScalar(random));
      }
    }
    request.set("db_configs", randomItems(random, "param_name", "value"));
    request.set("tables_configs", randomItems(random, "table_name", "table_config"));
    return request;
  }

  private static JsonNode randomItems(Random random, String first, String second) {
    if (random.nextInt(5) == 0) {
      return randomScalar(random);
    }
    ArrayNode items = NODES.arrayNode();
    for (int i = random.nextInt(4); i > 0; i--) {
      if (random.nextInt(8) == 0) {
        items.add(randomScalar(random));
        continue;
      }
      ObjectNode item = items.addObject();
      if (random.nextInt(4) > 0) {
        item.set(first, randomScalar(random));
      }
      if (random.nextInt(4) > 0) {
        item.set(second, randomScalar(random));
      }
    }
    return items;
  }

  private static JsonNode randomScalar(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.numberNode(random.nextInt());
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.nullNode();
      case 3 ->
          NODES.textNode(
              randomText(random, "abcdefghijklmnopqrstuvwxyz_0123456789", 1 + random.nextInt(140)));
      case 4 -> NODES.textNode(randomText(random, "aZ9_ -;é\u4e2d\"\\\n", random.nextInt(1100)));
      default -> NODES.textNode(randomText(random, "x", random.nextInt(70)));
    };
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
