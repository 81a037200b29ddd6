package io.contractkit.starrocks.stub.contract;

/** A {@code Prefer} header that asks for something the document does not have. */
public final class PreferenceException extends IllegalArgumentException {

  public PreferenceException(String message) {
    super(message);
  }
}
