package io.contractkit.starrocks.model;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The fast path of {@link EcmaPattern}: an ECMA-262 pattern rewritten as a {@link java.util.regex}
 * pattern that accepts exactly the same strings, for the subset where that can be promised.
 *
 * <p>Java's engine agrees with ECMA-262 on a common subset once three differences are translated
 * away: {@code $} (Java also matches before a final line break), {@code .} (Java also excludes
 * U+0085) and {@code \s} (ECMA also matches Unicode spaces). Anything outside that subset
 * (look-arounds, back-references, {@code \b}, Unicode escapes Java reads otherwise, possessive
 * quantifiers, ...) is not translated, and {@link EcmaPattern} evaluates such a pattern with the
 * ECMA engine. Strings with surrogates are also left to the engine: ECMA counts and matches their
 * UTF-16 halves, Java whole code points. {@code EcmaPatternEquivalenceTest} is the evidence that
 * the translation agrees with the engine.
 */
final class JavaTranslation {

  /** ECMA-262 WhiteSpace and LineTerminator, the members of {@code \s}, as class content. */
  private static final String ECMA_SPACE =
      "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

  /** {@code .}: anything but an ECMA-262 LineTerminator. */
  private static final String ECMA_DOT = "[^\\n\\r\\u2028\\u2029]";

  private JavaTranslation() {}

  /** The equivalent Java pattern (to be used with {@code find()}), or empty when not certain. */
  static Optional<Pattern> toJava(String ecma) {
    StringBuilder java = new StringBuilder();
    int i = 0;
    boolean quantifiable = false;
    while (i < ecma.length()) {
      char c = ecma.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 >= ecma.length()) {
            return Optional.empty();
          }
          String escape = escape(ecma.charAt(i + 1), false);
          if (escape == null) {
            return Optional.empty();
          }
          java.append(escape);
          i += 2;
          quantifiable = true;
        }
        case '[' -> {
          int end = characterClass(ecma, i, java);
          if (end < 0) {
            return Optional.empty();
          }
          i = end;
          quantifiable = true;
        }
        case '.' -> {
          java.append(ECMA_DOT);
          i++;
          quantifiable = true;
        }
        case '$' -> {
          java.append("\\z");
          i++;
          quantifiable = false;
        }
        case '^', '|' -> {
          java.append(c);
          i++;
          quantifiable = false;
        }
        case '(' -> {
          if (ecma.startsWith("(?:", i)) {
            java.append("(?:");
            i += 3;
          } else if (i + 1 < ecma.length() && ecma.charAt(i + 1) == '?') {
            return Optional.empty(); // look-arounds and named groups
          } else {
            java.append('(');
            i++;
          }
          quantifiable = false;
        }
        case ')' -> {
          java.append(')');
          i++;
          quantifiable = true;
        }
        case '*', '+', '?', '{' -> {
          int end = quantifier(ecma, i);
          if (!quantifiable || end < 0) {
            return Optional.empty();
          }
          java.append(ecma, i, end);
          i = end;
          if (i < ecma.length() && ecma.charAt(i) == '?') {
            java.append('?'); // lazy, the same in both
            i++;
          }
          if (i < ecma.length() && "*+?{".indexOf(ecma.charAt(i)) >= 0) {
            return Optional.empty(); // possessive in Java, an error in ECMA
          }
          quantifiable = false;
        }
        case '}', ']' -> {
          return Optional
              .empty(); // literal in ECMA (Annex B), an error or literal in Java: not worth it
        }
        default -> {
          if (Character.isSurrogate(c) || c < 0x20) {
            return Optional.empty();
          }
          java.append(c);
          i++;
          quantifiable = true;
        }
      }
    }
    try {
      return Optional.of(Pattern.compile(java.toString()));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * A quantifier starting at {@code i}: its end, or -1 when it is not one both engines read alike.
   */
  private static int quantifier(String ecma, int i) {
    char c = ecma.charAt(i);
    if (c != '{') {
      return i + 1;
    }
    int close = ecma.indexOf('}', i);
    if (close < 0 || !ecma.substring(i + 1, close).matches("\\d{1,6}(,\\d{0,6})?")) {
      return -1;
    }
    String[] bounds = ecma.substring(i + 1, close).split(",", -1);
    if (bounds.length == 2
        && !bounds[1].isEmpty()
        && Integer.parseInt(bounds[1]) < Integer.parseInt(bounds[0])) {
      return -1;
    }
    return close + 1;
  }

  /**
   * A character class from {@code [} at {@code start}: appends its Java form and returns the index
   * after {@code ]}, or -1. Java reads {@code [}, {@code &&} and some escapes in classes otherwise,
   * so every member is written escaped or plain-literal.
   */
  private static int characterClass(String ecma, int start, StringBuilder java) {
    int i = start + 1;
    StringBuilder members = new StringBuilder();
    boolean negated = i < ecma.length() && ecma.charAt(i) == '^';
    if (negated) {
      i++;
    }
    if (i < ecma.length() && ecma.charAt(i) == ']') {
      return -1; // [] and [^] mean "nothing" and "anything" in ECMA, an error in Java
    }
    while (i < ecma.length() && ecma.charAt(i) != ']') {
      char c = ecma.charAt(i);
      if (c == '\\') {
        if (i + 1 >= ecma.length()) {
          return -1;
        }
        String escape = escape(ecma.charAt(i + 1), true);
        if (escape == null) {
          return -1;
        }
        members.append(escape);
        i += 2;
      } else if (c == '-') {
        members.append('-');
        i++;
      } else if (Character.isLetterOrDigit(c) && c < 0x80 || c == '_' || c == ' ') {
        members.append(c);
        i++;
      } else if (c >= 0x20 && c < 0x7f) {
        members.append('\\').append(c); // punctuation, quoted so Java reads it literally
        i++;
      } else {
        return -1;
      }
    }
    if (i >= ecma.length()) {
      return -1;
    }
    java.append('[').append(negated ? "^" : "").append(members).append(']');
    return i + 1;
  }

  /**
   * The Java form of {@code \x}, or null. Inside a class, {@code \s} expands to its members;
   * outside, to a class. Escaped punctuation is literal in both.
   */
  private static String escape(char c, boolean inClass) {
    return switch (c) {
      case 'd', 'D', 'w', 'W' -> "\\" + c;
      case 's' -> inClass ? ECMA_SPACE : "[" + ECMA_SPACE + "]";
      case 'S' -> inClass ? null : "[^" + ECMA_SPACE + "]";
      case 't' -> "\\t";
      case 'n' -> "\\n";
      case 'r' -> "\\r";
      case 'f' -> "\\f";
      case 'v' -> "\\x0B";
      default -> c >= 0x21 && c < 0x7f && !Character.isLetterOrDigit(c) ? "\\" + c : null;
    };
  }
}
