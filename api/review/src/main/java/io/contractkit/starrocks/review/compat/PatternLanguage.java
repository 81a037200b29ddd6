package io.contractkit.starrocks.review.compat;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.BasicOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set of strings a {@code pattern} accepts, as a finite automaton, so that two patterns can be
 * compared as languages ("does the new pattern accept everything the old one did?") instead of as
 * text.
 *
 * <p>Patterns are read as ECMA-262 patterns, as JSON Schema and {@code EcmaPattern} (the model's
 * one pattern policy) read them: {@code .} excludes only ECMA's line terminators, {@code \s} is
 * ECMA's white space, {@code []} is empty. {@code PatternLanguageAgreesWithEcmaPatternTest} holds
 * the automata against {@code EcmaPattern} for every pattern of the document.
 *
 * <p>Only the part of the regular-expression syntax that describes a regular language is
 * understood: literals, escapes, {@code .}, character classes, groups, alternation, greedy or lazy
 * quantifiers, and {@code ^}/{@code $} at the edges of a top-level alternative. Anything else
 * (look-arounds, back-references, word boundaries, inline flags, possessive quantifiers, Unicode
 * properties, class intersections) makes {@link #of} return empty with the reason, and the caller
 * must then assume the worst. A pattern is matched the way validators match it: unanchored, so an
 * alternative without {@code ^} may be preceded and one without {@code $} followed by anything.
 */
public final class PatternLanguage {

  /** ECMA-262's LineTerminator code points. */
  private static final String LINE_TERMINATORS = "\n\r\u2028\u2029";

  /** Counted repetitions beyond this are not unrolled: the automaton would get too big. */
  private static final int MAX_REPEAT = 8192;

  private final String pattern;
  private int at;

  private PatternLanguage(String pattern) {
    this.pattern = pattern;
  }

  /** The language of {@code pattern}, or the reason it cannot be computed. */
  public static Result of(String pattern) {
    try {
      Automaton automaton = new PatternLanguage(pattern).top();
      automaton.minimize();
      return new Result(automaton, null);
    } catch (Unsupported e) {
      return new Result(null, e.getMessage());
    }
  }

  /** An automaton, or the reason there is none. */
  public record Result(Automaton automaton, String unsupported) {
    public Optional<Automaton> language() {
      return Optional.ofNullable(automaton);
    }
  }

  private Automaton top() {
    List<Automaton> alternatives = new ArrayList<>();
    do {
      boolean anchoredStart = eat('^');
      Automaton branch = branch(true);
      boolean anchoredEnd = false;
      if (peek('$')) {
        at++;
        anchoredEnd = true;
      }
      if (!anchoredStart) {
        branch = BasicAutomata.makeAnyString().concatenate(branch);
      }
      if (!anchoredEnd) {
        branch = branch.concatenate(BasicAutomata.makeAnyString());
      }
      alternatives.add(branch);
    } while (eat('|'));
    if (at < pattern.length()) {
      throw new Unsupported("unexpected '" + pattern.charAt(at) + "' at position " + at);
    }
    return BasicOperations.union(alternatives);
  }

  private Automaton alternation() {
    List<Automaton> alternatives = new ArrayList<>();
    do {
      alternatives.add(branch(false));
    } while (eat('|'));
    return BasicOperations.union(alternatives);
  }

  private Automaton branch(boolean topLevel) {
    List<Automaton> pieces = new ArrayList<>();
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == '|' || c == ')') {
        break;
      }
      if (c == '$') {
        boolean endOfBranch = at + 1 == pattern.length() || pattern.charAt(at + 1) == '|';
        if (topLevel && endOfBranch) {
          break;
        }
        throw new Unsupported(
            "'$' that does not end the pattern or one of its top-level alternatives");
      }
      if (c == '^') {
        throw new Unsupported(
            "'^' that does not start the pattern or one of its top-level alternatives");
      }
      pieces.add(quantified(atom()));
    }
    return pieces.isEmpty() ? BasicAutomata.makeEmptyString() : BasicOperations.concatenate(pieces);
  }

  private Automaton quantified(Automaton atom) {
    if (at >= pattern.length()) {
      return atom;
    }
    char c = pattern.charAt(at);
    Automaton result;
    if (c == '*') {
      at++;
      result = atom.repeat();
    } else if (c == '+') {
      at++;
      result = atom.repeat(1);
    } else if (c == '?') {
      at++;
      result = atom.optional();
    } else if (c == '{' && isCount()) {
      at++;
      int min = number();
      int max = min;
      boolean open = false;
      if (eat(',')) {
        if (peek('}')) {
          open = true;
        } else {
          max = number();
        }
      }
      expect('}');
      if (min > MAX_REPEAT || max > MAX_REPEAT) {
        throw new Unsupported("a repetition count above " + MAX_REPEAT);
      }
      if (!open && max < min) {
        throw new Unsupported(
            "a repetition {" + min + "," + max + "} whose maximum is below its minimum");
      }
      result = open ? atom.repeat(min) : atom.repeat(min, max);
    } else {
      return atom;
    }
    // A lazy quantifier accepts the same strings when the whole value must match; a possessive
    // one does not, so it is refused.
    if (eat('+')) {
      throw new Unsupported("a possessive quantifier");
    }
    eat('?');
    if (at < pattern.length() && "*+?".indexOf(pattern.charAt(at)) >= 0 || peek('{') && isCount()) {
      throw new Unsupported("two quantifiers in a row");
    }
    return result;
  }

  private boolean isCount() {
    int i = at + 1;
    int digits = 0;
    while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0 || i >= pattern.length()) {
      return false;
    }
    if (pattern.charAt(i) == '}') {
      return true;
    }
    if (pattern.charAt(i) != ',') {
      return false;
    }
    i++;
    while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
      i++;
    }
    return i < pattern.length() && pattern.charAt(i) == '}';
  }

  private int number() {
    int start = at;
    while (at < pattern.length() && Character.isDigit(pattern.charAt(at))) {
      at++;
    }
    if (start == at || at - start > 6) {
      throw new Unsupported("a repetition count that is not a small number");
    }
    return Integer.parseInt(pattern.substring(start, at));
  }

  private Automaton atom() {
    char c = pattern.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '.':
        // ECMA-262's '.' without the s flag: anything but a LineTerminator (not Java's, which also
        // excludes U+0085).
        return BasicAutomata.makeAnyChar().minus(BasicAutomata.makeCharSet(LINE_TERMINATORS));
      case '\\':
        return escape(false);
      case '*':
      case '+':
      case '?':
        throw new Unsupported("a quantifier '" + c + "' with nothing to repeat");
      case '{':
        throw new Unsupported("a '{' that is not a repetition count");
      default:
        return BasicAutomata.makeChar(c);
    }
  }

  private Automaton group() {
    if (eat('?')) {
      if (eat(':')) {
        // non-capturing group
      } else if (peek('<')
          && at + 1 < pattern.length()
          && Character.isLetter(pattern.charAt(at + 1))) {
        int close = pattern.indexOf('>', at);
        if (close < 0) {
          throw new Unsupported("an unterminated group name");
        }
        at = close + 1;
      } else {
        throw new Unsupported("a look-around, atomic group or inline flag '(?" + rest(2) + "'");
      }
    }
    Automaton inner = alternation();
    expect(')');
    return inner;
  }

  private Automaton characterClass() {
    boolean negated = eat('^');
    List<Automaton> members = new ArrayList<>();
    while (true) {
      if (at >= pattern.length()) {
        throw new Unsupported("an unterminated character class");
      }
      char c = pattern.charAt(at);
      // ECMA-262: a ']' closes the class even first, so `[]` is empty and `[^]` is any character.
      if (c == ']') {
        at++;
        break;
      }
      if (c == '[') {
        throw new Unsupported("a nested character class");
      }
      if (c == '&' && at + 1 < pattern.length() && pattern.charAt(at + 1) == '&') {
        throw new Unsupported("a character class intersection '&&'");
      }
      at++;
      Automaton single;
      char low;
      if (c == '\\') {
        single = escape(true);
        Character literal = singleChar(single);
        if (literal == null) {
          members.add(single);
          continue;
        }
        low = literal;
      } else {
        low = c;
      }
      if (peek('-') && at + 1 < pattern.length() && pattern.charAt(at + 1) != ']') {
        at++;
        char high = pattern.charAt(at++);
        if (high == '\\') {
          Character literal = singleChar(escape(true));
          if (literal == null) {
            throw new Unsupported("a range that ends in a class escape");
          }
          high = literal;
        } else if (high == '[') {
          throw new Unsupported("a nested character class");
        }
        if (high < low) {
          throw new Unsupported("a reversed range " + low + "-" + high);
        }
        members.add(BasicAutomata.makeCharRange(low, high));
      } else {
        members.add(BasicAutomata.makeChar(low));
      }
    }
    Automaton set = members.isEmpty() ? BasicAutomata.makeEmpty() : BasicOperations.union(members);
    return negated ? BasicAutomata.makeAnyChar().minus(set) : set;
  }

  /** The one character an automaton accepts, if it accepts exactly one string of length one. */
  private static Character singleChar(Automaton automaton) {
    String example = automaton.getShortestExample(true);
    if (example == null || example.length() != 1) {
      return null;
    }
    return automaton.minus(BasicAutomata.makeChar(example.charAt(0))).isEmpty()
        ? example.charAt(0)
        : null;
  }

  private Automaton escape(boolean inClass) {
    if (at >= pattern.length()) {
      throw new Unsupported("a trailing backslash");
    }
    char c = pattern.charAt(at++);
    switch (c) {
      case 'd':
        return BasicAutomata.makeCharRange('0', '9');
      case 'D':
        return negatedClass(BasicAutomata.makeCharRange('0', '9'), inClass, c);
      case 'w':
        return word();
      case 'W':
        return negatedClass(word(), inClass, c);
      case 's':
        return whiteSpace();
      case 'S':
        return negatedClass(whiteSpace(), inClass, c);
      case 't':
        return BasicAutomata.makeChar('\t');
      case 'n':
        return BasicAutomata.makeChar('\n');
      case 'r':
        return BasicAutomata.makeChar('\r');
      case 'f':
        return BasicAutomata.makeChar('\f');
      case 'v':
        return BasicAutomata.makeChar('\u000B');
      case 'u':
        return BasicAutomata.makeChar((char) hex(4));
      case 'x':
        return BasicAutomata.makeChar((char) hex(2));
      default:
        if (Character.isLetterOrDigit(c)) {
          // \b \B \A \z \Z \G \p \P \Q \k \1 ... : not a plain character, not a regular language.
          throw new Unsupported("the escape '\\" + c + "'");
        }
        return BasicAutomata.makeChar(c);
    }
  }

  private Automaton negatedClass(Automaton set, boolean inClass, char c) {
    if (inClass) {
      throw new Unsupported("the negated escape '\\" + c + "' inside a character class");
    }
    return BasicAutomata.makeAnyChar().minus(set);
  }

  /**
   * ECMA-262's {@code \s}: WhiteSpace and LineTerminator, Unicode spaces included (Java's is ASCII
   * only).
   */
  private static Automaton whiteSpace() {
    return BasicOperations.union(
        List.of(
            BasicAutomata.makeCharSet(
                " \t\u000B\f\u00A0\u1680\u202F\u205F\u3000\uFEFF" + LINE_TERMINATORS),
            BasicAutomata.makeCharRange('\u2000', '\u200A')));
  }

  private static Automaton word() {
    return BasicOperations.union(
        List.of(
            BasicAutomata.makeCharRange('a', 'z'),
            BasicAutomata.makeCharRange('A', 'Z'),
            BasicAutomata.makeCharRange('0', '9'),
            BasicAutomata.makeChar('_')));
  }

  private int hex(int digits) {
    if (at + digits > pattern.length()) {
      throw new Unsupported("a short hexadecimal escape");
    }
    try {
      int value = Integer.parseInt(pattern.substring(at, at + digits), 16);
      at += digits;
      return value;
    } catch (NumberFormatException e) {
      throw new Unsupported("a malformed hexadecimal escape");
    }
  }

  private String rest(int length) {
    return pattern.substring(at, Math.min(pattern.length(), at + length));
  }

  private boolean peek(char c) {
    return at < pattern.length() && pattern.charAt(at) == c;
  }

  private boolean eat(char c) {
    if (peek(c)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!eat(c)) {
      throw new Unsupported("a missing '" + c + "' at position " + at);
    }
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what);
    }
  }
}
