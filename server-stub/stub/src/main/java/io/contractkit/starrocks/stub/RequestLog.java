package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.runtime.Secrets;

/**
 * The stub's request log ({@code --verbose}): each request and its answer, in the layout of
 * WireMock's own request log, with every credential masked.
 *
 * <p>It replaces WireMock's log, which prints header values as they came, tokens and AK/SK
 * signatures included, and has no way to leave them out. Secret headers are shown masked (see
 * {@link Secrets}); then the whole entry goes through {@link Secrets#redact}, so that a secret
 * quoted anywhere else (a body, a response header) is masked too.
 */
final class RequestLog implements ServeEventListener {

  static final String NAME = "starrocks-sync-request-log";

  private final StubRuntime runtime;
  private final Notifier notifier;

  RequestLog(StubRuntime runtime, Notifier notifier) {
    this.runtime = runtime;
    this.notifier = notifier;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    notifier.info(describe(event, runtime.contract().secrets()));
  }

  static String describe(ServeEvent event, Secrets secrets) {
    Request request = event.getRequest();
    StringBuilder entry = new StringBuilder("Request received:\n");
    entry
        .append(request.getClientIp())
        .append(" - ")
        .append(request.getMethod())
        .append(' ')
        .append(request.getUrl())
        .append("\n\n");
    appendHeaders(entry, request.getHeaders(), secrets);
    String body = request.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      entry.append(body).append('\n');
    }
    LoggedResponse response = event.getResponse();
    if (response != null) {
      entry.append("\nResponse:\nHTTP ").append(response.getStatus());
      if (response.getFault() != null) {
        entry.append(" (fault ").append(response.getFault()).append(')');
      }
      entry.append('\n');
      appendHeaders(entry, response.getHeaders(), secrets);
      String answer = response.getBodyAsString();
      if (answer != null && !answer.isEmpty()) {
        entry.append(answer).append('\n');
      }
    }
    return secrets.redact(entry.toString(), name -> StubRuntime.headerValues(request, name));
  }

  private static void appendHeaders(StringBuilder entry, HttpHeaders headers, Secrets secrets) {
    if (headers == null) {
      return;
    }
    for (HttpHeader header : headers.all()) {
      for (String value : header.values()) {
        entry
            .append(header.key())
            .append(": ")
            .append(secrets.show(header.key(), value))
            .append('\n');
      }
    }
  }
}
