package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A document with a GET (query and header parameters), a DELETE without body and a PUT. */
class MultiOperationModelTest {

  static final Path DOCUMENT = Path.of("src/test/resources/multi-operation.yaml");
  private static final ContractModel MODEL = ContractModel.parse(DOCUMENT);

  @Test
  void reads_every_operation_with_path_level_parameters() {
    assertThat(MODEL.operations())
        .extracting(ApiOperation::operationId)
        .containsExactly("listTasks", "renameTask", "deleteTask");
    ApiOperation list = MODEL.operation("listTasks").orElseThrow();
    assertThat(list.parameters(ParameterLocation.PATH))
        .extracting(ApiParameter::name)
        .containsExactly("project_id");
    assertThat(list.parameters(ParameterLocation.QUERY))
        .extracting(ApiParameter::name)
        .containsExactly("limit", "state");
    assertThat(list.parameters(ParameterLocation.HEADER))
        .extracting(ApiParameter::name)
        .containsExactly("X-Trace-Id");
    assertThat(list.requestBody()).isEmpty();
    ApiOperation delete = MODEL.operation("deleteTask").orElseThrow();
    assertThat(delete.parameters(ParameterLocation.PATH))
        .extracting(ApiParameter::name)
        .containsExactly("project_id", "task_id");
    assertThat(delete.requestBody()).isEmpty();
    assertThat(delete.defaultAnswer()).isEmpty();
    assertThat(delete.statuses()).containsExactly(204, 400, 401);
  }

  @Test
  void builds_valid_requests_with_and_without_body() {
    ValidRequest list = MODEL.operation("listTasks").orElseThrow().validRequest();
    assertThat(list.method()).isEqualTo("GET");
    assertThat(list.pathAndQuery())
        .isEqualTo("/v3/0549b4a43100d4f32f51c01c2fe4acdb/tasks?state=running");
    assertThat(list.headers())
        .containsEntry("X-Trace-Id", "0a1b2c3d")
        .doesNotContainKey("Content-Type");
    assertThat(list.body()).isNull();
    ValidRequest delete = MODEL.operation("deleteTask").orElseThrow().validRequest();
    assertThat(delete.path()).isEqualTo("/v3/0549b4a43100d4f32f51c01c2fe4acdb/tasks/abc123");
    assertThat(delete.body()).isNull();
    ValidRequest rename = MODEL.operation("renameTask").orElseThrow().validRequest();
    assertThat(rename.body().path("task_name").asText()).isEqualTo("new_name");
  }

  @Test
  void reads_the_examples_and_roles_of_each_operation() {
    ApiOperation list = MODEL.operation("listTasks").orElseThrow();
    assertThat(list.examples())
        .extracting(ResponseExample::name)
        .containsExactly("two_tasks", "no_task", "bad_value", "no_token");
    assertThat(list.example("two_tasks").orElseThrow().value().path("tasks")).hasSize(2);
    assertThat(list.example("two_tasks").orElseThrow().schemaName()).isEqualTo("TaskList");
    assertThat(MODEL.operation("renameTask").orElseThrow().requestBody().orElseThrow().schemaName())
        .isEqualTo("Rename");
    for (ApiOperation operation : MODEL.operations()) {
      assertThat(operation.refusalStatus(Refusal.REQUEST))
          .as(operation.operationId())
          .hasValue(400);
      assertThat(operation.refusalStatus(Refusal.CREDENTIAL))
          .as(operation.operationId())
          .hasValue(401);
    }
    ErrorFormat errors = MODEL.errorFormat().orElseThrow();
    assertThat(errors.messageField()).isEqualTo("message");
    assertThat(errors.template().name()).isEqualTo("bad_value");
    assertThat(errors.body("too long").toString())
        .isEqualTo("{\"code\":\"E.400\",\"message\":\"too long\"}");
  }

  @Test
  void tells_operations_on_the_same_path_apart_by_method() {
    assertThat(MODEL.operationsOnPath("/v3/p/tasks/abc123"))
        .extracting(ApiOperation::method)
        .containsExactlyInAnyOrder("PUT", "DELETE");
    assertThat(MODEL.operation("DELETE", "/v3/p/tasks/abc123"))
        .map(ApiOperation::operationId)
        .contains("deleteTask");
    assertThat(MODEL.operation("GET", "/v3/p/tasks"))
        .map(ApiOperation::operationId)
        .contains("listTasks");
  }
}
