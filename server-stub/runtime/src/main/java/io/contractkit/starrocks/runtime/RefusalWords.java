package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collection;

/**
 * The pieces of swagger-request-validator's messages that {@link QuickSchema#describe} words the
 * same way: JSON type names, values and lists as it prints them. Anything it is not sure of is
 * null, and the request then goes to the validator.
 */
final class RefusalWords {

  private RefusalWords() {}

  /** The validator's name of a value's JSON type, or null where its parser may see another. */
  static String typeName(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isInt() || value.isLong()) {
      return "integer";
    }
    if (value.isDouble() || value.isBigDecimal() || value.isFloat()) {
      return "number";
    }
    return null;
  }

  /** A scalar value as the validator quotes it in an enum message, or null for anything else. */
  static String shown(JsonNode value) {
    if (value.isTextual()
        || value.isBoolean()
        || value.isNull()
        || value.isInt()
        || value.isLong()) {
      return value.toString();
    }
    return null;
  }

  /** Names as a JSON array, in the given order. */
  static String jsonArray(Collection<String> names) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    names.forEach(array::add);
    return array.toString();
  }

  /** A property name as a JSON pointer token (RFC 6901). */
  static String pointerToken(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
