package io.contractkit.starrocks.review.lint;

/**
 * The house rules of the document. The README's "House rules" section lists the same ids; a test
 * keeps the two in step.
 */
public enum HouseRule {
  OPERATION_METADATA(
      "operation-metadata",
      "every operation has a camelCase verb-phrase operationId, a summary, a description and a"
          + " declared, described tag"),
  DESCRIBED(
      "described",
      "every component schema, property, parameter, header, response and security scheme has a"
          + " description"),
  BOUNDED_REQUEST_STRINGS(
      "bounded-request-strings",
      "every string a client sends (parameter or request body) has a pattern, an enum or a"
          + " maxLength"),
  ANCHORED_PATTERNS("anchored-patterns", "every pattern starts with ^, ends with $ and compiles"),
  SNAKE_CASE_PROPERTIES("snake-case-properties", "every property name is snake_case"),
  NAMED_EXAMPLES(
      "named-examples",
      "every request body and response body has named examples, each with a summary, named in"
          + " snake_case and unique within its operation"),
  SHARED_ERRORS(
      "shared-errors",
      "every 4xx and 5xx response is a shared component under components/responses whose body"
          + " is the ErrorResponse schema"),
  OPERATION_SECURITY(
      "operation-security",
      "every operation declares its own security requirements (request validators ignore the"
          + " top-level ones) and every scheme they name is defined"),
  ERRORS_DOCUMENTED("errors-documented", "every operation documents its 400, 401 and 500 answers"),
  NO_UNUSED_COMPONENTS(
      "no-unused-components",
      "every component is used, directly or through another used component");

  private final String id;
  private final String summary;

  HouseRule(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  /** Every rule's id, in the order of the README's table. */
  public static java.util.List<String> ids() {
    return java.util.Arrays.stream(values()).map(HouseRule::id).toList();
  }

  /** The rule with {@code id}, if any. */
  public static java.util.Optional<HouseRule> byId(String id) {
    return java.util.Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }
}
