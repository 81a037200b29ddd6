package io.contractkit.starrocks.contract.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of valid request bodies that a careless or hostile client sends: wrong types, odd
 * lengths, unicode of every plane, deep nesting, huge strings, broken JSON, duplicate keys, bytes
 * that are not UTF-8. Each mutation starts from one of the contract's request examples and is drawn
 * from a seeded generator, so a failure can be replayed from its seed. An operation without a body
 * gets its path and query parameter values mutated instead.
 *
 * <p>Hand-rolled rather than jqwik: jqwik's maintainer asks that AI coding agents not use it, and
 * this suite is partly written by one.
 */
final class MalformedRequests {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ODD_TEXTS =
      List.of(
          "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
          "\u202Eabc",
          "a\u200Bb",
          "日本語テーブル",
          "\uFEFFbom",
          "",
          "\u0000",
          "a\u0000b",
          "\\u0000",
          "'; DROP TABLE t; --",
          "${jndi:ldap://x}",
          "%s%n",
          "\r\n\r\n");

  private final List<JsonNode> examples;
  private final List<String> parameters;
  private final Random random;

  /**
   * @param examples the valid bodies to mutate; empty for an operation without body
   * @param parameters the path and query parameters whose values are mutated when there is no body
   */
  MalformedRequests(List<JsonNode> examples, List<String> parameters, long seed) {
    if (examples.isEmpty() && parameters.isEmpty()) {
      throw new IllegalArgumentException(
          "Nothing to mutate: no body and no path or query parameter");
    }
    this.examples = List.copyOf(examples);
    this.parameters = List.copyOf(parameters);
    this.random = new Random(seed);
  }

  /**
   * A body as raw bytes (null to send the valid one, or none) and parameter values to use instead
   * of the valid ones, plus a label saying what was done, for the failure report.
   */
  record Mutated(String label, byte[] body, Map<String, String> parameters) {
    Mutated(String label, byte[] body) {
      this(label, body, Map.of());
    }

    @Override
    public String toString() {
      if (body == null) {
        return label
            + ": "
            + parameters.toString().substring(0, Math.min(200, parameters.toString().length()));
      }
      String text = new String(body, StandardCharsets.UTF_8);
      return label
          + ": "
          + (text.length() > 200 ? text.substring(0, 200) + "… (" + body.length + " bytes)" : text);
    }
  }

  Mutated next() {
    if (examples.isEmpty()) {
      return oddParameter();
    }
    JsonNode base = examples.get(random.nextInt(examples.size()));
    return switch (random.nextInt(7)) {
      case 0, 1 -> replaceOne(base, oddValue());
      case 2 -> truncated(base);
      case 3 -> duplicateKeys(base);
      case 4 -> deeplyNested(100 + random.nextInt(5_000));
      case 5 -> randomBytes();
      default -> invalidUtf8(base);
    };
  }

  /** One path or query parameter set to an odd text: what a careless client puts in a URL. */
  private Mutated oddParameter() {
    String name = parameters.get(random.nextInt(parameters.size()));
    String value =
        switch (random.nextInt(4)) {
          case 0 -> randomText(random.nextInt(100));
          case 1 -> ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size()));
          case 2 -> "x".repeat(1 + random.nextInt(4_000));
          default -> controlCharacters(1 + random.nextInt(20));
        };
    return new Mutated("parameter " + name + " replaced", null, Map.of(name, value));
  }

  private JsonNode oddValue() {
    return switch (random.nextInt(8)) {
      case 0 -> NODES.textNode(randomText(random.nextInt(300)));
      case 1 -> NODES.textNode(ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size())));
      case 2 -> NODES.textNode("x".repeat(1_000 + random.nextInt(2_000_000)));
      case 3 -> NODES.numberNode(random.nextLong());
      case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(300)));
      case 5 ->
          List.of(NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode())
              .get(random.nextInt(4));
      case 6 -> nestedArrays(1 + random.nextInt(50));
      default -> NODES.textNode(controlCharacters(1 + random.nextInt(20)));
    };
  }

  /** Any code point, surrogate halves included: what fuzzers and broken encoders produce. */
  private String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(Character.MAX_VALUE + 1));
    }
    return text.toString();
  }

  private String controlCharacters(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(0x20));
    }
    return text.toString();
  }

  /** Replaces one value found walking the body (objects, arrays and leaves alike). */
  private Mutated replaceOne(JsonNode body, JsonNode value) {
    JsonNode copy = body.deepCopy();
    List<Runnable> replacements = new ArrayList<>();
    collect(copy, value, replacements);
    if (replacements.isEmpty()) {
      return new Mutated("whole body replaced", value.toString().getBytes(StandardCharsets.UTF_8));
    }
    replacements.get(random.nextInt(replacements.size())).run();
    return new Mutated("one value replaced", copy.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void collect(JsonNode node, JsonNode value, List<Runnable> replacements) {
    if (node instanceof ObjectNode object) {
      object
          .fieldNames()
          .forEachRemaining(
              name -> {
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

  private Mutated truncated(JsonNode body) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    return new Mutated(
        "truncated JSON", Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
  }

  private static Mutated duplicateKeys(JsonNode body) {
    String text = body.toString();
    if (body.size() == 0) {
      return new Mutated("duplicate keys", "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8));
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

  private Mutated randomBytes() {
    byte[] bytes = new byte[random.nextInt(512)];
    random.nextBytes(bytes);
    return new Mutated("random bytes", bytes);
  }

  /** A valid body with one string's bytes replaced by a sequence that is not UTF-8. */
  private Mutated invalidUtf8(JsonNode body) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    int quote = -1;
    for (int i = bytes.length - 2; i > 0; i--) {
      if (bytes[i] == '"' && bytes[i - 1] == ':') {
        quote = i;
        break;
      }
    }
    if (quote < 0) {
      return randomBytes();
    }
    byte[] broken = Arrays.copyOf(bytes, bytes.length);
    broken[quote + 1] = (byte) (0x80 + random.nextInt(0x40));
    return new Mutated("invalid UTF-8 inside a string", broken);
  }
}
