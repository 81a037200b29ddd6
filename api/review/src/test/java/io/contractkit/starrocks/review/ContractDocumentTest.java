package io.contractkit.starrocks.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.review.lint.ExampleSite;
import io.contractkit.starrocks.review.lint.ExampleSites;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The jar ships the document and a bundled copy that says the same thing. */
class ContractDocumentTest {

  @Test
  void ships_the_document_at_its_documented_classpath_location() {
    assertThat(ContractDocument.text()).startsWith("openapi: 3.0.3");
    assertThat(RepositoryLayout.contract().api().getPaths())
        .containsKey("/v3/{project_id}/instances/{instance_id}/starrocks/databases/replication");
  }

  @Test
  void bundled_copy_has_no_external_reference() throws IOException {
    JsonNode bundled = new ObjectMapper().readTree(ContractDocument.bundledUrl());
    assertThat(bundled.findValuesAsText("$ref"))
        .allSatisfy(ref -> assertThat(ref).startsWith("#/"));
  }

  @Test
  void bundled_copy_keeps_every_path_schema_and_example_of_the_document() throws IOException {
    JsonNode source = new YAMLMapper().readTree(ContractDocument.url());
    JsonNode bundled = new ObjectMapper().readTree(ContractDocument.bundledUrl());

    assertThat(bundled.path("paths")).hasSameSizeAs(source.path("paths"));
    assertThat(bundled.path("components").path("schemas"))
        .isEqualTo(source.path("components").path("schemas"));
    assertThat(bundled.path("components").path("examples"))
        .isEqualTo(source.path("components").path("examples"));
    assertThat(bundled.path("components").path("securitySchemes"))
        .isEqualTo(source.path("components").path("securitySchemes"));
    String bundledText;
    try (var in = ContractDocument.bundledUrl().openStream()) {
      bundledText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(
            examplesOf(
                SpecDocument.of(
                    ContractModel.parse(bundledText), ContractDocument.bundledUrl().toString())))
        .isEqualTo(examplesOf(RepositoryLayout.contract()));
  }

  private static Map<String, Object> examplesOf(SpecDocument document) {
    return ExampleSites.of(document).stream()
        .filter(site -> site.name() != null)
        .collect(
            Collectors.toMap(ExampleSite::name, site -> String.valueOf(site.value()), (a, b) -> a));
  }
}
