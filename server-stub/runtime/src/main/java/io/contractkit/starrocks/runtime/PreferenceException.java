package io.contractkit.starrocks.runtime;

/** A {@code Prefer} header that asks for something the document (or the stub) does not have. */
public final class PreferenceException extends IllegalArgumentException {

  private final StubError error;

  public PreferenceException(StubError error, String message) {
    super(message);
    this.error = error;
  }

  /** Which of the stub's own error codes the answer carries. */
  public StubError error() {
    return error;
  }
}
