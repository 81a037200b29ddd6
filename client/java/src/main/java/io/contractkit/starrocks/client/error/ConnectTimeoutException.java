package io.contractkit.starrocks.client.error;

/**
 * Opening the connection took longer than the client's connect timeout ({@code
 * StarRocksSyncClient.Builder#connectTimeout}). Nothing was sent: retryable.
 */
public class ConnectTimeoutException extends ConnectionFailedException {

  private static final long serialVersionUID = 1L;

  ConnectTimeoutException(
      String operationId, String method, String url, String whatHappened, Throwable cause) {
    super(operationId, method, url, whatHappened, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
