package io.contractkit.starrocks.client.error;

import java.net.http.HttpHeaders;

/**
 * A complete 2xx answer arrived, but its body is not what the operation returns: missing ({@link
 * EmptyResponseException}) or not the operation's JSON ({@link MalformedResponseException}). The
 * service did act on the request; whether it did what was asked cannot be told from the answer. Not
 * retryable: a second attempt usually meets the same proxy or fault, and repeats the change.
 */
public abstract class InvalidResponseException extends TransportException {

  private static final long serialVersionUID = 1L;

  InvalidResponseException(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      HttpHeaders headers,
      String body,
      Throwable cause) {
    super(operationId, method, url, whatHappened, status, headers, body, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
