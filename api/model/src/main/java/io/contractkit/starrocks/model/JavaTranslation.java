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

  /**
   * ECMA-262 WhiteSpace and LineTerminator, the members of {@code \s}, as class content. Written
   * with {@code \x{...}}, which java.util.regex and RE2/J both read (RE2/J has no u-escapes), so
   * that one translation serves both engines.
   */
  private static final String ECMA_SPACE =
      "\\t\\n\\x0B\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
          + "\\x{205F}\\x{3000}\\x{FEFF}";

  /** {@code .}: anything but an ECMA-262 LineTerminator. */
  private static final String ECMA_DOT = "[^\\n\\r\\x{2028}\\x{2029}]";

  private JavaTranslation() {}

  /** The equivalent Java pattern (to be used with {@code find()}), or empty when not certain. */
  static Optional<Pattern> toJava(String ecma) {
    return translate(ecma)
        .flatMap(
            java -> {
              try {
                return Optional.of(Pattern.compile(java));
              } catch (PatternSyntaxException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * The same pattern for RE2/J, a linear-time engine, or empty when RE2/J cannot take it (a bound
   * above its limit of 1,000 repetitions, for one). The translated subset has no look-around and no
   * back-reference, and every construct it emits means the same in RE2 syntax as in Java's: on
   * strings without surrogates, both engines decide as ECMA-262 does ({@code
   * EcmaPatternEquivalenceTest} holds all three together).
   */
  static Optional<com.google.re2j.Pattern> toLinear(String ecma) {
    return translate(ecma)
        .flatMap(
            re2 -> {
              try {
                return Optional.of(com.google.re2j.Pattern.compile(re2));
              } catch (com.google.re2j.PatternSyntaxException e) {
                return Optional.empty();
              }
            });
  }

  /** The translated source, in the syntax java.util.regex and RE2/J share, or empty. */
  private static Optional<String> translate(String ecma) {
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
    return Optional.of(java.toString());
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
