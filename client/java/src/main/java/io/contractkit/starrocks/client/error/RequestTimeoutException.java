package io.contractkit.starrocks.client.error;

/**
 * The request was sent, but the answer's headers did not arrive within the client's request timeout
 * ({@code StarRocksSyncClient.Builder#requestTimeout}). The service may still have acted on it, so
 * it is retryable only when the method is idempotent (see {@link TransportException}).
 */
public class RequestTimeoutException extends TransportException {

  private static final long serialVersionUID = 1L;

  RequestTimeoutException(
      String operationId, String method, String url, String whatHappened, Throwable cause) {
    super(operationId, method, url, whatHappened, 0, null, null, cause);
  }

  @Override
  public boolean isRetryable() {
    return idempotent(getMethod());
  }
}
