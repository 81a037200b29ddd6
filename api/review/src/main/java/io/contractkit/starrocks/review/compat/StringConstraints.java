package io.contractkit.starrocks.review.compat;

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

  /**
   * Lengths above this are compared as numbers only: the automaton would be large for little gain.
   */
  private static final int MAX_AUTOMATON_LENGTH = 4096;

  private StringConstraints() {}

  static void compare(
      String where, Schema<?> o, Schema<?> n, Direction direction, Changes changes) {
    boolean patternChanged = !Objects.equals(o.getPattern(), n.getPattern());
    boolean lengthChanged =
        !Objects.equals(o.getMinLength(), n.getMinLength())
            || !Objects.equals(o.getMaxLength(), n.getMaxLength());
    if (!patternChanged && !lengthChanged) {
      return;
    }
    // `kept`: the strings that must remain admitted; `by`: the side that must admit them.
    Schema<?> kept = direction == Direction.REQUEST ? o : n;
    Schema<?> by = direction == Direction.REQUEST ? n : o;
    String breaks =
        direction == Direction.REQUEST
            ? "clients could send %s before, and it is now rejected"
            : "the server may now send %s, which clients were told they would not get";
    PatternLanguage.Result keptPattern =
        kept.getPattern() == null ? null : PatternLanguage.of(kept.getPattern());
    if (patternChanged) {
      pattern(where, o, n, direction, kept, by, keptPattern, breaks, changes);
    }
    if (lengthChanged) {
      length(where, o, n, direction, kept, by, keptPattern, breaks, changes);
    }
  }

  private static void pattern(
      String where,
      Schema<?> o,
      Schema<?> n,
      Direction direction,
      Schema<?> kept,
      Schema<?> by,
      PatternLanguage.Result keptPattern,
      String breaks,
      Changes changes) {
    String what =
        direction + " pattern " + show(o.getPattern()) + " became " + show(n.getPattern());
    if (by.getPattern() == null) {
      changes.compatible(
          CompatibilityRule.PATTERN, where, what + " (loosened: no pattern any more)");
      return;
    }
    PatternLanguage.Result byPattern = PatternLanguage.of(by.getPattern());
    if (byPattern.automaton() == null) {
      changes.breaking(
          CompatibilityRule.PATTERN,
          where,
          what
              + ": the gate cannot compare `"
              + by.getPattern()
              + "` as a language (it uses "
              + byPattern.unsupported()
              + "), so it cannot prove the change safe");
      return;
    }
    boolean keptReadable = keptPattern != null && keptPattern.automaton() != null;
    Automaton keptLanguage = keptReadable ? keptPattern.automaton() : BasicAutomata.makeAnyString();
    String word = relation(o.getPattern(), n.getPattern());
    // Whether anyone breaks also counts the length bounds, which may keep a tighter pattern
    // harmless.
    String example = shortestWithin(keptLanguage.minus(byPattern.automaton()), kept);
    if (example == null) {
      boolean harmless =
          word.equals("changed")
              || word.equals(direction == Direction.REQUEST ? "tightened" : "loosened");
      changes.compatible(
          CompatibilityRule.PATTERN,
          where,
          what
              + " ("
              + word
              + (harmless
                  ? ", but the length bounds already rule out every value that changes side"
                  : "")
              + ": every "
              + direction
              + " value valid before stays valid)");
      return;
    }
    String reason =
        keptPattern != null && !keptReadable
            ? " (the gate cannot read "
                + show(kept.getPattern())
                + ", which uses "
                + keptPattern.unsupported()
                + ", so it assumed the worst)"
            : "";
    changes.breaking(
        CompatibilityRule.PATTERN,
        where,
        what + " (" + word + "): " + String.format(breaks, quote(example)) + reason);
  }

  /** How the new pattern's language relates to the old one's, in one word. */
  private static String relation(String oldPattern, String newPattern) {
    Automaton was =
        oldPattern == null
            ? BasicAutomata.makeAnyString()
            : PatternLanguage.of(oldPattern).automaton();
    Automaton is =
        newPattern == null
            ? BasicAutomata.makeAnyString()
            : PatternLanguage.of(newPattern).automaton();
    if (was == null || is == null) {
      return "changed";
    }
    boolean gains = !is.minus(was).isEmpty();
    boolean loses = !was.minus(is).isEmpty();
    return gains && loses ? "changed" : gains ? "loosened" : loses ? "tightened" : "equivalent";
  }

  private static void length(
      String where,
      Schema<?> o,
      Schema<?> n,
      Direction direction,
      Schema<?> kept,
      Schema<?> by,
      PatternLanguage.Result keptPattern,
      String breaks,
      Changes changes) {
    String what = direction + " length " + range(o) + " became " + range(n);
    boolean looser =
        min(n) <= min(o)
            && (n.getMaxLength() == null
                || (o.getMaxLength() != null && o.getMaxLength() <= n.getMaxLength()));
    String word = looser ? "widened" : "narrowed";
    int keptMin = min(kept);
    int byMin = min(by);
    Integer keptMax = kept.getMaxLength();
    Integer byMax = by.getMaxLength();
    if (byMin <= keptMin && (byMax == null || (keptMax != null && keptMax <= byMax))) {
      changes.compatible(CompatibilityRule.LENGTH, where, what + " (" + word + ")");
      return;
    }
    // The numbers say no, but the pattern may already keep every value within the new bounds.
    boolean keptReadable = keptPattern != null && keptPattern.automaton() != null;
    Automaton keptLanguage = keptReadable ? keptPattern.automaton() : BasicAutomata.makeAnyString();
    String example = null;
    if (byMin > keptMin) {
      example = shortestWithin(keptLanguage, keptMin, byMin - 1);
    }
    boolean tooLongPossible = byMax != null && (keptMax == null || keptMax > byMax);
    if (example == null && tooLongPossible) {
      // Beyond a few thousand characters the automaton is not worth it: assume the worst.
      example =
          byMax < MAX_AUTOMATON_LENGTH
              ? shortestWithin(keptLanguage, byMax + 1, keptMax)
              : "x".repeat(byMax + 1);
    }
    if (example == null) {
      changes.compatible(
          CompatibilityRule.LENGTH,
          where,
          what
              + " ("
              + word
              + ", but the pattern "
              + show(kept.getPattern())
              + " already keeps every value within it)");
      return;
    }
    changes.breaking(
        CompatibilityRule.LENGTH,
        where,
        what + " (" + word + "): " + String.format(breaks, describe(example)));
  }

  /** The shortest string of {@code strings} within the schema's length bounds, or null. */
  private static String shortestWithin(Automaton strings, Schema<?> schema) {
    return shortestWithin(strings, min(schema), schema.getMaxLength());
  }

  /**
   * The shortest string of {@code strings} whose length is within [min, max], or null. Only a small
   * automaton for "at least min characters" is built: the shortest such string is longer than max
   * exactly when none fits.
   */
  private static String shortestWithin(Automaton strings, int min, Integer max) {
    if (max != null && max < min) {
      return null;
    }
    Automaton candidates =
        min == 0 ? strings : strings.intersection(BasicAutomata.makeAnyChar().repeat(min));
    String shortest = candidates.getShortestExample(true);
    return shortest == null || (max != null && shortest.length() > max) ? null : shortest;
  }

  private static int min(Schema<?> schema) {
    return schema.getMinLength() == null ? 0 : schema.getMinLength();
  }

  private static String range(Schema<?> schema) {
    return "["
        + (schema.getMinLength() == null ? "0" : schema.getMinLength())
        + ".."
        + (schema.getMaxLength() == null ? "∞" : schema.getMaxLength())
        + "]";
  }

  private static String show(String pattern) {
    return pattern == null ? "(none)" : "`" + pattern + "`";
  }

  private static String describe(String example) {
    return example.length() > 40
        ? "a value of " + example.length() + " characters"
        : quote(example);
  }

  static String quote(String example) {
    if (example.length() > 40) {
      return "a value of "
          + example.length()
          + " characters such as `"
          + escape(example.substring(0, 20))
          + "…`";
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
