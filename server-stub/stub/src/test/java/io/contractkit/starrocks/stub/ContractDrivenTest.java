package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Adding an example or an operation to the document makes it servable with no code change. */
class ContractDrivenTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void serves_an_example_and_an_operation_added_to_the_document() throws Exception {
    ObjectNode document = (ObjectNode) YAML.readTree(ContractDocument.text());
    ObjectNode added = document.with("components").with("examples").putObject("task_created");
    added.put("summary", "A new example");
    added.putObject("value").put("task_name", "brand_new").put("job_id", "job_2");
    // (ObjectNode.with would read a name starting with "/" as a JSON pointer)
    ((ObjectNode) document.get("paths").get(ContractFixtures.operation().path().template()))
        .with("put")
        .with("responses")
        .with("200")
        .with("content")
        .with("application/json")
        .with("examples")
        .putObject("task_created")
        .put("$ref", "#/components/examples/task_created");
    ObjectNode status =
        document.with("paths").putObject("/v3/{project_id}/status").putObject("get");
    status.put("operationId", "showStatus").put("summary", "Status").put("description", "Status.");
    status.putArray("parameters").addObject().put("$ref", "#/components/parameters/ProjectId");
    ObjectNode ok = status.with("responses").putObject("200");
    ok.put("description", "OK");
    ObjectNode media = ok.with("content").with("application/json");
    media
        .putObject("schema")
        .put("type", "object")
        .putObject("properties")
        .putObject("state")
        .put("type", "string");
    media
        .with("examples")
        .putObject("running")
        .put("summary", "Running")
        .putObject("value")
        .put("state", "running");

    ContractRuntime changed = ContractRuntime.parse(YAML.writeValueAsString(document));
    try (StarRocksSyncStub stub =
        StarRocksSyncStub.start(StubSettings.defaults().withContract(changed))) {
      HttpResponse<String> example =
          Http.validRequest(stub.baseUrl()).header("Prefer", "example=task_created").send();
      assertThat(example.statusCode()).isEqualTo(200);
      assertThat(Http.json(example).path("task_name").asText()).isEqualTo("brand_new");

      String statusPath = "/v3/" + ContractFixtures.pathExample("project_id") + "/status";
      HttpResponse<String> operation =
          Http.validRequest(stub.baseUrl())
              .method("GET")
              .path(statusPath)
              .body((String) null)
              .send();
      assertThat(operation.statusCode()).as(operation.body()).isEqualTo(200);
      JsonNode body = Http.json(operation);
      assertThat(body.path("state").asText()).isEqualTo("running");

      HttpResponse<String> invalid =
          Http.validRequest(stub.baseUrl())
              .method("GET")
              .path("/v3/bad/status")
              .body((String) null)
              .send();
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(stub.violations()).hasSize(1);
    }
  }
}
