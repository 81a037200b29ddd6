package io.contractkit.starrocks.review.compat;

/**
 * One difference between the baseline and the document, with its verdict and a sentence a reviewer
 * can act on.
 *
 * @param verdict breaking or compatible
 * @param rule the rule that judged it (a {@link CompatibilityRule} id)
 * @param where the place, as a reader of the reference names it ({@code PUT /path › response 200 ›
 *     field}), or the component
 * @param what what changed and why that verdict
 */
public record Change(Verdict verdict, String rule, String where, String what) {

  public boolean breaking() {
    return verdict == Verdict.BREAKING;
  }

  @Override
  public String toString() {
    return verdict + " [" + rule + "] " + where + ": " + what;
  }
}
