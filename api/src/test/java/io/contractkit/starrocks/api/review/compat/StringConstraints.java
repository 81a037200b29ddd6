package io.contractkit.starrocks.api.review.compat;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Objects;

/**
 * {@code pattern}, {@code minLength} and {@code maxLength} of a string, judged together as the set
 * of strings they admit.
 *
 * <p>A change is safe when the strings that must stay valid (in a request: what the old schema
 * accepted; in a response: what the server may now send) are all admitted by the other side. The
 * check runs on automata ({@link PatternLanguage}), so it decides loosened versus tightened
 * soundly, and a failed check comes with a concrete string that shows the break. A pattern the
 * automaton cannot express makes the pattern change breaking, saying why.
 */
final class StringConstraints {

  /** Lengths above this are compared as numbers only; the automaton would be large for little gain. */
  private static final int MAX_AUTOMATON_LENGTH = 4096;

  private StringConstraints() {}

  static void compare(String where, Schema<?> o, Schema<?> n, Direction direction, Changes changes) {
    boolean patternChanged = !Objects.equals(o.getPattern(), n.getPattern());
    boolean lengthChanged = !Objects.equals(o.getMinLength(), n.getMinLength()) || !Objects.equals(o.getMaxLength(), n.getMaxLength());
    if (!patternChanged && !lengthChanged) {
      return;
    }
    // `kept`: the strings that must remain admitted; `by`: the side that must admit them.
    Schema<?> kept = direction == Direction.REQUEST ? o : n;
    Schema<?> by = direction == Direction.REQUEST ? n : o;
    String breaks = direction == Direction.REQUEST
        ? "clients could send %s before, and it is now rejected"
        : "the server may now send %s, which clients were told they would not get";
    PatternLanguage.Result keptPattern = kept.getPattern() == null ? null : PatternLanguage.of(kept.getPattern());
    if (patternChanged) {
      pattern(where, o, n, direction, kept, by, keptPattern, breaks, changes);
    }
    if (lengthChanged) {
      length(where, o, n, direction, kept, by, keptPattern, breaks, changes);
    }
  }

  private static void pattern(String where, Schema<?> o, Schema<?> n, Direction direction, Schema<?> kept, Schema<?> by,
      PatternLanguage.Result keptPattern, String breaks, Changes changes) {
    String what = direction + " pattern " + show(o.getPattern()) + " became " + show(n.getPattern());
    if (by.getPattern() == null) {
      changes.add(verdict(true, CompatibilityRule.PATTERN, where, what + " (loosened: no pattern any more)"));
      return;
    }
    PatternLanguage.Result byPattern = PatternLanguage.of(by.getPattern());
    if (byPattern.automaton() == null) {
      changes.breaking(CompatibilityRule.PATTERN, where, what + ": the gate cannot compare `" + by.getPattern() + "` as a language (it uses " + byPattern.unsupported() + "), so it cannot prove the change safe");
      return;
    }
    Automaton keptStrings = admitted(kept, keptPattern);
    Automaton lost = keptStrings.minus(byPattern.automaton());
    if (lost.isEmpty()) {
      // Loosened or tightened is said of the patterns themselves; the check above also counted
      // the length bounds, which may make a textually looser pattern admit the same strings.
      Automaton keptLanguage = keptPattern == null || keptPattern.automaton() == null ? BasicAutomata.makeAnyString() : keptPattern.automaton();
      boolean strict = !byPattern.automaton().minus(keptLanguage).isEmpty();
      String word = (direction == Direction.REQUEST) == strict ? "loosened" : "tightened";
      if (!strict) {
        word = "equivalent";
      }
      changes.compatible(CompatibilityRule.PATTERN, where, what + " (" + word + ": every " + direction + " value valid before stays valid)");
      return;
    }
    String example = lost.getShortestExample(true);
    String reason = keptPattern != null && keptPattern.automaton() == null
        ? " (the old pattern uses " + keptPattern.unsupported() + ", so only its length bounds were used)"
        : "";
    boolean otherWay = admitted(by, byPattern).minus(keptStrings).isEmpty();
    String word = otherWay ? (direction == Direction.REQUEST ? "tightened" : "loosened") : "changed";
    changes.breaking(CompatibilityRule.PATTERN, where, what + " (" + word + "): " + String.format(breaks, quote(example)) + reason);
  }

  private static void length(String where, Schema<?> o, Schema<?> n, Direction direction, Schema<?> kept, Schema<?> by,
      PatternLanguage.Result keptPattern, String breaks, Changes changes) {
    String what = direction + " length " + range(o) + " became " + range(n);
    int keptMin = min(kept);
    int byMin = min(by);
    Integer keptMax = kept.getMaxLength();
    Integer byMax = by.getMaxLength();
    boolean numericallyInside = byMin <= keptMin && (byMax == null || (keptMax != null && keptMax <= byMax));
    boolean looser = min(n) <= min(o) && (n.getMaxLength() == null || (o.getMaxLength() != null && o.getMaxLength() <= n.getMaxLength()));
    String word = looser ? "widened" : "narrowed";
    if (numericallyInside) {
      changes.compatible(CompatibilityRule.LENGTH, where, what + " (" + word + ")");
      return;
    }
    // The numbers say no, but the pattern may already keep values within the new bounds.
    boolean small = (keptMax != null && keptMax <= MAX_AUTOMATON_LENGTH) || (byMax != null && byMax <= MAX_AUTOMATON_LENGTH);
    if (keptPattern != null && keptPattern.automaton() != null && small) {
      Automaton lost = admitted(kept, keptPattern).minus(lengths(byMin, byMax));
      if (lost.isEmpty()) {
        changes.compatible(CompatibilityRule.LENGTH, where, what + " (" + word + ", but the pattern " + show(kept.getPattern()) + " already keeps every value within it)");
        return;
      }
      changes.breaking(CompatibilityRule.LENGTH, where, what + " (" + word + "): " + String.format(breaks, describe(lost.getShortestExample(true))));
      return;
    }
    int length = byMin > keptMin ? keptMin : (byMax == null ? keptMin : byMax + 1);
    changes.breaking(CompatibilityRule.LENGTH, where, what + " (" + word + "): " + String.format(breaks, "a value of " + length + " characters"));
  }

  /** The strings a schema admits by pattern and length (the length alone when the pattern cannot be read). */
  private static Automaton admitted(Schema<?> schema, PatternLanguage.Result pattern) {
    Automaton strings = pattern == null || pattern.automaton() == null ? BasicAutomata.makeAnyString() : pattern.automaton();
    Integer max = schema.getMaxLength();
    int min = min(schema);
    if (min > 0 || (max != null && max <= MAX_AUTOMATON_LENGTH)) {
      strings = strings.intersection(lengths(min, max != null && max <= MAX_AUTOMATON_LENGTH ? max : null));
    }
    return strings;
  }

  private static Automaton lengths(int min, Integer max) {
    Automaton any = BasicAutomata.makeAnyChar();
    return max == null ? any.repeat(min) : any.repeat(min, max);
  }

  private static int min(Schema<?> schema) {
    return schema.getMinLength() == null ? 0 : schema.getMinLength();
  }

  private static String range(Schema<?> schema) {
    return "[" + (schema.getMinLength() == null ? "0" : schema.getMinLength()) + ".." + (schema.getMaxLength() == null ? "∞" : schema.getMaxLength()) + "]";
  }

  private static Change verdict(boolean compatible, CompatibilityRule rule, String where, String what) {
    return new Change(compatible ? Verdict.COMPATIBLE : Verdict.BREAKING, rule.id(), where, what);
  }

  private static String show(String pattern) {
    return pattern == null ? "(none)" : "`" + pattern + "`";
  }

  private static String describe(String example) {
    return example.length() > 40 ? "a value of " + example.length() + " characters" : quote(example);
  }

  static String quote(String example) {
    if (example.length() > 40) {
      return "a value of " + example.length() + " characters such as `" + escape(example.substring(0, 20)) + "…`";
    }
    return example.isEmpty() ? "the empty string" : "`" + escape(example) + "`";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
