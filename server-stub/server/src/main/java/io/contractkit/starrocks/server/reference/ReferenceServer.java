package io.contractkit.starrocks.server.reference;

import com.sun.net.httpserver.HttpServer;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;

/**
 * The reference implementation on Jersey with the JDK's own HTTP server, for tests (this module's
 * and the contract tests'). Jersey is an optional dependency of this artifact: a module that runs
 * this class declares {@code jersey-container-jdk-http}, {@code jersey-hk2}, {@code
 * jersey-media-json-jackson} and {@code jersey-bean-validation} itself.
 *
 * <p>Not Grizzly: Grizzly without its HTTP/2 filters hangs on a request that offers an h2c upgrade
 * and carries a body, which is what the JDK's own HttpClient sends by default
 * (eclipse-ee4j/jersey#6059).
 */
public final class ReferenceServer implements AutoCloseable {

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService workers;

  private ReferenceServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /** Starts on a free port of the loopback address. */
  public static ReferenceServer start() {
    return start(ContractRuntime.bundled(), 0);
  }

  public static ReferenceServer start(ContractRuntime contract, int port) {
    return start(contract, port, false);
  }

  /**
   * @param logRequests whether each request is logged, credentials redacted (see {@link
   *     ReferenceApplication#ReferenceApplication(ContractRuntime, boolean)})
   */
  public static ReferenceServer start(ContractRuntime contract, int port, boolean logRequests) {
    // The JDK server writes an answer's head and body separately without TCP_NODELAY, so on a
    // kept-alive connection each answer waited for the client's delayed ACK: about 55 ms per
    // request from Python's requests (Schemathesis), 6-22 ms with it. Read once per JVM, when the
    // first JDK server is made; a value the user set is kept.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    HttpServer server =
        JdkHttpServerFactory.createHttpServer(
            uri, new ReferenceApplication(contract, logRequests), false);
    // The JDK server answers on one thread unless given more; a slow request must not stall others.
    ExecutorService workers =
        Executors.newFixedThreadPool(
            8,
            runnable -> {
              Thread thread = new Thread(runnable, "reference-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    server.start();
    return new ReferenceServer(server, workers);
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
