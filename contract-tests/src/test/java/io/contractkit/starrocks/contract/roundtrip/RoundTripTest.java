package io.contractkit.starrocks.contract.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the document survives a trip through the generated models, client and server
 * alike: example → model → JSON keeps every field under its name with its value. A model may add a
 * field the example left out only when it carries the document's default for it (or an empty list),
 * which is what the generated server models do.
 */
class RoundTripTest {

  private static final ContractModel CONTRACT = ContractModel.load();
  private static final ObjectMapper CLIENT = ApiClient.createDefaultObjectMapper();
  // The generated server models need a JSON binding from the runtime; this is the plainest one.
  private static final ObjectMapper SERVER =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  private record Side(String name, String modelPackage, ObjectMapper json) {}

  private static final List<Side> SIDES =
      List.of(
          new Side("client", "io.contractkit.starrocks.client.model.", CLIENT),
          new Side("server", "io.contractkit.starrocks.server.model.", SERVER));

  @TestFactory
  Stream<DynamicTest> every_example_survives_the_generated_models() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiOperation operation : CONTRACT.operations()) {
      for (Side side : SIDES) {
        operation
            .requestBody()
            .ifPresent(
                body ->
                    body.examples()
                        .forEach(
                            example ->
                                tests.add(
                                    DynamicTest.dynamicTest(
                                        side.name()
                                            + " model "
                                            + body.schemaName()
                                            + " keeps request example "
                                            + example.name(),
                                        () ->
                                            roundTrip(
                                                side,
                                                body.schemaName(),
                                                schema(body.schemaName()),
                                                example.value())))));
        operation
            .examples()
            .forEach(
                example ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            side.name()
                                + " model "
                                + example.schemaName()
                                + " keeps response example "
                                + example.name(),
                            () ->
                                roundTrip(
                                    side,
                                    example.schemaName(),
                                    schema(example.schemaName()),
                                    example.value()))));
      }
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void the_comparison_reports_a_lost_a_renamed_and_a_changed_field() throws Exception {
    JsonNode example =
        CLIENT.readTree(
            "{\"task_name\":\"a_task\",\"job_id\":\"j\",\"target_database_name\":\"db1\"}");
    JsonNode back = CLIENT.readTree("{\"taskName\":\"a_task\",\"target_database_name\":\"db2\"}");
    List<String> losses = new ArrayList<>();

    compare(example, back, schema("ModifyDataSynchronizationConfigResponse"), "", losses);

    assertThat(losses)
        .containsExactlyInAnyOrder(
            "/task_name lost",
            "/job_id lost",
            "/taskName added with \"a_task\"",
            "/target_database_name was \"db1\", came back as \"db2\"");
  }

  private static void roundTrip(Side side, String schemaName, Schema<?> schema, JsonNode example)
      throws Exception {
    Class<?> model = Class.forName(side.modelPackage() + schemaName);
    JsonNode back = side.json().valueToTree(side.json().treeToValue(example, model));
    List<String> losses = new ArrayList<>();
    compare(example, back, schema, "", losses);
    assertThat(losses)
        .as("%s %s → JSON compared with the example", side.name(), model.getSimpleName())
        .isEmpty();
  }

  private static void compare(
      JsonNode example, JsonNode back, Schema<?> schema, String where, List<String> losses) {
    if (example.isObject() && back.isObject()) {
      for (Iterator<String> names = example.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!back.has(name)) {
          losses.add(where + "/" + name + " lost");
        } else {
          compare(
              example.get(name),
              back.get(name),
              property(schema, name),
              where + "/" + name,
              losses);
        }
      }
      for (Iterator<String> names = back.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!example.has(name) && !isDefault(back.get(name), property(schema, name))) {
          losses.add(where + "/" + name + " added with " + back.get(name));
        }
      }
    } else if (example.isArray() && back.isArray() && example.size() == back.size()) {
      for (int i = 0; i < example.size(); i++) {
        compare(
            example.get(i),
            back.get(i),
            schema == null ? null : schema.getItems(),
            where + "[" + i + "]",
            losses);
      }
    } else if (!example.equals(back)) {
      losses.add(where + " was " + example + ", came back as " + back);
    }
  }

  private static boolean isDefault(JsonNode value, Schema<?> schema) {
    if (value.isArray() && value.isEmpty()) {
      return true;
    }
    return schema != null
        && schema.getDefault() != null
        && value.asText().equals(String.valueOf(schema.getDefault()));
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    return schema == null || schema.getProperties() == null
        ? null
        : schema.getProperties().get(name);
  }

  private static Schema<?> schema(String name) {
    return CONTRACT.schema(name).orElse(null);
  }
}
