package io.contractkit.starrocks.review;

import static io.contractkit.starrocks.review.compat.DocumentPair.array;
import static io.contractkit.starrocks.review.compat.DocumentPair.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: copies of the real document, changed one way, reviewed against the real baseline. A
 * breaking change fails the gate naming it, and the report says so; a compatible one passes.
 */
class GateOnChangedCopiesTest {

  private static final String OPERATION =
      "/paths/~1v3~1{project_id}~1instances~1{instance_id}~1starrocks~1databases~1replication/put";
  private static final String REQUEST =
      "/components/schemas/ModifyDataSynchronizationConfigRequest";
  private static final String RESPONSE =
      "/components/schemas/ModifyDataSynchronizationConfigResponse";

  @TempDir Path temp;

  static Stream<Arguments> breakingCopies() {
    return Stream.of(
        copy(
            "an optional response property removed",
            "job_id",
            doc -> object(doc, RESPONSE + "/properties").remove("job_id")),
        copy(
            "the task_name request pattern tightened",
            "task_name",
            doc ->
                object(doc, REQUEST + "/properties/task_name")
                    .put("pattern", "^[a-z0-9_]{3,128}$")),
        copy(
            "a new 403 response",
            "response 403",
            doc ->
                object(doc, OPERATION + "/responses")
                    .set("403", doc.at(OPERATION + "/responses/401").deepCopy())),
        copy(
            "the seed_success example renamed",
            "seed_success",
            doc -> {
              ObjectNode examples =
                  object(doc, OPERATION + "/responses/200/content/application~1json/examples");
              examples.set("seed_example", examples.remove("seed_success"));
            }),
        copy(
            "exclude_tables dropped from repl_type",
            "exclude_tables",
            doc ->
                array(doc, "/components/schemas/TableReplConfig/properties/repl_type/enum")
                    .remove(1)),
        copy(
            "a new required request field",
            "region",
            doc -> {
              object(doc, REQUEST + "/properties")
                  .putObject("region")
                  .put("type", "string")
                  .put("maxLength", 32)
                  .put("description", "Region.");
              object(doc, REQUEST).putArray("required").add("region");
            }),
        copy(
            "AK/SK signing no longer accepted",
            "aksk_signature",
            doc -> array(doc, OPERATION + "/security").remove(1)),
        copy(
            "a response maxLength raised",
            "job_id",
            doc -> object(doc, RESPONSE + "/properties/job_id").put("maxLength", 256)));
  }

  static Stream<Arguments> compatibleCopies() {
    return Stream.of(
        copy(
            "the task_name request pattern and maxLength loosened to 256",
            "task_name",
            doc ->
                object(doc, REQUEST + "/properties/task_name")
                    .put("pattern", "^[A-Za-z0-9_]{3,256}$")
                    .put("maxLength", 256)),
        copy(
            "a new optional request field",
            "priority",
            doc ->
                object(doc, REQUEST + "/properties")
                    .putObject("priority")
                    .put("type", "string")
                    .put("maxLength", 16)
                    .put("description", "Scheduling priority.")),
        copy(
            "a new check_result value",
            "skipped",
            doc -> array(doc, "/components/schemas/CheckResult/enum").add("skipped")),
        copy(
            "a new optional response field",
            "finished_at",
            doc ->
                object(doc, RESPONSE + "/properties")
                    .putObject("finished_at")
                    .put("type", "string")
                    .put("description", "When the job ended.")));
  }

  @ParameterizedTest(name = "fails the gate: {0}")
  @MethodSource("breakingCopies")
  void a_breaking_change_fails_the_gate_naming_it_and_the_report_lists_it(
      String change, String named, Consumer<JsonNode> edit) throws IOException {
    SpecReview review = review(edit);
    Path report = review.write(temp.resolve("out"));

    assertThat(review.passes()).as("the gate on a copy with %s", change).isFalse();
    assertThat(review.compatibility().describeBreaking())
        .as("the gate's breaking changes on a copy with %s", change)
        .contains(named);
    assertThat(Files.readString(report)).contains("❌", named);
  }

  @ParameterizedTest(name = "passes the gate: {0}")
  @MethodSource("compatibleCopies")
  void a_compatible_change_passes_the_gate_and_is_listed(
      String change, String named, Consumer<JsonNode> edit) throws IOException {
    SpecReview review = review(edit);
    Path report = review.write(temp.resolve("out"));

    assertThat(review.compatibility().breakingChanges())
        .as("breaking changes on a copy with %s", change)
        .isEmpty();
    assertThat(review.compatibility().compatibleChanges())
        .anySatisfy(found -> assertThat(found.where() + found.what()).contains(named));
    assertThat(Files.readString(report)).contains("compatible with", named);
  }

  private SpecReview review(Consumer<JsonNode> edit) throws IOException {
    JsonNode copy = new YAMLMapper().readTree(ContractDocument.url());
    edit.accept(copy);
    Path file = temp.resolve("starrocks-sync.yaml");
    Files.writeString(file, new YAMLMapper().writeValueAsString(copy));
    return SpecReview.of(file, RepositoryLayout.baselineDirectory());
  }

  private static Arguments copy(String change, String named, Consumer<JsonNode> edit) {
    return Arguments.of(change, named, edit);
  }
}
