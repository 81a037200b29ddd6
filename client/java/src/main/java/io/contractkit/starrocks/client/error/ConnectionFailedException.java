package io.contractkit.starrocks.client.error;

import javax.net.ssl.SSLHandshakeException;

/**
 * No connection to the service could be opened: refused (nothing listens on the port), an unknown
 * host, a network that cannot reach it, or a failed TLS handshake. Nothing was sent, so the request
 * is retryable, except after a failed TLS handshake: an untrusted certificate does not fix itself.
 */
public class ConnectionFailedException extends TransportException {

  private static final long serialVersionUID = 1L;

  ConnectionFailedException(
      String operationId, String method, String url, String whatHappened, Throwable cause) {
    super(operationId, method, url, whatHappened, 0, null, null, cause);
  }

  @Override
  public boolean isRetryable() {
    return !(getCause() instanceof SSLHandshakeException);
  }
}
