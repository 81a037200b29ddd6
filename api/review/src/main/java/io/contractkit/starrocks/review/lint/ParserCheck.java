package io.contractkit.starrocks.review.lint;

import java.util.ArrayList;
import java.util.List;

/** The parser (swagger-parser) reports nothing: no error, no warning, no unknown field. */
public final class ParserCheck {

  public static final String RULE = "parser";

  private ParserCheck() {}

  public static List<Finding> check(SpecDocument document) {
    List<Finding> findings = new ArrayList<>();
    for (String message : document.parserMessages()) {
      findings.add(new Finding(document.source(), RULE, message));
    }
    if (document.api() == null) {
      findings.add(new Finding(document.source(), RULE, document.unreadable()));
    } else if (!"3.0.3".equals(document.api().getOpenapi())) {
      findings.add(
          new Finding(
              "#/openapi", RULE, "expected OpenAPI 3.0.3, found " + document.api().getOpenapi()));
    }
    return findings;
  }
}
