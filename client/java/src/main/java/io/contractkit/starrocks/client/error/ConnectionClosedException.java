package io.contractkit.starrocks.client.error;

import java.net.http.HttpHeaders;

/**
 * The connection was reset or closed before a complete answer arrived: before any byte of it, in
 * the middle of its body (then {@link #getHttpStatusCode()} and {@link #getRequestId()} tell what
 * had arrived), or after bytes that were not HTTP. The service may have acted on the request, so it
 * is retryable only when the method is idempotent (see {@link TransportException}).
 */
public class ConnectionClosedException extends TransportException {

  private static final long serialVersionUID = 1L;

  ConnectionClosedException(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      HttpHeaders headers,
      Throwable cause) {
    super(operationId, method, url, whatHappened, status, headers, null, cause);
  }

  @Override
  public boolean isRetryable() {
    return idempotent(getMethod());
  }
}
