package io.contractkit.starrocks.client.error;

import java.net.http.HttpHeaders;

/**
 * A 2xx answer without a body, for an operation whose answer has one. See {@link
 * InvalidResponseException}.
 */
public class EmptyResponseException extends InvalidResponseException {

  private static final long serialVersionUID = 1L;

  EmptyResponseException(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      HttpHeaders headers) {
    super(operationId, method, url, whatHappened, status, headers, "", null);
  }
}
