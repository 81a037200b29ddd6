package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.stub.ErrorAnswers.assertRefused;
import static io.contractkit.starrocks.stub.ErrorAnswers.assertStubRefusal;
import static io.contractkit.starrocks.stub.ErrorAnswers.violationHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests that break the contract get a 4xx in the API's error format naming the field and the
 * rule.
 */
class RequestValidationTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub =
      StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

  @AfterEach
  void every_refusal_is_recorded_for_the_consumer() {
    long refused =
        stub.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() >= 400).count();
    assertThat(stub.violations())
        .as("one recorded violation per refused request")
        .hasSize((int) refused);
  }

  private static Http valid() {
    return Http.validRequest(stub.baseUrl());
  }

  private static ObjectNode body() {
    return Http.JSON.createObjectNode();
  }

  @Test
  void accepts_the_documented_request() {
    assertThat(valid().send().statusCode()).isEqualTo(200);
    assertThat(stub.violations()).isEmpty();
  }

  @Test
  void rejects_a_task_name_with_a_hyphen() {
    HttpResponse<String> response = valid().body(body().put("task_name", "nightly-orders")).send();

    JsonNode error = assertRefused(response, 400);
    assertThat(error.path("error_msg").asText())
        .contains("body.task_name")
        .contains("^[A-Za-z0-9_]{3,128}$")
        .contains("nightly-orders");
    assertThat(stub.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.violations().get(0).where()).isEqualTo("body.task_name"));
  }

  @Test
  void rejects_a_task_name_longer_than_the_contract_allows() {
    HttpResponse<String> response = valid().body(body().put("task_name", "t".repeat(129))).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.task_name").contains("128");
  }

  @Test
  void rejects_a_database_name_that_is_too_short() {
    HttpResponse<String> response = valid().body(body().put("source_database_name", "ab")).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.source_database_name").contains("3");
  }

  @Test
  void rejects_a_value_outside_an_enum() {
    HttpResponse<String> response =
        valid().body(body().put("is_instance_level_sync", "yes")).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.is_instance_level_sync").contains("yes");
  }

  @Test
  void rejects_a_boolean_sent_as_json_boolean_instead_of_a_string() {
    HttpResponse<String> response = valid().body(body().put("is_support_reg_exp", true)).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.is_support_reg_exp").contains("string");
  }

  @Test
  void rejects_a_number_where_a_string_belongs() {
    HttpResponse<String> response = valid().body(body().put("task_name", 5)).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response))
        .contains("body.task_name")
        .contains("integer")
        .contains("string");
  }

  @Test
  void rejects_tables_configs_sent_as_a_single_object_as_on_the_api_page() {
    ObjectNode request = body();
    request
        .putObject("tables_configs")
        .put("table_name", "orders")
        .put("table_config", "order by id");

    HttpResponse<String> response = valid().body(request).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.tables_configs").contains("array");
  }

  @Test
  void rejects_a_table_config_with_an_unknown_operation() {
    ObjectNode request = body();
    request
        .putArray("tables_configs")
        .addObject()
        .put("table_name", "orders")
        .put("table_config", "drop table orders");

    HttpResponse<String> response = valid().body(request).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.tables_configs[0].table_config");
  }

  @Test
  void rejects_a_db_config_value_longer_than_the_contract_allows() {
    ObjectNode request = body();
    request
        .putArray("db_configs")
        .addObject()
        .put("param_name", "max_rows_per_chunk")
        .put("value", "9".repeat(1025));

    HttpResponse<String> response = valid().body(request).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.db_configs[0].value").contains("1024");
  }

  @Test
  void rejects_an_unknown_field_because_the_request_schema_forbids_extra_properties() {
    HttpResponse<String> response = valid().body(body().put("task_nmae", "typo_task")).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("task_nmae");
  }

  @Test
  void rejects_an_unknown_field_inside_an_item() {
    ObjectNode request = body();
    request
        .putArray("db_configs")
        .addObject()
        .put("param_name", "max_rows_per_chunk")
        .put("unit", "rows");

    HttpResponse<String> response = valid().body(request).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body.db_configs[0]").contains("unit");
  }

  @Test
  void rejects_malformed_json() {
    HttpResponse<String> response = valid().body("{\"task_name\": \"nightly\"").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body").contains("not well-formed JSON");
  }

  @Test
  void rejects_a_body_with_a_duplicate_key() {
    HttpResponse<String> response =
        valid().body("{\"task_name\": \"first\", \"task_name\": \"second\"}").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("Duplicate field 'task_name'");
  }

  @Test
  void rejects_content_after_the_json_value() {
    HttpResponse<String> response = valid().body("{} {}").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("not well-formed JSON");
  }

  @Test
  void rejects_a_body_that_is_not_an_object() {
    HttpResponse<String> response = valid().body("[]").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body").contains("array");
  }

  @Test
  void rejects_a_request_without_a_body() {
    HttpResponse<String> response = valid().body((String) null).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("body");
  }

  @Test
  void rejects_a_body_that_is_not_json() {
    HttpResponse<String> response =
        valid().header("Content-Type", "text/plain").body("task_name=nightly").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("header Content-Type").contains("text/plain");
  }

  @Test
  void rejects_a_language_the_contract_does_not_offer() {
    HttpResponse<String> response = valid().header("X-Language", "fr-fr").send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("header X-Language").contains("fr-fr");
  }

  @Test
  void accepts_each_language_the_contract_offers() {
    assertThat(valid().header("X-Language", "zh-cn").send().statusCode()).isEqualTo(200);
    assertThat(valid().header("X-Language", "en-us").send().statusCode()).isEqualTo(200);
  }

  @Test
  void rejects_a_project_id_of_the_wrong_form() {
    String path =
        ContractFixtures.validPath()
            .replace(ContractFixtures.pathExample("project_id"), "not-a-project");

    HttpResponse<String> response = valid().path(path).send();

    JsonNode error = assertRefused(response, 400);
    assertThat(error.path("error_msg").asText()).contains("path project_id");
  }

  @Test
  void rejects_an_instance_id_without_its_suffix() {
    String instance = ContractFixtures.pathExample("instance_id");
    String path =
        ContractFixtures.validPath().replace(instance, instance.substring(0, 32) + "in07");

    HttpResponse<String> response = valid().path(path).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("path instance_id");
  }

  @Test
  void names_the_first_violation_in_the_body_and_lists_every_one_in_the_header() {
    String path =
        ContractFixtures.validPath().replace(ContractFixtures.pathExample("project_id"), "short");
    HttpResponse<String> response =
        valid().path(path).body(body().put("task_name", "a-b").put("extra", 1)).send();

    JsonNode error = assertRefused(response, 400);
    assertThat(error.path("error_msg").asText())
        .contains("path project_id")
        .contains("more, listed in the " + ViolationHeader.NAME);
    assertThat(violationHeader(response).split(" \\| ")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(violationHeader(response)).contains("body.task_name").contains("extra");
    assertThat(stub.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.violations()).hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void keeps_the_violation_header_within_bounds_however_many_violations_there_are() {
    ObjectNode request = body();
    var configs = request.putArray("db_configs");
    for (int i = 0; i < 300; i++) {
      configs
          .addObject()
          .put("param_name", "p" + i)
          .put("value", "v".repeat(1100))
          .put("extra_" + i, "x".repeat(200));
    }

    HttpResponse<String> response = valid().body(request).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response).length()).isLessThanOrEqualTo(ViolationHeader.MAX_LENGTH);
    assertThat(violationHeader(response)).contains("more)");
  }

  @Test
  void answers_an_unknown_path_with_404_and_the_stubs_own_code() {
    HttpResponse<String> response = valid().path("/v3/unknown").send();

    JsonNode error = assertStubRefusal(response, StubError.UNKNOWN_PATH);
    assertThat(error.path("error_msg").asText())
        .contains("/v3/unknown")
        .contains(ContractFixtures.operation().path().template());
  }

  @Test
  void quotes_a_long_unknown_path_whole_up_to_its_last_segment() {
    String path = ContractFixtures.validPath() + "/" + "segment/".repeat(40) + "the_last_segment";

    JsonNode error = assertStubRefusal(valid().path(path).send(), StubError.UNKNOWN_PATH);

    assertThat(error.path("error_msg").asText()).contains(path);
  }

  @Test
  void quotes_a_very_long_unknown_path_with_its_head_and_its_tail() {
    String path = "/v3/first_segment/" + "x".repeat(3000) + "/the_last_segment";

    JsonNode error = assertStubRefusal(valid().path(path).send(), StubError.UNKNOWN_PATH);

    assertThat(error.path("error_msg").asText())
        .contains("/v3/first_segment/")
        .contains("/the_last_segment")
        .contains("...");
  }

  @Test
  void answers_a_method_the_path_does_not_have_with_405_and_the_stubs_own_code() {
    HttpResponse<String> response = valid().method("DELETE").body((String) null).send();

    assertStubRefusal(response, StubError.METHOD_NOT_ALLOWED);
    assertThat(response.headers().firstValue("Allow"))
        .contains(ContractFixtures.operation().method());
  }

  @Test
  void rejects_a_huge_body_quickly_without_reading_it_as_json() {
    byte[] huge =
        ("{\"task_name\":\"" + "a".repeat(StubSettings.DEFAULT_MAX_BODY_BYTES) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = valid().body(huge).send();

    assertRefused(response, 400);
    assertThat(violationHeader(response)).contains("bytes");
  }

  @Test
  void never_answers_garbage_with_a_5xx() {
    Random random = new Random(7);
    String[] bodies = {
      "",
      "null",
      "0",
      "\"text\"",
      "{",
      "}",
      "[[[[[[[[[[",
      "[".repeat(5000) + "]".repeat(5000),
      "{\"db_configs\": [null]}",
      "{\"db_configs\": [[]]}",
      "{\"table_repl_config\": []}",
      "{\"task_name\": null}",
      "{\"task_name\": {\"a\": 1}}",
      "{\"\\u0000\": 1}",
      "{\"task_name\": \"\\ud800\"}",
      "{\"task_name\": 1e999999}"
    };
    for (String body : bodies) {
      HttpResponse<String> response = valid().body(body).send();
      assertThat(response.statusCode())
          .as("body %s -> %s", body, response.body())
          .isBetween(400, 499);
      assertRefused(response, response.statusCode());
    }
    for (int i = 0; i < 30; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      HttpResponse<String> response = valid().body(bytes).send();
      assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    }
  }
}
