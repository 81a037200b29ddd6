package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.DocumentPair.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * Why the gate has rules of its own: openapi-diff, on its defaults, gets these wrong. Each test
 * shows openapi-diff's answer and the gate's. Should a new openapi-diff fix one, its test fails and
 * the override can go.
 */
class OpenApiDiffBlindSpotsTest {

  @TempDir Path temp;

  @Test
  void a_removed_optional_response_property_is_breaking_though_openapi_diff_calls_it_compatible() {
    DocumentPair pair =
        pair(doc -> object(doc, "/components/schemas/Thing/properties").remove("note"));

    assertThat(openApiDiffAlone(pair).isIncompatible()).isFalse();
    assertThat(CompatibilityVerdict.of(pair.before(), pair.after()).breakingChanges())
        .anySatisfy(change -> assertThat(change.rule()).isEqualTo("property-removed"));
  }

  @Test
  void a_new_response_status_is_breaking_though_openapi_diff_calls_it_compatible() {
    DocumentPair pair =
        pair(
            doc ->
                object(doc, "/paths/~1things~1{id}/put/responses")
                    .putObject("409")
                    .put("description", "Conflict."));

    assertThat(openApiDiffAlone(pair).isIncompatible()).isFalse();
    assertThat(CompatibilityVerdict.of(pair.before(), pair.after()).breakingChanges())
        .anySatisfy(change -> assertThat(change.rule()).isEqualTo("response-status-added"));
  }

  @Test
  void a_loosened_request_pattern_is_compatible_though_openapi_diff_calls_it_incompatible() {
    DocumentPair pair =
        pair(
            doc ->
                object(doc, "/components/schemas/ThingRequest/properties/name")
                    .put("pattern", "^[a-z_]{3,16}$"));

    assertThat(openApiDiffAlone(pair).isIncompatible()).isTrue();
    CompatibilityVerdict verdict = CompatibilityVerdict.of(pair.before(), pair.after());
    assertThat(verdict.breaking()).as("breaking changes: %s", verdict.changes()).isFalse();
    assertThat(verdict.openApiDiff().incompatible())
        .as("openapi-diff with the gate's overrides")
        .isFalse();
  }

  @Test
  void an_incompatibility_only_openapi_diff_sees_still_fails_the_gate() {
    // A read-only request property: no rule of the gate's looks at readOnly on a property the
    // request already had, openapi-diff does.
    DocumentPair pair =
        pair(
            doc ->
                object(doc, "/components/schemas/ThingRequest/properties/size")
                    .put("readOnly", true));

    CompatibilityVerdict verdict = CompatibilityVerdict.of(pair.before(), pair.after());

    assertThat(verdict.breaking()).isTrue();
  }

  @Test
  void
      a_response_array_promising_fewer_items_is_compatible_though_openapi_diff_calls_it_incompatible() {
    DocumentPair pair =
        DocumentPair.mini(
            temp,
            doc ->
                object(doc, "/components/schemas/Thing/properties")
                    .putObject("labels")
                    .put("type", "array")
                    .put("maxItems", 10)
                    .putObject("items")
                    .put("type", "string"),
            doc -> object(doc, "/components/schemas/Thing/properties/labels").put("maxItems", 5));

    assertThat(openApiDiffAlone(pair).isIncompatible()).isTrue();
    CompatibilityVerdict verdict = CompatibilityVerdict.of(pair.before(), pair.after());
    assertThat(verdict.breaking()).as("breaking changes: %s", verdict.changes()).isFalse();
  }

  @Test
  void
      a_header_parameter_whose_name_changes_case_only_is_compatible_though_openapi_diff_calls_it_incompatible() {
    DocumentPair pair =
        pair(doc -> object(doc, "/paths/~1things~1{id}/put/parameters/1").put("name", "x-trace"));

    assertThat(openApiDiffAlone(pair).isIncompatible()).isTrue();
    CompatibilityVerdict verdict = CompatibilityVerdict.of(pair.before(), pair.after());
    assertThat(verdict.breaking()).as("breaking changes: %s", verdict.changes()).isFalse();
  }

  @Test
  void a_request_array_allowing_fewer_items_stays_breaking_with_openapi_diff_filtered() {
    DocumentPair pair =
        pair(
            doc ->
                object(doc, "/components/schemas/ThingRequest/properties/tags").put("maxItems", 2));

    CompatibilityVerdict verdict = CompatibilityVerdict.of(pair.before(), pair.after());
    assertThat(verdict.openApiDiff().incompatible())
        .as("openapi-diff's request maxItems finding is kept")
        .isTrue();
    assertThat(verdict.breaking()).isTrue();
  }

  private DocumentPair pair(Consumer<JsonNode> change) {
    return DocumentPair.mini(temp, change);
  }

  private static ChangedOpenApi openApiDiffAlone(DocumentPair pair) {
    return OpenApiCompare.fromContents(pair.before().text(), pair.after().text());
  }
}
