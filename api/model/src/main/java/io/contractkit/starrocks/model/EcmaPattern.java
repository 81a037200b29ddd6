package io.contractkit.starrocks.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The one policy for evaluating a pattern written in the document ({@code pattern} of a schema,
 * {@code x-value-pattern} of a security scheme): ECMA-262 semantics, as JSON Schema and OpenAPI
 * define them, with "matches" meaning the regular expression finds a match somewhere in the string
 * (anchors are the pattern's business), like JavaScript's {@code RegExp.prototype.test}.
 *
 * <p><b>Engine.</b> Mozilla Rhino's {@code RegExp}: the engine swagger-request-validator already
 * runs every schema pattern with (through json-schema-core's {@code RegexECMA262Helper}, Rhino
 * being its fallback when no Nashorn is present, which is always the case on Java 17), pinned once
 * in the root pom so the model and the validator cannot disagree. Joni (ECMAScript syntax) was the
 * alternative; it would have added a second engine next to the validator's.
 *
 * <p><b>Fast path.</b> Rhino interprets: the call goes through a JavaScript function call with
 * argument conversion. Where {@link JavaTranslation} can rewrite the pattern into a {@link
 * java.util.regex} pattern with the same language, and the input has no surrogate code units (where
 * ECMA's UTF-16 view and Java's code-point view differ), the translation is used. {@code
 * EcmaPatternEquivalenceTest} holds the two paths against each other for every pattern of the
 * document and a corpus of others on adversarial inputs; the benchmarks' JMH {@code
 * EcmaPatternBenchmark} measures them ({@code benchmarks/run.sh}). Measured on the shared build
 * machine (2 cores, JDK 17, interpreted Rhino 1.7.15.1, the document's {@code table_config} pattern
 * against a 55-character value): Rhino 13.3 µs per match, the translation 3.2 µs, compiling 9.5 µs.
 * A factor of four on the stub's per-request path, so the fast path is kept, but only for patterns
 * in the subset the equivalence test covers; every other pattern, and every input with surrogates,
 * is evaluated by Rhino.
 *
 * <p><b>Bounded time.</b> A backtracking engine can take exponential time on a value built against
 * its pattern (the document's {@code table_config} pattern held Rhino for over 15 CPU-minutes on a
 * 2,458-character value a fuzzer drew; java.util.regex took 0.3 s on it). {@link #check} is the
 * evaluation for values a request brings: java.util.regex runs with a budget of character reads
 * ({@link #BASE_STEPS} plus {@link #STEPS_PER_CHARACTER} per character), and a value that exhausts
 * it is decided by RE2/J, Google's linear-time engine, on the same translation (time proportional
 * to pattern times value, whatever the value). Only a pattern RE2/J cannot take (a bound above its
 * 1,000 repetitions) can leave a value {@link Outcome#UNDECIDED}, and the caller then says so
 * instead of hanging. Measured on the shared 2-core machine (JDK 17, {@code table_config}, one JVM,
 * 200,000 calls a round after warm-up): ordinary values of 21 and 70 characters take 0.16-0.30 µs
 * in java.util.regex, 0.17-0.34 µs through the budget, 1.5-5.0 µs in RE2/J, so RE2/J stays the
 * fallback, not the first engine; the fuzzer's value takes 310-390 ms unbounded in java.util.regex,
 * 0.4-6 ms in RE2/J.
 *
 * <p><b>Surrogates.</b> ECMA-262 (without the {@code u} flag) matches UTF-16 units, Java and RE2/J
 * code points. The translated subset only names ASCII characters and ECMA's white space in its
 * classes, so a lone surrogate unit is matched exactly by the constructs that match any other
 * unnamed character; each one is replaced by a stand-in from the private use area (U+E000 + offset,
 * one unit each, so lengths and counts stay ECMA's) before the bounded evaluation, unless the
 * pattern itself names a character of that range. The engine decides those rare cases.
 *
 * <p>Immutable and thread-safe: each evaluation on the Rhino path enters its own {@link Context}.
 */
public final class EcmaPattern {

  /**
   * Rhino's shared scope, made on first need: a stub answering the shipped document's patterns (all
   * in the translatable subset) never needs it before its first answer, and loading Rhino (about
   * 120 ms measured on the 2-core build machine) would otherwise sit in front of it.
   */
  private static final class Engine {
    static final Scriptable SCOPE;

    static {
      Context context = Context.enter();
      try {
        context.setOptimizationLevel(-1);
        SCOPE = context.initSafeStandardObjects(null, true);
      } finally {
        Context.exit();
      }
    }
  }

  /** The compiled ECMA RegExp and its {@code test} function. */
  private record Compiled(Scriptable regExp, Function test) {}

  /** What a bounded evaluation ({@link #check}) found. */
  public enum Outcome {
    MATCHES,
    DOES_NOT_MATCH,
    /**
     * Not decided within the budget: java.util.regex ran out of steps and RE2/J cannot take the
     * pattern.
     */
    UNDECIDED
  }

  /**
   * Character reads java.util.regex may make on any value before RE2/J decides instead: a few
   * milliseconds, hundreds of times what an ordinary value of the document takes (a 70-character
   * {@code table_config} needs about a hundred). A value past it is not refused, only decided by
   * the slower linear engine.
   */
  public static final long BASE_STEPS = 100_000;

  /** Further reads allowed per character of the value, so that long values are read through. */
  public static final long STEPS_PER_CHARACTER = 32;

  /** Where lone surrogate units are mapped for the bounded engines (a private use block). */
  private static final char STAND_IN_BASE = '\uE000';

  private static final char STAND_IN_LAST = (char) (STAND_IN_BASE + 0x7FF);

  private final String source;
  private final Pattern java;
  private final com.google.re2j.Pattern linear;
  private final boolean standIns;
  private volatile Compiled compiled;

  private EcmaPattern(String source, Pattern java, com.google.re2j.Pattern linear) {
    this.source = source;
    this.java = java;
    this.linear = linear;
    this.standIns = source.chars().noneMatch(c -> c >= STAND_IN_BASE && c <= STAND_IN_LAST);
  }

  /**
   * Compiles an ECMA-262 pattern. A pattern in the translatable subset (read by the translator's
   * own ECMA-262 parser) gets its {@code java.util.regex} form now and its engine form on first
   * need; any other pattern is compiled by the engine at once.
   *
   * @throws IllegalArgumentException when the pattern is not valid ECMA-262
   */
  public static EcmaPattern compile(String source) {
    Objects.requireNonNull(source, "source");
    Pattern java = JavaTranslation.toJava(source).orElse(null);
    EcmaPattern pattern =
        new EcmaPattern(
            source, java, java == null ? null : JavaTranslation.toLinear(source).orElse(null));
    if (pattern.java == null) {
      pattern.engine();
    }
    return pattern;
  }

  /** Whether the pattern is valid ECMA-262, as the engine judges it. */
  public static boolean isValid(String source) {
    try {
      requireValid(source);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Asks the engine itself whether the pattern is valid ECMA-262 (what a linter wants, whatever the
   * translator would make of it).
   *
   * @throws IllegalArgumentException with the engine's reason when it is not
   */
  public static void requireValid(String source) {
    new EcmaPattern(Objects.requireNonNull(source, "source"), null, null).engine();
  }

  private Compiled engine() {
    Compiled result = compiled;
    if (result == null) {
      Context context = enter();
      try {
        Scriptable regExp = context.newObject(Engine.SCOPE, "RegExp", new Object[] {source});
        result = new Compiled(regExp, (Function) ScriptableObject.getProperty(regExp, "test"));
        compiled = result;
      } catch (EcmaError e) {
        throw new IllegalArgumentException(
            "Not an ECMA-262 regular expression: " + source + " (" + e.details() + ")", e);
      } finally {
        Context.exit();
      }
    }
    return result;
  }

  /** The pattern as written in the document. */
  public String source() {
    return source;
  }

  /**
   * Whether the pattern finds a match in the value: the JSON Schema meaning of {@code pattern}.
   * Exact, and in bounded time wherever {@link #check} is; where that is undecided, java.util.regex
   * goes on without a budget. For values from outside (a request), prefer {@link #check}.
   */
  public boolean matches(CharSequence value) {
    return switch (check(value)) {
      case MATCHES -> true;
      case DOES_NOT_MATCH -> false;
      case UNDECIDED -> java.matcher(boundedForm(value)).find();
    };
  }

  /**
   * Whether the pattern finds a match in the value, decided in bounded time when {@link
   * #isBounded()}: java.util.regex within its step budget, RE2/J past it, {@link Outcome#UNDECIDED}
   * when neither can decide. A pattern outside the translatable subset is evaluated by the ECMA
   * engine, without a bound (the rest of the document's tool chain evaluates such patterns with the
   * same engine anyway).
   */
  public Outcome check(CharSequence value) {
    if (java == null || (!standIns && hasSurrogate(value))) {
      return outcome(matchesByEngine(value.toString()));
    }
    CharSequence text = boundedForm(value);
    try {
      return outcome(
          java.matcher(new MeteredText(text, BASE_STEPS + STEPS_PER_CHARACTER * text.length()))
              .find());
    } catch (MeteredText.OutOfSteps e) {
      return linear == null ? Outcome.UNDECIDED : outcome(linear.matcher(text).find());
    }
  }

  /**
   * Whether {@link #check} decides every value in bounded time: the pattern is in the translatable
   * subset and RE2/J takes it. (A pattern that is not may still never run long: one without nested
   * or adjacent ambiguous repetition, such as {@code ^[a-z]{3,1024}$}, is linear in
   * java.util.regex.)
   */
  public boolean isBounded() {
    return java != null && linear != null;
  }

  private static Outcome outcome(boolean matches) {
    return matches ? Outcome.MATCHES : Outcome.DOES_NOT_MATCH;
  }

  /** The value with each surrogate unit replaced by its private-use stand-in. */
  private static CharSequence boundedForm(CharSequence value) {
    if (!hasSurrogate(value)) {
      return value;
    }
    StringBuilder text = new StringBuilder(value);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        text.setCharAt(i, (char) (STAND_IN_BASE + (c - Character.MIN_SURROGATE)));
      }
    }
    return text.toString();
  }

  /** The same question asked of the ECMA engine only (for tests and measurements). */
  public boolean matchesByEngine(String value) {
    Compiled engine = engine();
    Context context = enter();
    try {
      return Context.toBoolean(
          engine.test().call(context, Engine.SCOPE, engine.regExp(), new Object[] {value}));
    } finally {
      Context.exit();
    }
  }

  /**
   * The equivalent {@link java.util.regex} pattern (to be used with {@code find()}), for inputs
   * without surrogates; empty when the pattern is outside the proven-equivalent subset.
   */
  public Optional<Pattern> javaEquivalent() {
    return Optional.ofNullable(java);
  }

  /**
   * The RE2/J form {@link #check} falls back on (for tests and measurements); empty when the
   * pattern has none.
   */
  Optional<com.google.re2j.Pattern> linearEquivalent() {
    return Optional.ofNullable(linear);
  }

  private static boolean hasSurrogate(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Context enter() {
    Context context = Context.enter();
    context.setOptimizationLevel(-1);
    return context;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EcmaPattern that && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
