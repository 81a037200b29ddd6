package io.contractkit.starrocks.contract.cases;

/**
 * What a conforming server answers to a case.
 *
 * @param status the exact status expected
 * @param namedField for a rejected request, the field the error message must name; otherwise {@code
 *     null}
 * @param exampleName for a selected outcome, the documented example whose shape the answer must
 *     have; otherwise {@code null}
 * @param verbatim whether the answer must be that example exactly (an example asked for by name),
 *     not only have its shape (a default answer, which may reflect the request)
 */
public record Expectation(int status, String namedField, String exampleName, boolean verbatim) {

  public static Expectation rejected(int status, String field) {
    return new Expectation(status, field, null, false);
  }

  /** An answer with the example's shape. */
  public static Expectation example(int status, String exampleName) {
    return new Expectation(status, null, exampleName, false);
  }

  /** The example itself. */
  public static Expectation exactly(int status, String exampleName) {
    return new Expectation(status, null, exampleName, true);
  }

  /** Only the status (a documented status without example, such as a 204). */
  public static Expectation status(int status) {
    return new Expectation(status, null, null, false);
  }

  public boolean isRejection() {
    return status >= 400 && exampleName == null;
  }
}
