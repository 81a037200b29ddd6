package io.contractkit.starrocks.review.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.api.ContractDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks bite: each case breaks a copy of the real contract in one way and expects the checks
 * to report exactly that rule at that place.
 */
class ChecksBiteTest {

  private static final String OPERATION =
      "/paths/~1v3~1{project_id}~1instances~1{instance_id}~1starrocks~1databases~1replication/put";

  @TempDir Path temp;

  static Stream<Arguments> brokenCopies() {
    return Stream.of(
        broken(
            "an example with a wrong type",
            doc -> object(doc, "/components/examples/seed_success/value").put("job_id", 42),
            "example-matches-schema",
            "#/components/examples/seed_success"),
        broken(
            "an example breaking a pattern",
            doc ->
                object(doc, "/components/examples/deny_list_with_tables/value")
                    .put("task_name", "sales-to-olap"),
            "example-matches-schema",
            "#/components/examples/deny_list_with_tables"),
        broken(
            "an example with an unknown request field",
            doc ->
                object(doc, "/components/examples/minimal_body/value")
                    .put("task_nmae", "sales_sync"),
            "example-matches-schema",
            "#/components/examples/minimal_body"),
        broken(
            "a parameter example breaking its pattern",
            doc ->
                object(doc, "/components/parameters/InstanceId")
                    .put("example", "61a4ea66210545909d74a05c27a7179bin07"),
            "example-matches-schema",
            "parameters/1/example"),
        broken(
            "a property without a description",
            doc ->
                object(doc, "/components/schemas/DbConfig/properties/value").remove("description"),
            "described",
            "#/components/schemas/DbConfig/properties/value"),
        broken(
            "a request string without bound",
            doc -> object(doc, "/components/schemas/DbConfig/properties/value").remove("maxLength"),
            "bounded-request-strings",
            "#/components/schemas/DbConfig/properties/value"),
        broken(
            "a pattern without anchors",
            doc ->
                object(
                        doc,
                        "/components/schemas/ModifyDataSynchronizationConfigRequest/properties/task_name")
                    .put("pattern", "[A-Za-z0-9_]{3,128}"),
            "anchored-patterns",
            "#/components/schemas/ModifyDataSynchronizationConfigRequest/properties/task_name"),
        broken(
            "a camelCase property",
            doc -> {
              ObjectNode properties =
                  object(doc, "/components/schemas/DbConfigCheckResult/properties");
              properties.set("checkResult", properties.remove("check_result"));
            },
            "snake-case-properties",
            "#/components/schemas/DbConfigCheckResult/properties/checkResult"),
        broken(
            "an unused schema",
            doc ->
                object(doc, "/components/schemas")
                    .putObject("Orphan")
                    .put("type", "object")
                    .put("description", "Nobody uses me."),
            "no-unused-components",
            "#/components/schemas/Orphan"),
        broken(
            "an error response written inline",
            doc ->
                object(doc, OPERATION + "/responses")
                    .set("500", doc.at("/components/responses/ServerError").deepCopy()),
            "shared-errors",
            "/responses/500"),
        broken(
            "security declared only at the top level",
            doc -> {
              ((ObjectNode) doc).set("security", object(doc, OPERATION).remove("security"));
            },
            "operation-security",
            OPERATION.substring(1).replace("/paths/", "paths/")),
        broken(
            "an undocumented 401",
            doc -> object(doc, OPERATION + "/responses").remove("401"),
            "errors-documented",
            "/responses"),
        broken(
            "a response without named examples",
            doc ->
                object(doc, "/components/responses/ServerError/content/application~1json")
                    .remove("examples"),
            "named-examples",
            "/responses/500/content/application~1json"),
        broken(
            "an example without a summary",
            doc -> object(doc, "/components/examples/internal_error").remove("summary"),
            "named-examples",
            "/examples/internal_error"),
        broken(
            "an operationId that is not a verb phrase",
            doc -> object(doc, OPERATION).put("operationId", "replicationConfig"),
            "operation-metadata",
            OPERATION.substring(1).replace("/paths/", "paths/")),
        broken(
            "a security requirement naming no scheme",
            doc -> object(doc, OPERATION + "/security/0").putArray("nowhere"),
            "parser",
            "unknown scheme nowhere"),
        broken(
            "a field the parser does not know",
            doc -> object(doc, "/info").put("owner", "team"),
            "parser",
            "attribute info.owner is unexpected"));
  }

  @ParameterizedTest(name = "reports {0}")
  @MethodSource("brokenCopies")
  void reports_the_broken_place_and_rule(
      String what, Consumer<JsonNode> breakIt, String rule, String place) throws IOException {
    JsonNode copy = new YAMLMapper().readTree(ContractDocument.url());
    breakIt.accept(copy);
    Path file = temp.resolve("broken.yaml");
    Files.writeString(file, new YAMLMapper().writeValueAsString(copy));

    List<Finding> findings = SpecLint.check(SpecDocument.parse(file));

    assertThat(findings)
        .as("findings for %s:%s", what, SpecLint.describe(findings))
        .anySatisfy(
            finding -> {
              assertThat(finding.rule()).isEqualTo(rule);
              assertThat(finding.location() + " " + finding.message()).contains(place);
            });
  }

  private static Arguments broken(
      String what, Consumer<JsonNode> breakIt, String rule, String place) {
    return Arguments.of(what, breakIt, rule, place);
  }

  private static ObjectNode object(JsonNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }
}
