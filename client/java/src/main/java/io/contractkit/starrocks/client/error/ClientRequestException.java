package io.contractkit.starrocks.client.error;

import io.contractkit.starrocks.client.model.ErrorResponse;
import java.net.http.HttpHeaders;

/**
 * A 4xx answer: the request or the credential is wrong (an invalid parameter, an instance that does
 * not exist, a missing or expired token). Sending the same request again will not help.
 */
public class ClientRequestException extends ServiceResponseException {

  private static final long serialVersionUID = 1L;

  protected ClientRequestException(
      String operationId,
      int httpStatusCode,
      HttpHeaders headers,
      String body,
      ErrorResponse error) {
    super(operationId, httpStatusCode, headers, body, error);
  }
}
