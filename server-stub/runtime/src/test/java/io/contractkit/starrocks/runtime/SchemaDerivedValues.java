package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Values derived from a JSON schema itself (the JSON form the validator reads): for every site of a
 * value (each property, each item, at any depth), the value changed in one way that the schema's
 * keywords make interesting. The valid and the nearly valid, whatever the document says:
 *
 * <ul>
 *   <li>{@code pattern}: strings generated to match it and not to match it (rgxgen), and a matching
 *       one with one character added, removed, replaced, upper-cased, or a line break at either
 *       end;
 *   <li>{@code minLength}/{@code maxLength}: strings one short of, at and one over each bound;
 *   <li>{@code enum}: each value, and each one with its case changed, a space or a character added,
 *       its last character removed;
 *   <li>{@code minimum}/{@code maximum}: one under, at and one over each bound, a fraction, a
 *       number as a string;
 *   <li>{@code minItems}/{@code maxItems}: arrays one short of, at and one over each bound, and a
 *       wrong-typed item;
 *   <li>{@code required}/{@code properties}/{@code additionalProperties}: each property missing, an
 *       unknown property added;
 *   <li>every site: null and a value of each other JSON type.
 * </ul>
 *
 * A keyword added to a document later still gets the type and null near-misses; a field added gets
 * everything its schema says. Seeded: the same seed gives the same values.
 */
final class SchemaDerivedValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ODD_CHARACTERS =
      List.of("-", " ", "é", "\n", "\u0085", "\u00a0", "\t", ";", "\uD83D\uDE00", "%", "/");

  private final Random random;

  SchemaDerivedValues(Random random) {
    this.random = random;
  }

  /**
   * Every variant of {@code base} (a value following {@code schema}, or null when absent) with one
   * site changed.
   */
  List<JsonNode> variants(JsonNode schema, JsonNode base) {
    JsonNode value = base != null ? base : plausible(schema);
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode leaf : leafValues(schema, value)) {
      out.add(leaf);
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        for (JsonNode changed : variants(property.getValue(), value.get(property.getKey()))) {
          ObjectNode copy = ((ObjectNode) value).deepCopy();
          copy.set(property.getKey(), changed);
          out.add(copy);
        }
        ObjectNode without = ((ObjectNode) value).deepCopy();
        if (without.remove(property.getKey()) != null) {
          out.add(without);
        }
      }
      ObjectNode unknown = ((ObjectNode) value).deepCopy();
      unknown.put("unknown_field_" + random.nextInt(100), "x");
      out.add(unknown);
    }
    if (value.isArray() && schema.has("items")) {
      JsonNode items = schema.get("items");
      JsonNode first = value.isEmpty() ? null : value.get(0);
      for (JsonNode changed : variants(items, first)) {
        ArrayNode copy = ((ArrayNode) value).deepCopy();
        if (copy.isEmpty()) {
          copy.add(changed);
        } else {
          copy.set(0, changed);
        }
        out.add(copy);
      }
    }
    return out;
  }

  /**
   * A value the schema describes, as far as a generator can tell (the document's example first).
   */
  JsonNode plausible(JsonNode schema) {
    if (schema.has("example")) {
      return schema.get("example").deepCopy();
    }
    if (schema.has("enum") && !schema.get("enum").isEmpty()) {
      return schema.get("enum").get(0).deepCopy();
    }
    switch (schema.path("type").asText("")) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        for (JsonNode name : schema.path("required")) {
          JsonNode property = schema.path("properties").path(name.asText());
          object.set(
              name.asText(), property.isObject() ? plausible(property) : NODES.textNode("x"));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int count = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < count && schema.has("items"); i++) {
          array.add(plausible(schema.get("items")));
        }
        return array;
      }
      case "integer" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
      }
      case "number" -> {
        return NODES.numberNode(
            schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.ONE);
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return NODES.textNode(matching(schema));
      }
    }
  }

  /** A string that fits the schema's pattern and lengths, when a generator can find one. */
  private String matching(JsonNode schema) {
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(Math.max(min, 8));
    if (schema.has("pattern")) {
      RgxGen generator = RgxGen.parse(schema.get("pattern").asText());
      for (int attempt = 0; attempt < 20; attempt++) {
        String candidate = generator.generate(random);
        if (candidate.length() >= min && candidate.length() <= max) {
          return candidate;
        }
      }
    }
    return "a".repeat(Math.max(1, Math.min(min, max)));
  }

  /** The values of one site, the whole value replaced; {@code value} is the site's valid value. */
  private List<JsonNode> leafValues(JsonNode schema, JsonNode value) {
    Set<JsonNode> out = new LinkedHashSet<>();
    out.add(NODES.nullNode());
    out.add(NODES.numberNode(7));
    out.add(NODES.numberNode(new BigDecimal("2.5")));
    out.add(NODES.booleanNode(false));
    out.add(NODES.textNode(value.isTextual() ? value.asText() + "x" : value.toString()));
    out.add(NODES.objectNode());
    out.add(NODES.arrayNode());
    if (schema.has("enum")) {
      for (JsonNode allowed : schema.get("enum")) {
        out.add(allowed.deepCopy());
        if (allowed.isTextual()) {
          String text = allowed.asText();
          out.add(NODES.textNode(text.toUpperCase(Locale.ROOT)));
          out.add(NODES.textNode(text + " "));
          out.add(NODES.textNode(" " + text));
          out.add(NODES.textNode(text + odd()));
          if (!text.isEmpty()) {
            out.add(NODES.textNode(text.substring(0, text.length() - 1)));
          }
        }
      }
    }
    String type = schema.path("type").asText("");
    if (type.equals("string") || value.isTextual()) {
      out.addAll(strings(schema, value.isTextual() ? value.asText() : matching(schema)));
    }
    if (type.equals("integer") || type.equals("number")) {
      for (String bound : List.of("minimum", "maximum")) {
        if (schema.has(bound)) {
          BigDecimal at = schema.get(bound).decimalValue();
          out.add(NODES.numberNode(at.subtract(BigDecimal.ONE)));
          out.add(NODES.numberNode(at));
          out.add(NODES.numberNode(at.add(BigDecimal.ONE)));
          out.add(NODES.numberNode(at.add(new BigDecimal("0.5"))));
        }
      }
      out.add(NODES.numberNode(0));
      out.add(NODES.numberNode(-1));
      out.add(NODES.numberNode(Long.MAX_VALUE));
      out.add(NODES.textNode("1"));
    }
    if (type.equals("array")) {
      JsonNode items = schema.path("items");
      for (String bound : List.of("minItems", "maxItems")) {
        if (schema.has(bound)) {
          int at = schema.get(bound).asInt();
          for (int count : new int[] {at - 1, at, at + 1}) {
            if (count >= 0 && count <= 200) {
              ArrayNode array = NODES.arrayNode();
              for (int i = 0; i < count; i++) {
                array.add(
                    value.isArray() && !value.isEmpty()
                        ? value.get(i % value.size()).deepCopy()
                        : plausible(items));
              }
              out.add(array);
            }
          }
        }
      }
      ArrayNode wrongItem = value.isArray() ? ((ArrayNode) value).deepCopy() : NODES.arrayNode();
      wrongItem.add(NODES.textNode("not an item"));
      out.add(wrongItem);
    }
    return new ArrayList<>(out);
  }

  /** Strings around a valid one: pattern, length and character near-misses. */
  List<JsonNode> strings(JsonNode schema, String valid) {
    Set<JsonNode> out = new LinkedHashSet<>();
    out.add(NODES.textNode(valid));
    out.add(NODES.textNode(""));
    out.add(NODES.textNode(valid + "\n"));
    out.add(NODES.textNode("\n" + valid));
    out.add(NODES.textNode(valid + "\r\n"));
    out.add(NODES.textNode(valid.toUpperCase(Locale.ROOT)));
    out.add(NODES.textNode(valid + valid));
    if (!valid.isEmpty()) {
      out.add(NODES.textNode(valid.substring(1)));
      out.add(NODES.textNode(valid.substring(0, valid.length() - 1)));
      int at = random.nextInt(valid.length());
      out.add(NODES.textNode(valid.substring(0, at) + odd() + valid.substring(at + 1)));
      out.add(NODES.textNode(valid.substring(0, at) + odd() + valid.substring(at)));
    }
    for (String bound : List.of("minLength", "maxLength")) {
      if (schema.has(bound)) {
        int length = schema.get(bound).asInt();
        for (int n : new int[] {length - 1, length, length + 1}) {
          if (n >= 0 && n <= 100_000) {
            out.add(NODES.textNode(resized(valid, n)));
          }
        }
      }
    }
    if (schema.has("pattern")) {
      RgxGen generator = RgxGen.parse(schema.get("pattern").asText());
      for (int i = 0; i < 6; i++) {
        out.add(NODES.textNode(generator.generate(random)));
        try {
          out.add(NODES.textNode(generator.generateNotMatching(random)));
        } catch (RuntimeException noneThatDoNotMatch) {
          // a pattern every string matches
        }
      }
    }
    if (schema.has("format")) {
      out.add(NODES.textNode("not-a-" + schema.get("format").asText()));
    }
    return new ArrayList<>(out);
  }

  /** The valid string cut or padded (with its own last character) to a length. */
  private static String resized(String valid, int length) {
    if (valid.length() >= length) {
      return valid.substring(0, length);
    }
    String pad = valid.isEmpty() ? "a" : valid.substring(valid.length() - 1);
    return valid + pad.repeat(length - valid.length());
  }

  private String odd() {
    return ODD_CHARACTERS.get(random.nextInt(ODD_CHARACTERS.size()));
  }
}
