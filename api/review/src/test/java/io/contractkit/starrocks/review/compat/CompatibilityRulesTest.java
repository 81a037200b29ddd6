package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.DocumentPair.array;
import static io.contractkit.starrocks.review.compat.DocumentPair.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the gate on a tiny document ({@code review/mini.yaml}) and a copy changed in one
 * way: for each rule, a change it calls breaking and one it calls compatible.
 */
class CompatibilityRulesTest {

  private static final String OP = "/paths/~1things~1{id}/put";
  private static final String REQUEST = "/components/schemas/ThingRequest/properties";
  private static final String RESPONSE = "/components/schemas/Thing/properties";
  private static final Verdict BREAKING = Verdict.BREAKING;
  private static final Verdict COMPATIBLE = Verdict.COMPATIBLE;

  @TempDir Path temp;

  static Stream<Arguments> changes() {
    return Stream.of(
        // property-removed / property-added: openapi-diff calls the first one compatible.
        judged(
            "a removed optional response property",
            BREAKING,
            "property-removed",
            "`note`",
            doc -> object(doc, RESPONSE).remove("note")),
        judged(
            "a removed request property",
            BREAKING,
            "property-removed",
            "`size`",
            doc -> object(doc, REQUEST).remove("size")),
        judged(
            "a new required request property",
            BREAKING,
            "property-added",
            "`owner`",
            doc -> {
              object(doc, REQUEST).putObject("owner").put("type", "string").put("maxLength", 8);
              object(doc, "/components/schemas/ThingRequest").putArray("required").add("owner");
            }),
        judged(
            "a new optional request property",
            COMPATIBLE,
            "property-added",
            "`owner`",
            doc ->
                object(doc, REQUEST).putObject("owner").put("type", "string").put("maxLength", 8)),
        judged(
            "a new response property",
            COMPATIBLE,
            "property-added",
            "`owner`",
            doc -> object(doc, RESPONSE).putObject("owner").put("type", "string")),
        // required-changed
        judged(
            "an existing request property made required",
            BREAKING,
            "required-changed",
            "`name`",
            doc ->
                object(doc, "/components/schemas/ThingRequest").putArray("required").add("name")),
        judged(
            "a required response property made optional",
            BREAKING,
            "required-changed",
            "`id`",
            doc -> object(doc, "/components/schemas/Thing").remove("required")),
        judged(
            "an optional response property made required",
            COMPATIBLE,
            "required-changed",
            "`note`",
            doc -> array(doc, "/components/schemas/Thing/required").add("note")),
        // pattern: compared as languages.
        judged(
            "a request pattern's repetition widened from {3,8} to {3,16}",
            COMPATIBLE,
            "pattern",
            "loosened",
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[a-z_]{3,16}$")),
        judged(
            "a request pattern given an extra alternative",
            COMPATIBLE,
            "pattern",
            "loosened",
            doc -> object(doc, REQUEST + "/name").put("pattern", "^(?:[a-z_]{3,8}|[0-9]{3})$")),
        judged(
            "a request pattern rewritten into an equivalent one",
            COMPATIBLE,
            "pattern",
            "equivalent",
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[_a-z][a-z_]{2,7}$")),
        judged(
            "a request pattern that stops accepting underscores",
            BREAKING,
            "pattern",
            "`_",
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[a-z]{3,8}$")),
        judged(
            "a request pattern the gate cannot read (look-ahead)",
            BREAKING,
            "pattern",
            "cannot prove",
            doc -> object(doc, REQUEST + "/name").put("pattern", "^(?=[a-z])[a-z_]{3,8}$")),
        judged(
            "a tightened path parameter pattern",
            BREAKING,
            "pattern",
            "tightened",
            doc -> object(doc, OP + "/parameters/0/schema").put("pattern", "^[a-z]{4}$")),
        judged(
            "a loosened response pattern",
            BREAKING,
            "pattern",
            "loosened",
            doc -> object(doc, RESPONSE + "/code").put("pattern", "^[A-Z]{2}[0-9]{3,4}$")),
        judged(
            "a tightened response pattern",
            COMPATIBLE,
            "pattern",
            "tightened",
            doc -> object(doc, RESPONSE + "/code").put("pattern", "^AB[0-9]{3}$")),
        // length
        judged(
            "a lower request maxLength",
            BREAKING,
            "length",
            "narrowed",
            doc -> object(doc, REQUEST + "/name").put("maxLength", 6)),
        judged(
            "a higher request minLength",
            BREAKING,
            "length",
            "narrowed",
            doc -> object(doc, REQUEST + "/name").put("minLength", 4)),
        judged(
            "a higher request maxLength",
            COMPATIBLE,
            "length",
            "widened",
            doc -> object(doc, REQUEST + "/name").put("maxLength", 16)),
        judged(
            "a higher response maxLength",
            BREAKING,
            "length",
            "widened",
            doc -> object(doc, RESPONSE + "/id").put("maxLength", 32)),
        judged(
            "a lower response maxLength",
            COMPATIBLE,
            "length",
            "narrowed",
            doc -> object(doc, RESPONSE + "/id").put("maxLength", 8)),
        // enum
        judged(
            "a request enum that loses a value",
            BREAKING,
            "enum",
            "[large]",
            doc -> array(doc, REQUEST + "/kind/enum").remove(1)),
        judged(
            "a request enum that gains a value",
            COMPATIBLE,
            "enum",
            "[medium]",
            doc -> array(doc, REQUEST + "/kind/enum").add("medium")),
        judged(
            "a response enum that gains a value",
            COMPATIBLE,
            "enum",
            "[paused]",
            doc -> array(doc, RESPONSE + "/status/enum").add("paused")),
        judged(
            "a response enum that loses a value",
            BREAKING,
            "enum",
            "[off]",
            doc -> array(doc, RESPONSE + "/status/enum").remove(1)),
        judged(
            "an enum put on a response field that had none",
            BREAKING,
            "type-changed",
            "enum",
            doc -> object(doc, RESPONSE + "/id").putArray("enum").add("t1")),
        // type-changed
        judged(
            "an integer that becomes a string",
            BREAKING,
            "type-changed",
            "`integer` to `string`",
            doc -> object(doc, REQUEST + "/size").put("type", "string").put("maxLength", 2)),
        judged(
            "a new format on a response string",
            BREAKING,
            "type-changed",
            "format",
            doc -> object(doc, RESPONSE + "/id").put("format", "uuid")),
        // response statuses: openapi-diff misses the new one.
        judged(
            "a new response status",
            BREAKING,
            "response-status-added",
            "404",
            doc ->
                object(doc, OP + "/responses").putObject("404").put("description", "Not found.")),
        judged(
            "a removed response status",
            BREAKING,
            "response-status-removed",
            "400",
            doc -> object(doc, OP + "/responses").remove("400")),
        // examples: stub consumers select them by name.
        judged(
            "a renamed response example",
            BREAKING,
            "example-removed",
            "renamed to `fine`",
            doc -> {
              ObjectNode examples =
                  object(doc, OP + "/responses/200/content/application~1json/examples");
              examples.set("fine", examples.remove("ok"));
            }),
        judged(
            "an example moved to another status",
            BREAKING,
            "example-removed",
            "from response 400 to 200",
            doc ->
                object(doc, OP + "/responses/200/content/application~1json/examples")
                    .set(
                        "bad",
                        object(doc, OP + "/responses/400/content/application~1json/examples")
                            .remove("bad"))),
        judged(
            "a new response example",
            COMPATIBLE,
            "example-changed",
            "new 200 example",
            doc ->
                object(doc, OP + "/responses/200/content/application~1json/examples")
                    .putObject("third")
                    .putObject("value")
                    .put("id", "t3")),
        judged(
            "a response example with another body",
            COMPATIBLE,
            "example-changed",
            "body changed",
            doc ->
                object(doc, OP + "/responses/200/content/application~1json/examples/ok/value")
                    .put("id", "t9")),
        // operations and SDK names
        judged(
            "a removed operation",
            BREAKING,
            "operation-removed",
            "PUT /things/{id}",
            doc -> {
              ObjectNode paths = object(doc, "/paths");
              paths.set("/items/{id}", paths.remove("/things/{id}"));
            }),
        judged(
            "a new operation",
            COMPATIBLE,
            "operation-added",
            "POST /things/{id}",
            doc -> object(doc, "/paths/~1things~1{id}").set("post", doc.at(OP).deepCopy())),
        judged(
            "a changed operationId",
            BREAKING,
            "sdk-names",
            "`changeThing`",
            doc -> object(doc, OP).put("operationId", "changeThing")),
        judged(
            "a renamed schema",
            BREAKING,
            "sdk-names",
            "`Item`",
            doc -> {
              ObjectNode schemas = object(doc, "/components/schemas");
              schemas.set("Item", schemas.remove("Thing"));
              object(doc, OP + "/responses/200/content/application~1json/schema")
                  .put("$ref", "#/components/schemas/Item");
            }),
        // parameters
        judged(
            "a removed header parameter",
            BREAKING,
            "parameter-removed",
            "x-trace",
            doc -> array(doc, OP + "/parameters").remove(1)),
        judged(
            "an optional parameter made required",
            BREAKING,
            "parameter-required",
            "x-trace",
            doc -> object(doc, OP + "/parameters/1").put("required", true)),
        judged(
            "a new required query parameter",
            BREAKING,
            "parameter-required",
            "dry_run",
            doc ->
                array(doc, OP + "/parameters")
                    .addObject()
                    .put("name", "dry_run")
                    .put("in", "query")
                    .put("required", true)
                    .putObject("schema")
                    .put("type", "boolean")),
        judged(
            "a new optional query parameter",
            COMPATIBLE,
            "parameter-required",
            "dry_run",
            doc ->
                array(doc, OP + "/parameters")
                    .addObject()
                    .put("name", "dry_run")
                    .put("in", "query")
                    .putObject("schema")
                    .put("type", "boolean")),
        // security
        judged(
            "a removed way to authenticate",
            BREAKING,
            "security",
            "signature",
            doc -> array(doc, "/security").remove(1)),
        judged(
            "a new way to authenticate",
            COMPATIBLE,
            "security",
            "bearer",
            doc -> {
              object(doc, "/components/securitySchemes")
                  .putObject("bearer")
                  .put("type", "http")
                  .put("scheme", "bearer");
              array(doc, "/security").addObject().putArray("bearer");
            }),
        judged(
            "a renamed credential header",
            BREAKING,
            "security",
            "X-Token",
            doc -> object(doc, "/components/securitySchemes/token").put("name", "X-Token")),
        judged(
            "a tightened credential format",
            BREAKING,
            "security",
            "tightened",
            doc ->
                object(doc, "/components/securitySchemes/signature")
                    .put("x-value-pattern", "^SIG [0-9]{8}$")),
        judged(
            "a loosened credential format",
            COMPATIBLE,
            "security",
            "loosened",
            doc ->
                object(doc, "/components/securitySchemes/signature")
                    .put("x-value-pattern", "^SIG [0-9a-fA-F]{8}$")),
        // smaller rules
        judged(
            "a changed request default",
            BREAKING,
            "default-changed",
            "`safe` became `fast`",
            doc -> object(doc, REQUEST + "/mode").put("default", "fast")),
        judged(
            "a request object that stops accepting other fields",
            BREAKING,
            "additional-properties",
            "no longer accepts",
            doc -> object(doc, "/components/schemas/Nested").put("additionalProperties", false)),
        judged(
            "a request object that starts accepting other fields",
            COMPATIBLE,
            "additional-properties",
            "now accepts",
            doc -> object(doc, "/components/schemas/ThingRequest").remove("additionalProperties")),
        judged(
            "a response value made nullable",
            BREAKING,
            "nullable",
            "became nullable",
            doc -> object(doc, RESPONSE + "/note").put("nullable", true)),
        judged(
            "a narrower request number range",
            BREAKING,
            "numeric-range",
            "maximum 10 became 5",
            doc -> object(doc, REQUEST + "/size").put("maximum", 5)),
        judged(
            "a wider request number range",
            COMPATIBLE,
            "numeric-range",
            "maximum 10 became 50",
            doc -> object(doc, REQUEST + "/size").put("maximum", 50)),
        judged(
            "a lower request maxItems",
            BREAKING,
            "array-size",
            "maxItems 5 became 2",
            doc -> object(doc, REQUEST + "/tags").put("maxItems", 2)),
        judged(
            "a higher request maxItems",
            COMPATIBLE,
            "array-size",
            "maxItems 5 became 9",
            doc -> object(doc, REQUEST + "/tags").put("maxItems", 9)),
        judged(
            "a removed response header",
            BREAKING,
            "response-header",
            "x-request-id",
            doc -> object(doc, OP + "/responses/200").remove("headers")),
        judged(
            "a removed server",
            BREAKING,
            "server-removed",
            "https://api.example.test",
            doc -> object(doc, "/servers/0").put("url", "https://other.example.test")),
        judged(
            "a schema keyword no rule knows",
            BREAKING,
            "unrecognized",
            "minProperties",
            doc -> object(doc, "/components/schemas/Nested").put("minProperties", 1)),
        judged(
            "a new request media type",
            COMPATIBLE,
            "media-type",
            "text/plain",
            doc ->
                object(doc, OP + "/requestBody/content")
                    .set(
                        "text/plain",
                        doc.at(OP + "/requestBody/content/application~1json").deepCopy())),
        judged(
            "a removed request media type",
            BREAKING,
            "media-type",
            "application/json",
            doc -> object(doc, OP + "/requestBody/content").removeAll()));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("changes")
  void judges_each_change(
      String change, Verdict verdict, String rule, String named, Consumer<JsonNode> edit) {
    DocumentPair pair = DocumentPair.mini(temp, edit);

    List<Change> changes = CompatibilityCheck.compare(pair.before(), pair.after());

    assertThat(changes)
        .as("changes found for %s: %s", change, changes)
        .anySatisfy(
            found -> {
              assertThat(found.rule()).isEqualTo(rule);
              assertThat(found.verdict()).isEqualTo(verdict);
              assertThat(found.where() + " " + found.what()).contains(named);
            });
    if (verdict == COMPATIBLE) {
      assertThat(changes).as("no breaking change for %s", change).noneMatch(Change::breaking);
    }
  }

  @Test
  void documentation_changes_are_no_changes() {
    DocumentPair pair =
        DocumentPair.mini(
            temp,
            doc -> {
              object(doc, REQUEST + "/name").put("description", "The thing's name.");
              object(doc, OP).put("summary", "Update a thing");
              object(doc, "/info").put("description", "Now described.");
            });

    assertThat(CompatibilityCheck.compare(pair.before(), pair.after())).isEmpty();
  }

  @Test
  void a_lower_request_max_length_is_compatible_when_the_pattern_already_enforced_it() {
    DocumentPair pair =
        DocumentPair.mini(
            temp,
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[a-z_]{3,6}$"),
            doc ->
                object(doc, REQUEST + "/name").put("pattern", "^[a-z_]{3,6}$").put("maxLength", 6));

    assertThat(CompatibilityCheck.compare(pair.before(), pair.after()))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.verdict()).isEqualTo(COMPATIBLE);
              assertThat(change.what()).contains("already keeps every value within it");
            });
  }

  @Test
  void
      a_textually_tighter_request_pattern_is_compatible_when_the_length_bound_already_enforced_it() {
    DocumentPair pair =
        DocumentPair.mini(
            temp,
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[a-z_]{3,16}$"),
            doc -> object(doc, REQUEST + "/name").put("pattern", "^[a-z_]{3,8}$"));

    assertThat(CompatibilityCheck.compare(pair.before(), pair.after()))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.verdict()).isEqualTo(COMPATIBLE);
              assertThat(change.rule()).isEqualTo("pattern");
              assertThat(change.what())
                  .contains("tightened, but the length bounds already rule out");
            });
  }

  private static Arguments judged(
      String change, Verdict verdict, String rule, String named, Consumer<JsonNode> edit) {
    return Arguments.of(change, verdict, rule, named, edit);
  }
}
