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

  private final String source;
  private final Pattern java;
  private volatile Compiled compiled;

  private EcmaPattern(String source, Pattern java) {
    this.source = source;
    this.java = java;
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
    EcmaPattern pattern = new EcmaPattern(source, JavaTranslation.toJava(source).orElse(null));
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
    new EcmaPattern(Objects.requireNonNull(source, "source"), null).engine();
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

  /** Whether the pattern finds a match in the value: the JSON Schema meaning of {@code pattern}. */
  public boolean matches(CharSequence value) {
    if (java != null && !hasSurrogate(value)) {
      return java.matcher(value).find();
    }
    return matchesByEngine(value.toString());
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
