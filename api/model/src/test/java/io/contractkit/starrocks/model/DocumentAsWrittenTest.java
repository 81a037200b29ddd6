package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views a reviewer needs beside the resolved contract: the document as written (references
 * kept), the parser's messages and the root file as a tree. So that no other module parses.
 */
class DocumentAsWrittenTest {

  private static final ContractModel MODEL = ContractModel.load();
  private static final String OPERATION =
      "/v3/{project_id}/instances/{instance_id}/starrocks/databases/replication";

  @Test
  void the_shipped_document_parses_without_a_message() {
    assertThat(MODEL.parserMessages()).isEmpty();
  }

  @Test
  void as_written_keeps_the_internal_references_that_the_resolved_view_follows() {
    Schema<?> written =
        MODEL
            .openApiAsWritten()
            .getPaths()
            .get(OPERATION)
            .getPut()
            .getRequestBody()
            .getContent()
            .get("application/json")
            .getSchema();
    Schema<?> resolved =
        MODEL
            .openApi()
            .getPaths()
            .get(OPERATION)
            .getPut()
            .getRequestBody()
            .getContent()
            .get("application/json")
            .getSchema();

    assertThat(written.get$ref())
        .isEqualTo("#/components/schemas/ModifyDataSynchronizationConfigRequest");
    assertThat(resolved.get$ref()).isNull();
    assertThat(resolved.getProperties()).containsKey("task_name");
    assertThat(MODEL.openApiAsWritten()).isSameAs(MODEL.openApiAsWritten());
  }

  @Test
  void the_tree_is_the_root_file_as_written_and_a_copy() {
    JsonNode tree = MODEL.tree();
    assertThat(tree.path("openapi").asText()).isEqualTo("3.0.3");
    assertThat(tree.at("/paths").has(OPERATION)).isTrue();
    assertThat(tree.findValuesAsText("$ref"))
        .contains("#/components/schemas/ModifyDataSynchronizationConfigRequest");

    ((ObjectNode) tree).put("openapi", "changed");
    assertThat(MODEL.tree().path("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void reports_what_the_parser_says_about_a_document_that_still_reads() {
    String text = MODEL.text().replaceFirst("(?m)^info:\\n", "info:\n  owner: team\n");
    ContractModel model = ContractModel.parse(text);

    assertThat(model.parserMessages())
        .anySatisfy(message -> assertThat(message).contains("attribute info.owner is unexpected"));
    assertThat(model.operations()).hasSize(1);
  }

  @Test
  void reports_a_dangling_internal_reference_as_written() {
    String text =
        MODEL
            .text()
            .replace(
                "'#/components/schemas/ModifyDataSynchronizationConfigRequest'",
                "'#/components/schemas/Nowhere'");
    ContractModel model = ContractModel.parse(text);

    assertThat(model.parserMessages())
        .anySatisfy(message -> assertThat(message).contains("Nowhere"));
  }

  @Test
  void a_text_that_is_no_openapi_document_says_why() {
    assertThatThrownBy(() -> ContractModel.parse("just: text\n"))
        .isInstanceOf(NotAnOpenApiDocumentException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> assertThat(((NotAnOpenApiDocumentException) e).parserMessages()).isNotEmpty());
  }

  @Test
  void a_file_is_read_with_its_location_so_relative_references_resolve(@TempDir Path directory)
      throws IOException {
    Files.writeString(
        directory.resolve("contract.yaml"),
        MODEL.text().replace("$ref: '#/components/schemas/DbConfig'", "$ref: 'db-config.yaml'"));
    JsonNode dbConfig = MODEL.tree().at("/components/schemas/DbConfig");
    Files.writeString(
        directory.resolve("db-config.yaml"), new YAMLMapper().writeValueAsString(dbConfig));

    ContractModel model = ContractModel.parse(directory.resolve("contract.yaml"));

    Schema<?> dbConfigs =
        model
            .operations()
            .get(0)
            .requestBody()
            .orElseThrow()
            .schema()
            .getProperties()
            .get("db_configs");
    assertThat(dbConfigs.getItems().getProperties()).containsKeys("param_name", "value");
    Schema<?> request =
        model
            .openApiAsWritten()
            .getComponents()
            .getSchemas()
            .get("ModifyDataSynchronizationConfigRequest");
    Schema<?> writtenDbConfigs = request.getProperties().get("db_configs");
    assertThat(writtenDbConfigs.getItems().get$ref())
        .startsWith("#/components/schemas/")
        .doesNotContain("db-config.yaml");
  }
}
