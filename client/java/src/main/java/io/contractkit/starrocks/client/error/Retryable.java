package io.contractkit.starrocks.client.error;

/**
 * A failure that says whether sending the same request again may succeed. Implemented by every
 * exception of this package, so that a retry loop needs one test: {@code e instanceof Retryable r
 * && r.isRetryable()}.
 */
public interface Retryable {

  /**
   * Whether the same request may be sent again: the failure may be transient, and sending the
   * request twice does no harm beyond what sending it once does.
   */
  boolean isRetryable();
}
