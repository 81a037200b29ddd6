package io.contractkit.starrocks.review.lint;

import java.util.ArrayList;
import java.util.List;

/** All the checks the build runs on a document: parser, examples, house rules. */
public final class SpecLint {

  private SpecLint() {}

  public static List<Finding> check(SpecDocument document) {
    List<Finding> findings = new ArrayList<>(ParserCheck.check(document));
    if (document.api() != null) {
      findings.addAll(ExampleCheck.check(document));
      findings.addAll(HouseRules.check(document));
    }
    return findings;
  }

  /** The findings as one block of text, one per line, for an assertion message or a report. */
  public static String describe(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    findings.forEach(finding -> text.append("\n  ").append(finding));
    return text.toString();
  }
}
