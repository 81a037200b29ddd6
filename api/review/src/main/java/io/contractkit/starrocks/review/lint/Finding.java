package io.contractkit.starrocks.review.lint;

/**
 * One problem in the document: where it is (a JSON pointer into the document), which rule it
 * breaks, and what is wrong, so that a failed build tells the author exactly what to fix.
 */
public record Finding(String location, String rule, String message) {

  @Override
  public String toString() {
    return "[" + rule + "] " + location + ": " + message;
  }
}
