package io.contractkit.starrocks.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.StrictJson;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.Violation;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answer to a request Jetty's HTTP parser refuses before WireMock sees it (a raw space, tab or
 * illegal character in the request line, a header or request line too large): Jetty's status (400,
 * 414, 431, ...), but in the document's error format with {@link StubError#MALFORMED_REQUEST}
 * instead of Jetty's HTML page.
 *
 * <p>Jetty asks the server's {@link ErrorHandler} bean for the body of such an answer ({@link
 * #badMessageError}); {@link StubHttpServerFactory} installs this one on the server. It also writes
 * the page Jetty makes of any other failure while a request is answered (an exception out of a
 * servlet, a {@code sendError}): the same format, with {@link StubError#INTERNAL_ERROR} and the
 * exception's type and message for a 5xx, never a stack trace (a test's own mapping whose body file
 * is missing gave a 6 KB HTML page with one).
 */
final class MalformedRequestAnswer extends ErrorHandler {

  static final String JSON = "application/json";

  private final Supplier<ContractRuntime> contract;

  MalformedRequestAnswer(Supplier<ContractRuntime> contract) {
    this.contract = contract;
  }

  /** Another handler of the same answers, for a servlet context (a handler has one owner). */
  MalformedRequestAnswer copy() {
    return new MalformedRequestAnswer(contract);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String message = message(status, reason);
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    fields.put(ViolationHeader.NAME, violationHeader(message));
    return ByteBuffer.wrap(body(message));
  }

  /**
   * The same answer to a request Jetty parsed but WireMock cannot read ({@link
   * UnreadableRequestFilter}), written on the servlet response.
   */
  void write(HttpServletResponse response, int status, String reason) throws IOException {
    String message = message(status, reason);
    byte[] body = body(message);
    response.setStatus(status);
    response.setContentType(JSON);
    response.setHeader(ViolationHeader.NAME, violationHeader(message));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    if (code < 500) {
      write(response, code, message);
      return;
    }
    String failure = failure(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), message);
    byte[] body = body(StubError.INTERNAL_ERROR, failure);
    response.setContentType(JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** What failed, for the message of a 5xx: the exception's type and message, bounded. */
  static String failure(Object exception, String reason) {
    String what =
        exception instanceof Throwable thrown
            ? thrown.getClass().getName() + ": " + thrown.getMessage()
            : reason == null || reason.isBlank() ? "no reason given" : reason;
    return "The stub failed while answering: " + Sanitized.whole(what, Sanitized.MAX_WHOLE);
  }

  private byte[] body(String message) {
    return body(StubError.MALFORMED_REQUEST, message);
  }

  private byte[] body(StubError error, String message) {
    try {
      return StrictJson.mapper().writeValueAsBytes(contract.get().stubErrorBody(error, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer", e);
    }
  }

  private static String violationHeader(String message) {
    return ViolationHeader.of(List.of(new Violation("request", message)));
  }

  /** The message of the answer: the status and Jetty's reason, printable and bounded. */
  static String message(int status, String reason) {
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return "The stub's HTTP server could not parse the request ("
        + status
        + "): "
        + Sanitized.whole(why, Sanitized.MAX_WHOLE);
  }
}
