package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.swagger.v3.oas.models.media.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evidence that {@link EcmaPattern}'s fast path may be used: for every pattern the documents
 * contain, and a corpus of patterns that exercise the differences between the engines, the
 * java.util.regex translation decides exactly like the ECMA engine (Rhino) on strings built to sit
 * on the edges: strings the pattern generates, the same strings with one character replaced,
 * inserted or appended from an alphabet of the characters where the engines are known to differ
 * (line terminators, U+0085, Unicode spaces, BOM), and random strings over that alphabet. A pattern
 * outside the translatable subset must not get a translation at all.
 */
class EcmaPatternEquivalenceTest {

  private static final int STRINGS_PER_PATTERN = 3_000;

  /**
   * Characters where ECMA-262 and java.util.regex are known to read \s, ., $, \w, \d differently.
   */
  private static final String EDGES =
      "\n\r\u0085\u2028\u2029\t\u000B\f \u00A0\u1680\u180E\u2000\u200A\u200B\u202F\u205F\u3000\uFEFF"
          + "aZ09_-.;,:=(*)[]{}|$^\\/'\"é\u0660\u00B2\u212A"
          // surrogate units, alone or paired, and the private use character that stands in for one
          + "\uD83D\uDE00\uD800\uDFFF\uE000\uE7FF";

  private static final List<String> CORPUS =
      List.of(
          "^a$",
          "a$",
          "^a",
          "a.b",
          "^.*$",
          "^\\s+$",
          "\\S",
          "^[^,\\s]+$",
          "^\\w+$",
          "^\\d{2,3}$",
          "\\D",
          "^(foo|bar)?baz$",
          "^[a-z]+\\.[a-z]+$",
          "^[A-Za-z0-9_-]*$",
          "x{2}",
          "^a+?b$",
          "^(?:ab)+$",
          "^[\\s\\d]+$",
          "^[.]$",
          "^[$]$",
          "\\$",
          "\\.",
          "^\\t\\n$",
          "^[^a]$",
          "^\\W$",
          "^.{0,3}$");

  static Stream<String> patterns() {
    Set<String> patterns = new LinkedHashSet<>();
    for (ContractModel model :
        List.of(ContractModel.load(), ContractModel.parse(MultiOperationModelTest.DOCUMENT))) {
      model.schemas().values().forEach(schema -> collect(schema, patterns));
      model
          .operations()
          .forEach(
              operation -> {
                operation.parameters().forEach(parameter -> collect(parameter.schema(), patterns));
                operation.requestBody().ifPresent(body -> collect(body.schema(), patterns));
                operation
                    .security()
                    .forEach(
                        alternative ->
                            alternative
                                .schemes()
                                .forEach(
                                    scheme -> {
                                      if (scheme.valuePattern() != null) {
                                        patterns.add(scheme.valuePattern().source());
                                      }
                                    }));
              });
    }
    patterns.addAll(CORPUS);
    return patterns.stream();
  }

  private static void collect(Schema<?> schema, Set<String> patterns) {
    if (schema == null) {
      return;
    }
    if (schema.getPattern() != null) {
      patterns.add(schema.getPattern());
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(property -> collect(property, patterns));
    }
    collect(schema.getItems(), patterns);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void the_translation_decides_like_the_ecma_engine(String source) {
    EcmaPattern pattern = EcmaPattern.compile(source);
    assertThat(pattern.javaEquivalent())
        .as("every pattern of the documents is in the translatable subset")
        .isPresent();
    Pattern java = pattern.javaEquivalent().orElseThrow();
    com.google.re2j.Pattern linear = pattern.linearEquivalent().orElse(null);
    List<String> disagreements = new ArrayList<>();
    for (String input : inputs(source)) {
      boolean byEngine = pattern.matchesByEngine(input);
      if (input.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
        boolean byJava = java.matcher(input).find();
        if (byJava != byEngine) {
          disagreements.add(escape(input) + " java=" + byJava + " ecma=" + byEngine);
        }
        if (linear != null && linear.matcher(input).find() != byEngine) {
          disagreements.add(escape(input) + " re2j=" + !byEngine + " ecma=" + byEngine);
        }
      }
      EcmaPattern.Outcome bounded = pattern.check(input);
      if (bounded
          != (byEngine ? EcmaPattern.Outcome.MATCHES : EcmaPattern.Outcome.DOES_NOT_MATCH)) {
        disagreements.add(escape(input) + " check=" + bounded + " ecma=" + byEngine);
      }
      assertThat(pattern.matches(input)).isEqualTo(byEngine);
    }
    assertThat(disagreements).as("inputs on which the engines disagree for %s", source).isEmpty();
  }

  @Test
  void patterns_outside_the_subset_get_no_translation_and_are_still_evaluated() {
    for (String source :
        List.of("^(?=a)a$", "(a)\\1", "\\bword\\b", "^\\u0041$", "a{,2}", "a]", "[]", "^\\p{L}$")) {
      EcmaPattern pattern = EcmaPattern.compile(source);
      assertThat(pattern.javaEquivalent()).as(source).isEmpty();
    }
    assertThat(EcmaPattern.compile("^(?=a)a$").matches("a")).isTrue();
    assertThat(EcmaPattern.compile("(a)\\1").matches("xaa")).isTrue();
    assertThat(EcmaPattern.compile("^\\u0041$").matches("A")).isTrue();
  }

  @Test
  void strings_with_surrogates_are_matched_unit_by_unit_as_in_ecma() {
    // One emoji is two UTF-16 units for ECMA, one code point for Java.
    EcmaPattern twoUnits = EcmaPattern.compile("^.{2}$");
    assertThat(twoUnits.javaEquivalent().orElseThrow().matcher("\uD83D\uDE00").find()).isFalse();
    assertThat(twoUnits.matches("\uD83D\uDE00")).isTrue();
    assertThat(twoUnits.check("\uD83D\uDE00")).isEqualTo(EcmaPattern.Outcome.MATCHES);
    assertThat(twoUnits.check("\uD83D")).isEqualTo(EcmaPattern.Outcome.DOES_NOT_MATCH);
    // A pattern that names a character of the stand-ins' range is left to the engine.
    EcmaPattern namesStandIn = EcmaPattern.compile("^\uE000$");
    assertThat(namesStandIn.check("\uD800")).isEqualTo(EcmaPattern.Outcome.DOES_NOT_MATCH);
    assertThat(namesStandIn.check("\uE000")).isEqualTo(EcmaPattern.Outcome.MATCHES);
  }

  /**
   * Counted repetition of an ambiguous group makes a backtracking engine try every way to cut the
   * value into twelve pieces before it fails: about n^12 steps on n letters and a stray character
   * (java.util.regex: 3 s at n = 24, measured; centuries at 60). java.util.regex cuts {@code (a+)+}
   * short itself, Rhino does not.
   */
  private static final String NESTED_REPETITION = "^(.*a){12}$";

  private static final String EXPLOSIVE_VALUE = "a".repeat(60) + "!";

  @Test
  void a_value_built_to_make_backtracking_explode_is_decided_promptly_and_exactly() {
    EcmaPattern pattern = EcmaPattern.compile(NESTED_REPETITION);
    assertThat(pattern.isBounded()).isTrue();
    EcmaPattern.Outcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pattern.check(EXPLOSIVE_VALUE));
    assertThat(outcome).isEqualTo(EcmaPattern.Outcome.DOES_NOT_MATCH);
    assertThat(pattern.check(EXPLOSIVE_VALUE.replace("!", "")))
        .isEqualTo(EcmaPattern.Outcome.MATCHES);
  }

  @Test
  void a_value_no_bounded_engine_can_decide_is_undecided_rather_than_a_hang() {
    // RE2/J takes no bound above 1,000 repetitions: this pattern has no linear form.
    EcmaPattern pattern = EcmaPattern.compile(NESTED_REPETITION.replace("$", "b{0,1001}$"));
    assertThat(pattern.javaEquivalent()).isPresent();
    assertThat(pattern.isBounded()).isFalse();
    EcmaPattern.Outcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pattern.check(EXPLOSIVE_VALUE));
    assertThat(outcome).isEqualTo(EcmaPattern.Outcome.UNDECIDED);
    assertThat(pattern.check("a".repeat(12) + "b")).isEqualTo(EcmaPattern.Outcome.MATCHES);
  }

  @Test
  void an_invalid_pattern_is_refused() {
    assertThatThrownBy(() -> EcmaPattern.compile("a("))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EcmaPattern.isValid("^[a-z]+$")).isTrue();
  }

  private static List<String> inputs(String source) {
    Random random = new Random(source.hashCode());
    List<String> inputs = new ArrayList<>(List.of("", "\n", "a\n", "\u2028", "\u0085"));
    RgxGen generator = RgxGen.parse(source);
    while (inputs.size() < STRINGS_PER_PATTERN) {
      String base;
      switch (random.nextInt(4)) {
        case 0 -> base = generator.generate(random);
        case 1 -> base = generator.generateNotMatching(random);
        case 2 -> base = randomEdges(random, random.nextInt(8));
        default -> base = generator.generate(random);
      }
      if (base.length() > 200) {
        base = base.substring(0, 200);
      }
      inputs.add(mutate(base, random));
    }
    return inputs;
  }

  private static String mutate(String base, Random random) {
    char edge = EDGES.charAt(random.nextInt(EDGES.length()));
    if (base.isEmpty()) {
      return String.valueOf(edge);
    }
    int at = random.nextInt(base.length());
    return switch (random.nextInt(5)) {
      case 0 -> base.substring(0, at) + edge + base.substring(at + 1);
      case 1 -> base.substring(0, at) + edge + base.substring(at);
      case 2 -> base + edge;
      case 3 -> edge + base;
      default -> base;
    };
  }

  private static String randomEdges(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(EDGES.charAt(random.nextInt(EDGES.length())));
    }
    return text.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
