package io.contractkit.starrocks.review.findings;

/**
 * One finding of the review, in the one shape every output format is written from.
 *
 * @param id stable across runs: the same change of the same document gets the same id (see {@link
 *     FindingIds})
 * @param category {@code parser}, {@code example}, {@code house-rule} or {@code compatibility}
 * @param rule the rule id (a house rule, a compatibility rule, {@code parser}, {@code
 *     example-matches-schema})
 * @param severity error for what breaks or is invalid, note for compatible changes
 * @param breaking whether the finding is a breaking change (compatibility only)
 * @param where the place as a reader names it (a JSON pointer for lint, the gate's place otherwise)
 * @param message what is wrong or what changed
 * @param why why that breaks whom (or why it is compatible)
 * @param position the element in the document under review, or its nearest surviving parent
 * @param baselinePosition the element in the baseline for compatibility findings, else {@code null}
 * @param exact whether {@code position} is the element itself (not a parent of a removed one)
 */
public record ReviewFinding(
    String id,
    String category,
    String rule,
    Severity severity,
    boolean breaking,
    String where,
    String message,
    String why,
    Position position,
    Position baselinePosition,
    boolean exact) {

  public static final String PARSER = "parser";
  public static final String EXAMPLE = "example";
  public static final String HOUSE_RULE = "house-rule";
  public static final String COMPATIBILITY = "compatibility";

  /** A one-line title: the rule and the place. */
  public String title() {
    return (breaking
            ? "Breaking change"
            : COMPATIBILITY.equals(category) ? "Compatible change" : category)
        + " ["
        + rule
        + "] "
        + where;
  }

  @Override
  public String toString() {
    return severity.id() + " " + id + " " + position + " [" + rule + "] " + where + ": " + message;
  }
}
