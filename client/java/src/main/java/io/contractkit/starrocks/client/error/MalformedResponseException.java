package io.contractkit.starrocks.client.error;

import java.net.http.HttpHeaders;

/**
 * A 2xx answer whose body is not the JSON the operation returns: not JSON at all (a proxy's HTML
 * page), JSON cut off before its end, or JSON of another shape. {@link #getResponseBody()} holds
 * the body; the message quotes its start. See {@link InvalidResponseException}.
 */
public class MalformedResponseException extends InvalidResponseException {

  private static final long serialVersionUID = 1L;

  MalformedResponseException(
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
}
