package io.contractkit.starrocks.contract.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of valid request bodies that a careless or hostile client sends: wrong types, odd
 * lengths, unicode of every plane, deep nesting, huge strings, broken JSON, duplicate keys,
 * bytes that are not UTF-8. Each mutation starts from one of the contract's request examples.
 */
final class MalformedRequests {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MalformedRequests() {}

  /** A body as raw bytes plus a label saying what was done to it, for the failure report. */
  record Mutated(String label, byte[] body) {
    @Override
    public String toString() {
      String text = new String(body, StandardCharsets.UTF_8);
      return label + ": " + (text.length() > 200 ? text.substring(0, 200) + "… (" + body.length + " bytes)" : text);
    }
  }

  static Arbitrary<Mutated> of(List<JsonNode> examples) {
    Arbitrary<JsonNode> base = Arbitraries.of(examples);
    return Arbitraries.oneOf(
        Combinators.combine(base, Arbitraries.integers().between(0, 64), oddValues())
            .as((body, index, value) -> replaceOne(body, index, value)),
        Combinators.combine(base, Arbitraries.integers().between(1, 400))
            .as((body, cut) -> truncated(body, cut)),
        base.map(MalformedRequests::duplicateKeys),
        Arbitraries.integers().between(100, 5_000).map(MalformedRequests::deeplyNested),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(512).map(bytes -> new Mutated("random bytes", bytes)),
        base.map(body -> new Mutated("invalid UTF-8 inside a string", invalidUtf8(body))));
  }

  private static Arbitrary<JsonNode> oddValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300).map(NODES::textNode),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20).map(NODES::textNode),
        Arbitraries.of("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "\u202Eabc", "a\u200Bb", "日本語テーブル", "\uFEFFbom", "").map(NODES::textNode),
        Arbitraries.integers().between(1_000, 2_000_000).map(length -> NODES.textNode("x".repeat(length))),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.of(NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode()),
        Arbitraries.integers().between(1, 50).map(MalformedRequests::nestedArrays));
  }

  /** Replaces the index-th value found walking the body (objects, arrays and leaves alike). */
  private static Mutated replaceOne(JsonNode body, int index, JsonNode value) {
    JsonNode copy = body.deepCopy();
    List<Runnable> replacements = new ArrayList<>();
    collect(copy, value, replacements);
    if (replacements.isEmpty()) {
      return new Mutated("unchanged", copy.toString().getBytes(StandardCharsets.UTF_8));
    }
    replacements.get(index % replacements.size()).run();
    return new Mutated("one value replaced", copy.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void collect(JsonNode node, JsonNode value, List<Runnable> replacements) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        replacements.add(() -> object.set(name, value));
        collect(object.get(name), value, replacements);
      });
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int position = i;
        replacements.add(() -> array.set(position, value));
        collect(array.get(i), value, replacements);
      }
    }
  }

  private static Mutated truncated(JsonNode body, int cut) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    int length = Math.max(1, Math.min(cut, bytes.length - 1));
    return new Mutated("truncated JSON", java.util.Arrays.copyOf(bytes, length));
  }

  private static Mutated duplicateKeys(JsonNode body) {
    String text = body.toString();
    if (!text.startsWith("{\"") || body.size() == 0) {
      return new Mutated("duplicate keys", "{\"task_name\":\"abc\",\"task_name\":\"abd\"}".getBytes(StandardCharsets.UTF_8));
    }
    String first = body.fieldNames().next();
    String repeated = "{\"" + first + "\":" + body.get(first) + "," + text.substring(1);
    return new Mutated("duplicate keys", repeated.getBytes(StandardCharsets.UTF_8));
  }

  private static Mutated deeplyNested(int depth) {
    String body = "{\"db_configs\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    return new Mutated("nested " + depth + " deep", body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode nestedArrays(int depth) {
    JsonNode node = NODES.textNode("leaf");
    for (int i = 0; i < depth; i++) {
      ArrayNode wrapper = NODES.arrayNode();
      wrapper.add(node);
      node = wrapper;
    }
    return node;
  }

  private static byte[] invalidUtf8(JsonNode body) {
    byte[] prefix = "{\"task_name\":\"ab".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "c\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xC3;
    bytes[prefix.length + 1] = (byte) 0x28;
    System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);
    return bytes;
  }
}
