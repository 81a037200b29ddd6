package io.contractkit.starrocks.review.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser (swagger-parser) reports nothing: no error, no warning, no unknown field; and the
 * document is OpenAPI 3.0 (any 3.0.x), whose rules the review applies.
 */
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
    } else if (document.api().getOpenapi() == null
        || !document.api().getOpenapi().startsWith("3.0.")) {
      // The rules (nullable, exclusiveMinimum as a flag, …) are OpenAPI 3.0's; 3.1 reads
      // differently.
      findings.add(
          new Finding(
              "#/openapi", RULE, "expected OpenAPI 3.0.x, found " + document.api().getOpenapi()));
    }
    return findings;
  }
}
