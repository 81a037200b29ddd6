package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * A minimal value a schema accepts, for operations whose body has no example: only required
 * properties, each from its example, default or first enum value, else the smallest value of its
 * type. Patterns are not synthesized: a required patterned string without an example fails loudly.
 */
final class BodySynthesizer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BodySynthesizer() {}

  static JsonNode minimal(Schema<?> schema) {
    return value(schema, "body");
  }

  private static JsonNode value(Schema<?> schema, String where) {
    if (schema == null) {
      return NODES.objectNode();
    }
    if (schema.getExample() != null) {
      return Json.mapper().valueToTree(schema.getExample());
    }
    if (schema.getDefault() != null) {
      return Json.mapper().valueToTree(schema.getDefault());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Json.mapper().valueToTree(schema.getEnum().get(0));
    }
    String type =
        schema.getType() != null
            ? schema.getType()
            : schema.getProperties() != null ? "object" : null;
    if (type == null) {
      return NODES.objectNode();
    }
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (String name : required) {
          Schema<?> property =
              schema.getProperties() == null ? null : schema.getProperties().get(name);
          object.set(name, value(property, where + "." + name));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        for (int i = 0; i < min; i++) {
          array.add(value(schema.getItems(), where + "[" + i + "]"));
        }
        return array;
      }
      case "string" -> {
        if (schema.getPattern() != null) {
          throw new IllegalStateException(
              where
                  + " must match "
                  + schema.getPattern()
                  + " and the document shows no value for it");
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        return NODES.textNode("x".repeat(min));
      }
      case "integer", "number" -> {
        return schema.getMinimum() != null
            ? NODES.numberNode(schema.getMinimum())
            : NODES.numberNode(0);
      }
      case "boolean" -> {
        return NODES.booleanNode(false);
      }
      default -> {
        return NODES.nullNode();
      }
    }
  }
}
