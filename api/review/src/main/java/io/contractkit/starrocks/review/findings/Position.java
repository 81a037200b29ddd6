package io.contractkit.starrocks.review.findings;

/**
 * Where an element of a document is written: the file as a reviewer names it (relative to the
 * source root when under it, with forward slashes, as GitHub annotations and SARIF want it), and
 * the 1-based line and column of the element's key (or of the value, for the root and array items).
 *
 * @param pointer the JSON pointer of the element found at this position; for an element that is
 *     gone, the nearest surviving parent's
 */
public record Position(String file, int line, int column, String pointer) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
