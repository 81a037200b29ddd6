package io.contractkit.starrocks.contract.cases;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a value sits in a JSON body, as a JSON Pointer (RFC 6901, Jackson's {@link JsonPointer},
 * which escapes and walks the path): reads and replaces values in a copy of a body so that each
 * derived case changes exactly one place, and names the field an error message should name.
 */
public record FieldPath(JsonPointer pointer) {

  public static FieldPath root() {
    return new FieldPath(JsonPointer.empty());
  }

  public FieldPath property(String name) {
    return new FieldPath(pointer.appendProperty(name));
  }

  /** The first item of the array at this path. */
  public FieldPath item() {
    return new FieldPath(pointer.appendIndex(0));
  }

  public boolean isRoot() {
    return pointer.matches();
  }

  /** The property an error message should name: the innermost property on the path. */
  public String fieldName() {
    String name = "body";
    for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
      if (!step.mayMatchElement()) {
        name = step.getMatchingProperty();
      }
    }
    return name;
  }

  /** The value at this path, or {@code null} when the body does not reach it. */
  public JsonNode read(JsonNode body) {
    JsonNode found = body.at(pointer);
    return found.isMissingNode() ? null : found;
  }

  /** A copy of the body with the value at this path replaced. */
  public JsonNode replace(JsonNode body, JsonNode value) {
    if (isRoot()) {
      return value;
    }
    JsonNode copy = body.deepCopy();
    JsonNode parent = copy.at(pointer.head());
    JsonPointer last = pointer.last();
    if (parent instanceof ArrayNode array && last.mayMatchElement()) {
      array.set(last.getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(last.getMatchingProperty(), value);
    }
    return copy;
  }

  /** The path as case names show it: {@code body.tables_configs[0].table_name}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("body");
    for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
      text.append(
          step.mayMatchElement()
              ? "[" + step.getMatchingIndex() + "]"
              : "." + step.getMatchingProperty());
    }
    return text.toString();
  }
}
