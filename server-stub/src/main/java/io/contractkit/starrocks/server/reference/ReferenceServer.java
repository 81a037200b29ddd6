package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.stub.contract.Contract;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * The reference implementation on Jersey with the Grizzly HTTP server, for tests (this module's
 * and the contract tests'). Jersey is an optional dependency of this artifact: a module that runs
 * this class declares {@code jersey-container-grizzly2-http}, {@code jersey-hk2},
 * {@code jersey-media-json-jackson} and {@code jersey-bean-validation} itself.
 */
public final class ReferenceServer implements AutoCloseable {

  private final HttpServer server;

  private ReferenceServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free port of the loopback address. */
  public static ReferenceServer start() {
    return start(Contract.bundled(), 0);
  }

  public static ReferenceServer start(Contract contract, int port) {
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, new ReferenceApplication(contract), true);
    return new ReferenceServer(server);
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getListeners().iterator().next().getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
