package io.contractkit.starrocks.stub;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.commons.fileupload.FileUploadException;

/**
 * A request with a {@code multipart/*} content type whose parts cannot be read (no {@code boundary}
 * parameter, or an empty one) gets a 400 in the document's error format with {@link
 * io.contractkit.starrocks.runtime.StubError#MALFORMED_REQUEST}.
 *
 * <p>WireMock reads the parts of every multipart request into its journal before any mapping or
 * check runs, and lets commons-fileupload's exception escape: Jetty then answered 500 with an HTML
 * page and a stack trace (found by Schemathesis's coverage phase, {@code Content-Type:
 * multipart/form-data} without a boundary). The exception is only caught here, around WireMock's
 * servlet, so a readable multipart body still reaches the contract check unchanged.
 */
final class UnreadableMultipartFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<MalformedRequestAnswer> answer;

  UnreadableMultipartFilter(Supplier<MalformedRequestAnswer> answer) {
    this.answer = answer;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (Exception failure) {
      FileUploadException unreadable = unreadableParts(failure);
      if (unreadable == null || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      answer
          .get()
          .write(
              response,
              HttpServletResponse.SC_BAD_REQUEST,
              "the multipart body cannot be read: " + unreadable.getMessage());
    }
  }

  /** commons-fileupload's exception in the cause chain, if that is what failed. */
  private static FileUploadException unreadableParts(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileUploadException unreadable) {
        return unreadable;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
