package io.contractkit.starrocks.client.error;

import io.contractkit.starrocks.client.invoker.ApiException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Set;

/**
 * The exchange with the service failed before a usable answer arrived: no connection, no answer in
 * time, a connection that broke, or a 2xx answer whose body cannot be read. (An answer the service
 * did give with a status outside 2xx is a {@link ServiceResponseException} instead.)
 *
 * <p>Extends the generated {@link ApiException}, so {@code throws ApiException} stays valid. The
 * JDK's exception that reported the failure is the {@linkplain #getCause() cause}. The message
 * names the operation, the method and the URL (without query or user info, which may carry secrets)
 * and says in plain words what happened.
 *
 * <table>
 *   <caption>The subclasses</caption>
 *   <tr><th>exception</th><th>what happened</th><th>retryable</th></tr>
 *   <tr><td>{@link ConnectionFailedException}</td><td>no connection could be opened (refused,
 *       unknown host, unreachable)</td><td>yes (nothing was sent), except a failed TLS
 *       handshake</td></tr>
 *   <tr><td>{@link ConnectTimeoutException}</td><td>opening the connection took longer than the
 *       connect timeout</td><td>yes</td></tr>
 *   <tr><td>{@link RequestTimeoutException}</td><td>the answer's headers did not arrive within the
 *       request timeout</td><td>when the method is idempotent</td></tr>
 *   <tr><td>{@link ConnectionClosedException}</td><td>the connection was reset or closed before a
 *       complete answer arrived, or what arrived was not HTTP</td><td>when the method is
 *       idempotent</td></tr>
 *   <tr><td>{@link EmptyResponseException}</td><td>a 2xx answer without the body the operation
 *       returns</td><td>no</td></tr>
 *   <tr><td>{@link MalformedResponseException}</td><td>a 2xx answer whose body is not the JSON
 *       the operation returns</td><td>no</td></tr>
 * </table>
 *
 * <p>"When the method is idempotent": the request may have reached the service and taken effect, so
 * sending it again is only safe when doing it twice equals doing it once, which HTTP promises for
 * {@code PUT}, {@code DELETE}, {@code GET}, {@code HEAD}, {@code OPTIONS} and {@code TRACE} (RFC
 * 9110, section 9.2.2). An unreadable 2xx answer is not retryable: the service did act, and a
 * second attempt usually meets the same proxy or the same fault.
 */
public abstract class TransportException extends ApiException implements Retryable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  private final String operationId;
  private final String method;
  private final String url;
  private final String requestId;

  /**
   * @param url where the request went, already stripped of query and user info
   * @param status the answer's status, 0 when no answer arrived
   * @param headers the answer's headers, {@code null} when no answer arrived
   * @param body the answer's body as text, {@code null} when it is not kept
   */
  TransportException(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      HttpHeaders headers,
      String body,
      Throwable cause) {
    this(
        operationId,
        method,
        url,
        whatHappened,
        status,
        headers,
        body,
        cause,
        ServiceResponseException.requestId(headers, null));
  }

  private TransportException(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      HttpHeaders headers,
      String body,
      Throwable cause,
      String requestId) {
    super(
        message(operationId, method, url, whatHappened, status, requestId, cause),
        cause,
        status,
        headers,
        body);
    this.operationId = operationId;
    this.method = method;
    this.url = url;
    this.requestId = requestId;
  }

  /** The operation that failed, as the contract's {@code operationId} names it. */
  public String getOperationId() {
    return operationId;
  }

  /** The HTTP method of the request, such as {@code PUT}. */
  public String getMethod() {
    return method;
  }

  /**
   * Where the request went: scheme, host, port and path (no query, no user info). When the failure
   * is only known after the generated code read the answer (a body of the wrong shape), the path is
   * the contract's path template.
   */
  public String getUrl() {
    return url;
  }

  /** The status of the answer, or 0 when no answer arrived (same as {@link #getCode()}). */
  public int getHttpStatusCode() {
    return getCode();
  }

  /** The provider's ID of the request from the answer's headers; {@code null} without them. */
  public String getRequestId() {
    return requestId;
  }

  /** Whether the method may be sent twice with the effect of once (RFC 9110, 9.2.2). */
  static boolean idempotent(String method) {
    return method != null && IDEMPOTENT_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /** {@code uri} without query, fragment or user info: those may carry secrets. */
  static String shown(URI uri) {
    if (uri == null) {
      return "?";
    }
    StringBuilder shown = new StringBuilder();
    if (uri.getScheme() != null) {
      shown.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      shown.append(uri.getHost());
    }
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      shown.append(uri.getRawPath());
    }
    return shown.toString();
  }

  private static String message(
      String operationId,
      String method,
      String url,
      String whatHappened,
      int status,
      String requestId,
      Throwable cause) {
    StringBuilder message = new StringBuilder();
    message
        .append(operationId)
        .append(" (")
        .append(method)
        .append(' ')
        .append(url)
        .append(") failed: ")
        .append(whatHappened);
    if (status != 0 || requestId != null) {
      message.append(" [");
      if (status != 0) {
        message.append("HTTP ").append(status);
      }
      if (requestId != null) {
        message.append(status != 0 ? ", " : "").append("request id ").append(requestId);
      }
      message.append(']');
    }
    if (cause != null) {
      // The JDK's own words, for whoever digs further; they never hold a header value.
      message.append(" (").append(cause.getClass().getName());
      if (cause.getMessage() != null) {
        message.append(": ").append(cause.getMessage());
      }
      message.append(')');
    }
    return message.toString();
  }
}
