package io.contractkit.starrocks.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.contractkit.starrocks.model.EcmaPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Values built against a pattern of the document, to make a backtracking regex engine retry every
 * way to split their runs between the pattern's ambiguous repetitions before it fails (the stub's
 * and the server's tests send them; rgxgen must be on the test class path). Two kinds, each the one
 * that stalled an engine:
 *
 * <ul>
 *   <li>{@link #nearMiss}: a long generated match with a line break appended, which an anchored
 *       ECMA-262 pattern refuses ({@code $} is the end of the input); found by the differential
 *       test's seed 2, it held Rhino (swagger-request-validator's engine) for more than 15
 *       CPU-minutes;
 *   <li>{@link #stretchedRun}: a generated match cut after its longest run of one character, that
 *       run stretched to the field's maximum length, and one of its characters twice, the first the
 *       pattern refuses; it held java.util.regex (Hibernate Validator's, and the quick check's
 *       before it had a budget) for minutes.
 * </ul>
 */
public final class HostileValues {

  /**
   * A string field with an anchored pattern that a body fills: where (JSON pointer), the pattern
   * and the longest value allowed (values are built within it, so that they reach the pattern).
   */
  public record PatternSite(String pointer, String pattern, int maxLength) {}

  private HostileValues() {}

  /** The string sites with an anchored pattern that {@code body} fills, at any depth. */
  public static List<PatternSite> sites(JsonNode schema, JsonNode body) {
    List<PatternSite> out = new ArrayList<>();
    collect(schema, body, "", out);
    return out;
  }

  private static void collect(
      JsonNode schema, JsonNode value, String pointer, List<PatternSite> out) {
    if (schema == null || value == null) {
      return;
    }
    String pattern = schema.path("pattern").textValue();
    if (value.isTextual() && pattern != null && pattern.startsWith("^") && pattern.endsWith("$")) {
      out.add(new PatternSite(pointer, pattern, schema.path("maxLength").asInt(Integer.MAX_VALUE)));
    }
    if (value.isObject()) {
      value
          .fieldNames()
          .forEachRemaining(
              field ->
                  collect(
                      schema.path("properties").get(field),
                      value.get(field),
                      pointer + "/" + field.replace("~", "~0").replace("/", "~1"),
                      out));
    }
    if (value.isArray() && !value.isEmpty()) {
      collect(schema.get("items"), value.get(0), pointer + "/0", out);
    }
  }

  /** A generated match of at most the site's maximum length, with a line break appended. */
  public static String nearMiss(PatternSite site, Random random) {
    RgxGen generator = RgxGen.parse(site.pattern());
    for (int tries = 0; tries < 100; tries++) {
      String value = generator.generate(random);
      if (value.length() <= site.maxLength()) {
        return value + "\n";
      }
    }
    throw new IllegalStateException(
        "no generated value within " + site.maxLength() + " characters");
  }

  /**
   * A value of the site's maximum length that the pattern refuses, made of a generated match's
   * longest run stretched (see the class comment); empty when the pattern has none (a fixed-length
   * pattern, say).
   */
  public static Optional<String> stretchedRun(PatternSite site, Random random) {
    int length = Math.min(site.maxLength(), 4096);
    EcmaPattern pattern = EcmaPattern.compile(site.pattern());
    RgxGen generator = RgxGen.parse(site.pattern());
    for (int tries = 0; tries < 20; tries++) {
      String value = generator.generate(random);
      if (value.isEmpty() || value.length() >= length) {
        continue;
      }
      int runStart = 0;
      int runLength = 0;
      for (int i = 0; i < value.length(); ) {
        int end = i;
        while (end < value.length() && value.charAt(end) == value.charAt(i)) {
          end++;
        }
        if (end - i > runLength) {
          runStart = i;
          runLength = end - i;
        }
        i = end;
      }
      String stretched =
          value.substring(0, runStart)
              + String.valueOf(value.charAt(runStart)).repeat(length - 2 - runStart);
      for (char end : value.chars().distinct().mapToObj(c -> (char) c).toList()) {
        String candidate = stretched + end + end;
        if (pattern.check(candidate) == EcmaPattern.Outcome.DOES_NOT_MATCH) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** A copy of {@code body} with the string at {@code pointer} replaced. */
  public static JsonNode with(JsonNode body, String pointer, String text) {
    JsonNode copy = body.deepCopy();
    int last = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, last));
    String token = pointer.substring(last + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(token), TextNode.valueOf(text));
    } else {
      ((ObjectNode) parent).put(token.replace("~1", "/").replace("~0", "~"), text);
    }
    return copy;
  }
}
