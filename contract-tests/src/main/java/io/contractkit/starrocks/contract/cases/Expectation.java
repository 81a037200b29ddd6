package io.contractkit.starrocks.contract.cases;

/**
 * What a conforming server answers to a case.
 *
 * @param status the exact status expected
 * @param namedField for a rejected request, the field the error message must name; otherwise
 *     {@code null}
 * @param exampleName for a selected outcome, the documented example whose shape the answer must
 *     have; otherwise {@code null}
 */
public record Expectation(int status, String namedField, String exampleName) {

  public static Expectation rejected(int status, String field) {
    return new Expectation(status, field, null);
  }

  public static Expectation example(int status, String exampleName) {
    return new Expectation(status, null, exampleName);
  }

  public boolean isRejection() {
    return status >= 400 && exampleName == null;
  }
}
