package io.contractkit.starrocks.client.error;

import io.contractkit.starrocks.client.model.ErrorResponse;
import java.net.http.HttpHeaders;

/** A 5xx answer: the service failed. The contract says the request may be retried later. */
public class ServerResponseException extends ServiceResponseException {

  private static final long serialVersionUID = 1L;

  protected ServerResponseException(
      String operationId,
      int httpStatusCode,
      HttpHeaders headers,
      String body,
      ErrorResponse error) {
    super(operationId, httpStatusCode, headers, body, error);
  }
}
