package io.contractkit.starrocks.server.reference;

import static io.contractkit.starrocks.runtime.testing.StubRefusals.assertStubRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.runtime.testing.RunningProcess;
import io.contractkit.starrocks.runtime.testing.SecretRequests;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated JAX-RS interface, implemented and run on Jersey with the JDK HTTP server:
 * documented answers, reflection, and validation by the generated bean-validation constraints, all
 * in the contract's formats.
 */
class ReferenceImplementationTest {

  private static ReferenceServer server;

  @BeforeAll
  static void start() {
    server = ReferenceServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Http valid() {
    return Http.validRequest(server.baseUrl());
  }

  static Stream<ResponseExample> documentedExamples() {
    return ContractFixtures.operation().examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedExamples")
  void serves_each_documented_example_when_asked_by_name(ResponseExample example) {
    HttpResponse<String> response = valid().header("Prefer", "example=" + example.name()).send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(example.status());
    assertThat(Http.json(response)).isEqualTo(example.value());
    assertFits(response);
    example
        .headers()
        .forEach((name, value) -> assertThat(response.headers().firstValue(name)).contains(value));
  }

  static Stream<String> documentedRequests() {
    return ContractFixtures.requestExamples().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedRequests")
  void answers_each_documented_request_with_a_reflecting_200(String name) {
    JsonNode request = ContractFixtures.requestExamples().get(name);

    HttpResponse<String> response = valid().body(request).send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertFits(response);
    JsonNode answer = Http.json(response);
    if (request.has("task_name")) {
      assertThat(answer.path("task_name")).isEqualTo(request.get("task_name"));
    }
    assertThat(answer.path("source_db_config_check_results"))
        .hasSameSizeAs(request.path("db_configs"));
    assertThat(answer.path("tbl_config_check_results"))
        .hasSameSizeAs(request.path("tables_configs"));
  }

  @Test
  void rejects_a_task_name_with_a_hyphen_through_the_generated_constraints() {
    HttpResponse<String> response = valid().body("{\"task_name\": \"a-b\"}").send();

    assertThat(refusal(response, 400).path("error_msg").asText()).contains("body.task_name");
  }

  @Test
  void rejects_a_project_id_of_the_wrong_form() {
    String path =
        ContractFixtures.validPath().replace(ContractFixtures.pathExample("project_id"), "short");

    assertThat(refusal(valid().path(path).send(), 400).path("error_msg").asText())
        .contains("project_id");
  }

  @Test
  void rejects_what_the_json_binding_refuses() {
    for (String body :
        new String[] {
          "{\"task_nmae\": \"abc\"}", "{\"task_name\": 5}", "{\"is_instance_level_sync\": \"yes\"}",
          "{\"tables_configs\": {\"table_name\": \"t\"}}", "{\"task_name\": \"abc\"",
              "{\"task_name\": \"a\", \"task_name\": \"b\"}",
          "[]", "{} {}"
        }) {
      refusal(valid().body(body).send(), 400);
    }
  }

  @Test
  void rejects_an_explicit_null_for_any_field_of_a_request_example() {
    // The document declares no nullable field; the generated models bind null like an absent
    // field, so {"is_create_task": null} was accepted (found by Schemathesis's coverage phase).
    JsonNode example = ContractFixtures.firstRequestExample();
    for (String field : (Iterable<String>) example::fieldNames) {
      ObjectNode withNull = example.deepCopy();
      withNull.putNull(field);

      assertThat(refusal(valid().body(withNull.toString()).send(), 400).path("error_msg").asText())
          .as("null for %s", field)
          .contains(field);
      if (example.get(field).isArray()) {
        ObjectNode withNullItem = example.deepCopy();
        withNullItem.putArray(field).addNull();
        refusal(valid().body(withNullItem.toString()).send(), 400);
      }
    }
  }

  @Test
  void rejects_a_request_without_a_body_or_of_another_type() {
    refusal(valid().body((String) null).send(), 400);
    refusal(valid().header("Content-Type", "text/plain").body("x").send(), 400);
  }

  @Test
  void accepts_json_with_a_charset_and_a_chunked_body() {
    HttpResponse<String> response =
        valid()
            .header("Content-Type", "application/json;charset=UTF-8")
            .body(ContractFixtures.firstRequestExample())
            .chunked()
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void answers_a_missing_credential_with_the_documented_401() {
    HttpResponse<String> response = valid().withoutHeader("X-Auth-Token").send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Http.json(response))
        .isEqualTo(ContractFixtures.operation().firstWithStatus(401).orElseThrow().value());
  }

  @Test
  void accepts_an_aksk_signature() {
    HttpResponse<String> response =
        valid()
            .withoutHeader("X-Auth-Token")
            .header(
                "Authorization",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature="
                    + "ab".repeat(32))
            .header("X-Sdk-Date", "20261125T021500Z")
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void rejects_a_language_the_contract_does_not_offer() {
    assertThat(
            refusal(valid().header("X-Language", "fr-fr").send(), 400).path("error_msg").asText())
        .contains("X-Language");
    assertThat(valid().header("X-Language", "zh-cn").send().statusCode()).isEqualTo(200);
  }

  @Test
  void answers_unknown_paths_and_methods_with_the_stubs_own_codes_and_words() {
    String path = "/v3/unknown/" + "segment/".repeat(30) + "the_last_segment";
    JsonNode notFound = assertStubRefusal(valid().path(path).send(), StubError.UNKNOWN_PATH);
    HttpResponse<String> notAllowed = valid().method("DELETE").body((String) null).send();

    assertThat(notFound.path("error_msg").asText())
        .contains(path)
        .contains(ContractFixtures.operation().path().template());
    assertStubRefusal(notAllowed, StubError.METHOD_NOT_ALLOWED);
    assertThat(notAllowed.headers().firstValue("Allow"))
        .contains(ContractFixtures.operation().method());
  }

  @Test
  void refuses_an_unknown_example_name_with_the_stubs_own_code() {
    JsonNode error =
        assertStubRefusal(
            valid().header("Prefer", "example=nope").send(), StubError.UNKNOWN_EXAMPLE);

    assertThat(error.path("error_msg").asText()).contains("example=nope");
  }

  @Test
  void logs_requests_without_a_token_signature_or_security_token() {
    try (RunningProcess server = RunningProcess.main(ReferenceServerLauncher.class)) {
      SecretRequests.send(server.url());
      server.awaitOutput(
          output -> output.contains("/v3/not/in/the/contract"), Duration.ofSeconds(10));
      server.close();

      String output = server.stdout() + server.stderr();
      assertThat(output)
          .as("the request log")
          .contains(ContractFixtures.validPath())
          .contains("/v3/not/in/the/contract");
      SecretRequests.assertNoSecretIn(output);
    }
  }

  private static JsonNode refusal(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = Http.json(response);
    assertThat(body.path("error_code").asText())
        .isEqualTo(
            ContractFixtures.CONTRACT
                .errorFormat()
                .template()
                .value()
                .path(ContractFixtures.CONTRACT.errorFormat().codeField())
                .asText());
    assertThat(
            ContractFixtures.CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as(response.body())
        .isTrue();
    return body;
  }

  private static void assertFits(HttpResponse<String> response) {
    assertThat(
            ContractFixtures.CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(),
                    "PUT",
                    response.statusCode(),
                    "application/json",
                    response.body()))
        .as(response.body())
        .isTrue();
  }
}
