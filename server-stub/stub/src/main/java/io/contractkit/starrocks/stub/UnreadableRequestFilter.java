package io.contractkit.starrocks.stub;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A request WireMock cannot read ({@link UnreadableRequest}: a body that does not decompress or
 * ends early, a percent-encoding that does not decode, multipart parts without a boundary, an admin
 * parameter that is not a number) gets a 400 in the document's error format with {@link
 * io.contractkit.starrocks.runtime.StubError#MALFORMED_REQUEST}, instead of the 500 HTML page Jetty
 * made of the reader's exception.
 *
 * <p>Around WireMock's servlets (the stubs' and the admin API's), so a readable request reaches
 * them unchanged; anything else that fails goes on to {@link MalformedRequestAnswer} as before.
 */
final class UnreadableRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<MalformedRequestAnswer> answer;

  UnreadableRequestFilter(Supplier<MalformedRequestAnswer> answer) {
    this.answer = answer;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (Exception failure) {
      // Exception, not the declared types: WireMock throws commons-fileupload's checked exception
      // without declaring it.
      Optional<String> unreadable = UnreadableRequest.reason(failure);
      if (unreadable.isEmpty() || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      answer.get().write(response, UnreadableRequest.status(failure), unreadable.get());
    }
  }
}
