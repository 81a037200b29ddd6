package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * WireMock's own Jetty 11 server, unchanged but for the server's {@link ErrorHandler}: a request
 * Jetty refuses before WireMock sees it is answered by {@link MalformedRequestAnswer}, in the
 * document's error format, not with Jetty's HTML page.
 */
final class StubHttpServerFactory implements HttpServerFactory {

  private final StubRuntime runtime;

  StubHttpServerFactory(StubRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    return new StubHttpServer(
        options,
        adminRequestHandler,
        stubRequestHandler,
        new MalformedRequestAnswer(runtime::contract));
  }

  /** Sets the handler after WireMock's constructor has built the (not yet started) Jetty server. */
  private static final class StubHttpServer extends Jetty11HttpServer {

    StubHttpServer(
        Options options, AdminRequestHandler admin, StubRequestHandler stub, ErrorHandler errors) {
      super(options, admin, stub);
      jettyServer.setErrorHandler(errors);
    }
  }
}
