package io.contractkit.starrocks.contract.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a JSON body: property names and array indexes from the root. Reads and
 * replaces values in a copy of a body so that each derived case changes exactly one place.
 */
public record FieldPath(List<Object> segments) {

  public static FieldPath root() {
    return new FieldPath(List.of());
  }

  public FieldPath property(String name) {
    List<Object> next = new ArrayList<>(segments);
    next.add(name);
    return new FieldPath(List.copyOf(next));
  }

  public FieldPath item() {
    List<Object> next = new ArrayList<>(segments);
    next.add(0);
    return new FieldPath(List.copyOf(next));
  }

  /** The property an error message should name: the innermost property on the path. */
  public String fieldName() {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (segments.get(i) instanceof String name) {
        return name;
      }
    }
    return "body";
  }

  /** The value at this path, or {@code null} when the body does not reach it. */
  public JsonNode read(JsonNode body) {
    JsonNode current = body;
    for (Object segment : segments) {
      if (current == null) {
        return null;
      }
      current = segment instanceof String name ? current.get(name) : current.get((Integer) segment);
    }
    return current;
  }

  /** A copy of the body with the value at this path replaced. */
  public JsonNode replace(JsonNode body, JsonNode value) {
    if (segments.isEmpty()) {
      return value;
    }
    JsonNode copy = body.deepCopy();
    JsonNode parent = new FieldPath(segments.subList(0, segments.size() - 1)).read(copy);
    Object last = segments.get(segments.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).set(name, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
    return copy;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("body");
    for (Object segment : segments) {
      text.append(segment instanceof String name ? "." + name : "[" + segment + "]");
    }
    return text.toString();
  }
}
