package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits a schema and every schema nested in it (properties, items, compositions), each with its
 * JSON pointer (Jackson's {@link JsonPointer}, which escapes {@code /} and {@code ~} in names).
 * References are not followed: each component is visited once, in its own place.
 */
final class SchemaWalker {

  private SchemaWalker() {}

  /**
   * Walks every component schema of the document, each from {@code #/components/schemas/<name>}.
   */
  static void walkComponents(OpenAPI api, BiConsumer<JsonPointer, Schema<?>> visitor) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) ->
                walk(
                    schema,
                    JsonPointer.empty()
                        .appendProperty("components")
                        .appendProperty("schemas")
                        .appendProperty(name),
                    visitor));
  }

  static void walk(
      Schema<?> schema, JsonPointer location, BiConsumer<JsonPointer, Schema<?>> visitor) {
    if (schema == null) {
      return;
    }
    visitor.accept(location, schema);
    if (schema.get$ref() != null) {
      return;
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      properties.forEach(
          (name, property) ->
              walk(property, location.appendProperty("properties").appendProperty(name), visitor));
    }
    walk(schema.getItems(), location.appendProperty("items"), visitor);
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      walk(additional, location.appendProperty("additionalProperties"), visitor);
    }
    walkAll(schema.getAllOf(), location.appendProperty("allOf"), visitor);
    walkAll(schema.getAnyOf(), location.appendProperty("anyOf"), visitor);
    walkAll(schema.getOneOf(), location.appendProperty("oneOf"), visitor);
    walk(schema.getNot(), location.appendProperty("not"), visitor);
  }

  private static void walkAll(
      List<Schema> schemas, JsonPointer location, BiConsumer<JsonPointer, Schema<?>> visitor) {
    if (schemas != null) {
      for (int i = 0; i < schemas.size(); i++) {
        walk(schemas.get(i), location.appendIndex(i), visitor);
      }
    }
  }
}
