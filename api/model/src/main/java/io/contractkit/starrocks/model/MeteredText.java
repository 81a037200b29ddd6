package io.contractkit.starrocks.model;

/**
 * A value read through a budget: every character read by java.util.regex costs one step, and the
 * read past the last one throws {@link OutOfSteps}. java.util.regex has no time limit of its own;
 * counting reads bounds a backtracking match deterministically (the same value stops at the same
 * point on any machine and under any load, unlike a clock), at the cost of one decrement per read.
 */
final class MeteredText implements CharSequence {

  /** The budget ran out: the match was abandoned. Without a stack trace, it is control flow. */
  static final class OutOfSteps extends RuntimeException {
    OutOfSteps() {
      super("out of steps", null, false, false);
    }
  }

  private final CharSequence text;
  private long stepsLeft;

  MeteredText(CharSequence text, long steps) {
    this.text = text;
    this.stepsLeft = steps;
  }

  @Override
  public char charAt(int index) {
    if (--stepsLeft < 0) {
      throw new OutOfSteps();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
