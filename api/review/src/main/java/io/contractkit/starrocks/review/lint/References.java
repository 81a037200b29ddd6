package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which components a part of the document uses, directly or through other components. Works on the
 * document as a JSON tree so that every kind of {@code $ref} counts, wherever it sits.
 */
final class References {

  private final JsonNode root;

  References(JsonNode root) {
    this.root = root;
  }

  /**
   * Every {@code #/components/...} reference reachable from the given parts of the tree, as a
   * pointer into it.
   */
  Set<JsonPointer> reachableFrom(JsonNode... starts) {
    Set<JsonPointer> reached = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    for (JsonNode start : starts) {
      pending.push(start);
    }
    while (!pending.isEmpty()) {
      for (String ref : refsIn(pending.pop())) {
        if (!ref.startsWith("#/components/")) {
          continue;
        }
        JsonPointer pointer = JsonPointer.compile(ref.substring(1));
        if (reached.add(pointer)) {
          JsonNode target = root.at(pointer);
          if (!target.isMissingNode()) {
            pending.push(target);
          }
        }
      }
    }
    return reached;
  }

  private static Set<String> refsIn(JsonNode node) {
    Set<String> refs = new LinkedHashSet<>();
    collect(node, refs);
    return refs;
  }

  private static void collect(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
          refs.add(field.getValue().asText());
        } else {
          collect(field.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, refs));
    }
  }
}
