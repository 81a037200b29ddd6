package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.RequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty 11 server, unchanged but for the server's {@link ErrorHandler}, one filter
 * on each context, the HTTP/1.1 connections ({@link NoHttp09ConnectionFactory}) and the request
 * handler's shortcut and {@link AtomicReset}: a request Jetty refuses before WireMock sees it, or
 * that WireMock cannot read ({@link UnreadableRequestFilter}), and any failure while answering, are
 * answered by {@link MalformedRequestAnswer}, in the document's error format, not with Jetty's HTML
 * page; a request only the contract's mappings can answer takes the {@link ContractShortcut}.
 */
final class StubHttpServerFactory implements HttpServerFactory {

  private final StubRuntime runtime;
  private final ContractShortcut shortcut;
  private final AtomicReset reset;

  StubHttpServerFactory(StubRuntime runtime, ContractShortcut shortcut, AtomicReset reset) {
    this.runtime = runtime;
    this.shortcut = shortcut;
    this.reset = reset;
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
        new MalformedRequestAnswer(runtime::contract),
        shortcut,
        reset);
  }

  /** Sets the handler after WireMock's constructor has built the (not yet started) Jetty server. */
  private static final class StubHttpServer extends Jetty11HttpServer {

    /**
     * Set after WireMock's constructor, which calls {@link
     * #decorateMockServiceContextBeforeConfig}.
     */
    private MalformedRequestAnswer errors;

    StubHttpServer(
        Options options,
        AdminRequestHandler admin,
        StubRequestHandler stub,
        MalformedRequestAnswer errors,
        ContractShortcut shortcut,
        AtomicReset reset) {
      super(options, admin, stub);
      this.errors = errors;
      jettyServer.setErrorHandler(errors);
      // WireMock's servlet looks its handler up in the context when Jetty starts (after this).
      String key = StubRequestHandler.class.getName();
      for (var handler : jettyServer.getChildHandlersByClass(ServletContextHandler.class)) {
        if (handler instanceof ServletContextHandler context) {
          // A servlet context answers its own failures (Jetty gives it an HTML error page
          // handler when it starts without one), not with the server's handler.
          context.setErrorHandler(errors.copy());
          if (context.getAttribute(key) instanceof RequestHandler wireMock) {
            context.setAttribute(key, reset.around(shortcut.around(wireMock)));
          }
        }
      }
    }

    @Override
    protected ServerConnector createHttpConnector(
        String bindAddress, int port, JettySettings settings, NetworkTrafficListener listener) {
      ServerConnector connector = super.createHttpConnector(bindAddress, port, settings, listener);
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        // First again, so HTTP/1.1 stays the default protocol (before WireMock's h2c).
        connector.removeConnectionFactory(http.getProtocol());
        connector.addFirstConnectionFactory(
            new NoHttp09ConnectionFactory(http.getHttpConfiguration()));
      }
      return connector;
    }

    @Override
    protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
      addUnreadableRequestFilter(context);
    }

    @Override
    protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
      addUnreadableRequestFilter(context);
    }

    private void addUnreadableRequestFilter(ServletContextHandler context) {
      // Read at request time: this runs inside the super constructor, before `errors` is set.
      context.addFilter(
          new FilterHolder(new UnreadableRequestFilter(() -> errors)),
          "/*",
          EnumSet.of(DispatcherType.REQUEST));
    }
  }
}
