package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped document, read through the model: what the other modules rely on. */
class ContractModelTest {

  private static final ContractModel MODEL = ContractModel.load();
  private static final ApiOperation MODIFY = MODEL.operations().get(0);

  @Test
  void reads_the_operation() {
    assertThat(MODEL.operations()).hasSize(1);
    assertThat(MODIFY.method()).isEqualTo("PUT");
    assertThat(MODIFY.operationId()).isEqualTo("modifyDataSynchronizationConfig");
    assertThat(MODIFY.tag()).contains("Data synchronization");
    assertThat(MODIFY.path().parameterNames()).containsExactly("project_id", "instance_id");
    assertThat(MODIFY.parameters(ParameterLocation.PATH))
        .extracting(ApiParameter::name)
        .containsExactly("project_id", "instance_id");
    assertThat(MODIFY.parameters(ParameterLocation.HEADER))
        .extracting(ApiParameter::name)
        .containsExactly("X-Language");
    assertThat(MODIFY.parameter(ParameterLocation.HEADER, "x-language")).isPresent();
    assertThat(MODEL.operationsTagged("Data synchronization")).containsExactly(MODIFY);
  }

  @Test
  void reads_the_body_and_its_named_examples_with_their_component_schema() {
    RequestBody body = MODIFY.requestBody().orElseThrow();
    assertThat(body.required()).isTrue();
    assertThat(body.mediaType()).isEqualTo("application/json");
    assertThat(body.schemaName()).isEqualTo("ModifyDataSynchronizationConfigRequest");
    assertThat(body.examples())
        .extracting(NamedExample::name)
        .startsWith("seed_full_configuration", "minimal_body");
    assertThat(
            body.example("minimal_body")
                .orElseThrow()
                .value()
                .path("source_database_name")
                .asText())
        .isEqualTo("sales");
  }

  @Test
  void reads_responses_examples_and_documented_headers() {
    assertThat(MODIFY.statuses()).containsExactly(200, 400, 401, 500);
    ResponseExample success = MODIFY.defaultAnswer().orElseThrow();
    assertThat(success.name()).isEqualTo("seed_success");
    assertThat(success.schemaName()).isEqualTo("ModifyDataSynchronizationConfigResponse");
    assertThat(success.headers()).containsKey("X-Request-Id");
    ResponseExample notFound = MODIFY.example("instance_not_found").orElseThrow();
    assertThat(notFound.status()).isEqualTo(400);
    assertThat(notFound.schemaName()).isEqualTo("ErrorResponse");
    assertThat(notFound.summary()).isNotBlank();
    assertThat(MODEL.responseExampleNames())
        .contains("config_check_failed", "missing_credential", "internal_error");
    assertThat(MODIFY.response(400).orElseThrow().headers())
        .extracting(DocumentedHeader::name)
        .containsExactly("X-Request-Id");
  }

  @Test
  void reads_the_roles_the_document_declares() {
    ErrorFormat errors = MODEL.errorFormat().orElseThrow();
    assertThat(errors.schemaName()).isEqualTo("ErrorResponse");
    assertThat(errors.messageField()).isEqualTo("error_msg");
    assertThat(errors.codeField()).isEqualTo("error_code");
    assertThat(errors.template().name()).isEqualTo("invalid_parameter");
    assertThat(errors.messageMaxLength()).isEqualTo(4096);
    assertThat(errors.body("task_name is too long").path("error_msg").asText())
        .isEqualTo("task_name is too long");
    assertThat(errors.body("x".repeat(5000)).path("error_msg").asText()).hasSize(4096);
    assertThat(MODIFY.refusalStatus(Refusal.REQUEST)).hasValue(400);
    assertThat(MODIFY.refusalStatus(Refusal.CREDENTIAL)).hasValue(401);
    assertThat(MODIFY.response(400).orElseThrow().carriesErrorFormat()).isTrue();
    assertThat(MODIFY.response(200).orElseThrow().carriesErrorFormat()).isFalse();
  }

  @Test
  void reads_the_security_alternatives_with_patterns_and_companion_headers() {
    assertThat(MODIFY.security()).hasSize(2);
    SecurityAlternative token = MODIFY.tokenAlternative().orElseThrow();
    assertThat(token.headers()).containsExactly("X-Auth-Token");
    SecurityAlternative aksk = MODIFY.security().get(1);
    assertThat(aksk.headers()).containsExactly("Authorization", "X-Sdk-Date");
    CredentialScheme signature = aksk.schemes().get(0);
    assertThat(
            signature
                .valuePattern()
                .matches(
                    "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature="
                        + "0".repeat(64)))
        .isTrue();
    assertThat(signature.companions())
        .extracting(CompanionHeader::name)
        .containsExactly("X-Project-Id");
    assertThat(aksk.problems(name -> null)).hasSize(2);
    assertThat(token.problems(name -> name.equalsIgnoreCase("X-Auth-Token") ? "t" : null))
        .isEmpty();
    assertThat(MODIFY.credentialHeaders())
        .containsExactly("X-Auth-Token", "Authorization", "X-Sdk-Date");
  }

  @Test
  void builds_a_valid_request_from_the_documents_examples() {
    ValidRequest request = MODIFY.validRequest();
    assertThat(request.path())
        .isEqualTo(
            "/v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17/starrocks/databases/replication");
    assertThat(request.headers())
        .containsEntry("Content-Type", "application/json")
        .doesNotContainKey("X-Language");
    assertThat(request.body())
        .isEqualTo(MODIFY.requestBody().orElseThrow().examples().get(0).value());
    assertThat(MODIFY.validRequest(Map.of("project_id", "p".repeat(32))).path())
        .startsWith("/v3/" + "p".repeat(32) + "/");
  }

  @Test
  void gives_the_boundaries_of_a_field() {
    FieldBoundaries taskName =
        FieldBoundaries.of(
            MODEL
                .schema("ModifyDataSynchronizationConfigRequest")
                .orElseThrow()
                .getProperties()
                .get("task_name"));
    assertThat(taskName.minLength()).isEqualTo(3);
    assertThat(taskName.maxLength()).isEqualTo(128);
    assertThat(taskName.pattern().source()).isEqualTo("^[A-Za-z0-9_]{3,128}$");
    assertThat(taskName.admits("sales_to_olap")).isTrue();
    assertThat(taskName.admits("nightly-orders")).isFalse();
    FieldBoundaries language =
        MODIFY.parameter(ParameterLocation.HEADER, "X-Language").orElseThrow().boundaries();
    assertThat(language.allowed()).containsExactly("en-us", "zh-cn");
  }

  @Test
  void finds_operations_by_request_path() {
    String path = MODIFY.validRequest().path();
    assertThat(MODEL.operation("PUT", path)).contains(MODIFY);
    assertThat(MODEL.operation("GET", path)).isEmpty();
    assertThat(MODIFY.path().match(path).orElseThrow())
        .containsEntry("instance_id", "61a4ea66210545909d74a05c27a7179bin17");
  }

  @Test
  void exposes_the_parsed_document_for_the_validator() {
    assertThat(MODEL.openApi().getPaths()).hasSize(1);
    assertThat(MODEL.text()).contains("openapi: 3.0.3");
    assertThat(MODEL.serverUrls())
        .containsExactly("https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com");
    assertThat(MODEL.componentHeaderExample("XRequestId")).isPresent();
  }
}
