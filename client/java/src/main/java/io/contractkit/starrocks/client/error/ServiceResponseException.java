package io.contractkit.starrocks.client.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.client.invoker.ApiException;
import io.contractkit.starrocks.client.model.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * The service answered with a status outside 2xx. Carries what a caller branches on: the HTTP
 * status, the API's {@code error_code} and {@code error_msg}, the request id to quote to support,
 * and the raw body.
 *
 * <p>Catch {@link ClientRequestException} for 4xx (fix the request or the credential) and {@link
 * ServerResponseException} for 5xx (may be retried). Both extend this class, which extends the
 * generated {@link ApiException}, so code written against the generated API keeps compiling. When
 * the body is not the API's error document (a proxy's HTML page, say), the error code and message
 * are {@code null} and the exception's message quotes the start of the body instead.
 */
public class ServiceResponseException extends ApiException implements Retryable {

  private static final long serialVersionUID = 1L;

  /** Response header carrying the provider's ID of the request. */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  /** Response header with how long to wait before sending again (RFC 9110). */
  public static final String RETRY_AFTER_HEADER = "Retry-After";

  static final int QUOTED_BODY_LENGTH = 200;

  private static final int TOO_MANY_REQUESTS = 429;

  private final String operationId;
  private final String errorCode;
  private final String errorMsg;
  private final String requestId;
  private final boolean errorDocument;
  private final Long retryAfterSeconds;

  protected ServiceResponseException(
      String operationId,
      int httpStatusCode,
      HttpHeaders headers,
      String body,
      ErrorResponse error) {
    super(
        message(operationId, httpStatusCode, body, error, requestId(headers, error)),
        httpStatusCode,
        headers,
        body);
    this.operationId = operationId;
    this.errorCode = error == null ? null : error.getErrorCode();
    this.errorMsg = error == null ? null : error.getErrorMsg();
    this.requestId = requestId(headers, error);
    this.errorDocument = error != null;
    this.retryAfterSeconds = retryAfter(headers, Instant.now());
  }

  /**
   * Reads an error answer and builds the exception for its status.
   *
   * @param objectMapper the client's mapper, used to read the API's error document
   */
  public static ServiceResponseException from(
      String operationId, HttpResponse<InputStream> response, ObjectMapper objectMapper)
      throws IOException {
    String body = body(response);
    ErrorResponse error = errorDocument(body, objectMapper);
    int status = response.statusCode();
    if (status >= 400 && status < 500) {
      return new ClientRequestException(operationId, status, response.headers(), body, error);
    }
    if (status >= 500 && status < 600) {
      return new ServerResponseException(operationId, status, response.headers(), body, error);
    }
    return new ServiceResponseException(operationId, status, response.headers(), body, error);
  }

  /** The operation that failed, as the contract's {@code operationId} names it. */
  public String getOperationId() {
    return operationId;
  }

  /** The HTTP status of the answer (same as {@link #getCode()}). */
  public int getHttpStatusCode() {
    return getCode();
  }

  /**
   * The API's {@code error_code}, such as {@code DBS.200022}; {@code null} when the body has none.
   */
  public String getErrorCode() {
    return errorCode;
  }

  /** The API's {@code error_msg}; {@code null} when the body has none. */
  public String getErrorMsg() {
    return errorMsg;
  }

  /**
   * The provider's ID of the request, from the {@value #REQUEST_ID_HEADER} header or, for the API
   * gateway's own errors, from the body's {@code request_id}; {@code null} when neither is there.
   */
  public String getRequestId() {
    return requestId;
  }

  /**
   * Whether the body was the API's error document. {@code false} for an answer a gateway or proxy
   * made up, such as an HTML 502 page: error code and message are then {@code null}, {@link
   * #getResponseBody()} holds what came.
   */
  public boolean hasErrorDocument() {
    return errorDocument;
  }

  /**
   * How long the answer asks to wait before sending again ({@value #RETRY_AFTER_HEADER}, RFC 9110:
   * a number of seconds or an HTTP date, counted from when the answer arrived); empty when it has
   * none or an unreadable one. Sent with 429 and 503.
   */
  public OptionalLong getRetryAfterSeconds() {
    return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
  }

  public boolean isClientError() {
    return getCode() >= 400 && getCode() < 500;
  }

  public boolean isServerError() {
    return getCode() >= 500 && getCode() < 600;
  }

  /**
   * Whether the same request may succeed later: a 5xx (the service failed) or a 429 (too many
   * requests, RFC 6585). Any other status will not change by sending the request again.
   */
  @Override
  public boolean isRetryable() {
    return isServerError() || getCode() == TOO_MANY_REQUESTS;
  }

  private static String body(HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = ApiClient.getResponseBody(response)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ErrorResponse errorDocument(String body, ObjectMapper objectMapper) {
    if (body.isBlank() || body.strip().charAt(0) != '{') {
      return null;
    }
    try {
      ErrorResponse error = objectMapper.readValue(body, ErrorResponse.class);
      return error.getErrorCode() == null && error.getErrorMsg() == null ? null : error;
    } catch (JsonProcessingException notTheErrorDocument) {
      return null;
    }
  }

  static Long retryAfter(HttpHeaders headers, Instant now) {
    String value =
        headers == null
            ? null
            : headers.firstValue(RETRY_AFTER_HEADER).map(String::strip).orElse(null);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException tooLarge) {
        return null;
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Math.max(0, Duration.between(now, at).toSeconds());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  static String requestId(HttpHeaders headers, ErrorResponse error) {
    String fromHeader = headers == null ? null : headers.firstValue(REQUEST_ID_HEADER).orElse(null);
    if (fromHeader != null && !fromHeader.isBlank()) {
      return fromHeader;
    }
    return error == null ? null : error.getRequestId();
  }

  private static String message(
      String operationId, int status, String body, ErrorResponse error, String requestId) {
    StringBuilder message =
        new StringBuilder(operationId).append(" failed with HTTP ").append(status);
    if (error != null) {
      message.append(": ").append(error.getErrorCode()).append(' ').append(error.getErrorMsg());
    } else if (body.isBlank()) {
      message.append(" and no body");
    } else {
      String start = body.strip();
      message
          .append(", and the body is not the API's error document: ")
          .append(
              start.length() <= QUOTED_BODY_LENGTH
                  ? start
                  : start.substring(0, QUOTED_BODY_LENGTH) + "…");
    }
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    return message.toString();
  }
}
