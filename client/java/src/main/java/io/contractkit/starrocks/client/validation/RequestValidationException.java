package io.contractkit.starrocks.client.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A call's arguments break the contract, so nothing was sent. The message names every field at
 * fault, as the contract names it ({@code project_id}, {@code body.task_name}).
 *
 * <p>Unchecked, like any other invalid argument: it reports a mistake in the calling code, not a
 * condition to recover from at run time. Turn the checks off with {@code
 * StarRocksSyncClient.builder().validateRequests(false)}.
 */
public class RequestValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * One broken rule.
   *
   * @param field the parameter or body field, in the contract's names
   * @param message what the rule asks
   * @param rejectedValue the value, when it is a short scalar worth showing, else {@code null}
   */
  public record Violation(String field, String message, String rejectedValue) {

    @Override
    public String toString() {
      return rejectedValue == null
          ? field + " " + message
          : field + " " + message + " (was \"" + rejectedValue + "\")";
    }
  }

  private final String operationId;
  private final transient List<Violation> violations;

  public RequestValidationException(String operationId, List<Violation> violations) {
    super(
        operationId
            + " was not sent: the request breaks the contract: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.operationId = operationId;
    this.violations = List.copyOf(violations);
  }

  public String getOperationId() {
    return operationId;
  }

  /** Every broken rule, sorted by field. */
  public List<Violation> getViolations() {
    return violations;
  }
}
