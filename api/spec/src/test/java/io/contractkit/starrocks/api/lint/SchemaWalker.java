package io.contractkit.starrocks.api.lint;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits a schema and every schema nested in it (properties, items, compositions), each with its
 * JSON pointer. References are not followed: each component is visited once, in its own place.
 */
final class SchemaWalker {

  private SchemaWalker() {}

  static void walk(Schema<?> schema, String location, BiConsumer<String, Schema<?>> visitor) {
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
          (name, property) -> walk(property, Pointer.child(location, "properties", name), visitor));
    }
    walk(schema.getItems(), Pointer.child(location, "items"), visitor);
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      walk(additional, Pointer.child(location, "additionalProperties"), visitor);
    }
    walkAll(schema.getAllOf(), Pointer.child(location, "allOf"), visitor);
    walkAll(schema.getAnyOf(), Pointer.child(location, "anyOf"), visitor);
    walkAll(schema.getOneOf(), Pointer.child(location, "oneOf"), visitor);
    walk(schema.getNot(), Pointer.child(location, "not"), visitor);
  }

  private static void walkAll(
      List<Schema> schemas, String location, BiConsumer<String, Schema<?>> visitor) {
    if (schemas != null) {
      for (int i = 0; i < schemas.size(); i++) {
        walk(schemas.get(i), Pointer.child(location, String.valueOf(i)), visitor);
      }
    }
  }
}
