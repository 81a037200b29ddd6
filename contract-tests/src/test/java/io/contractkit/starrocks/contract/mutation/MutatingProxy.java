package io.contractkit.starrocks.contract.mutation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately broken server: forwards each request to a real one and breaks the exchange on the
 * way, the way a faulty implementation would (a renamed field, a wrong status, a check it forgot).
 * The suite is pointed at it to show that it notices.
 */
final class MutatingProxy implements AutoCloseable {

  /** One exchange as the proxy sees it; a mutant changes it before or after forwarding. */
  record Exchange(String method, String path, Map<String, List<String>> headers, byte[] body) {}

  record Reply(int status, String contentType, String body) {}

  interface Mutant {
    default Exchange request(Exchange exchange) {
      return exchange;
    }

    default Reply reply(Reply reply) {
      return reply;
    }
  }

  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "upgrade",
          "http2-settings",
          "expect",
          "accept-encoding");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final HttpServer server;

  MutatingProxy(String target, Mutant mutant) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> handle(exchange, target, mutant));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange, String target, Mutant mutant)
      throws IOException {
    try (exchange) {
      Exchange received =
          new Exchange(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestHeaders(),
              exchange.getRequestBody().readAllBytes());
      Exchange sent = mutant.request(received);
      HttpRequest.Builder forward =
          HttpRequest.newBuilder(URI.create(target + sent.path()))
              .timeout(Duration.ofSeconds(10))
              .method(sent.method(), HttpRequest.BodyPublishers.ofByteArray(sent.body()));
      sent.headers()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> forward.header(name, value));
                }
              });
      HttpResponse<String> answer =
          CLIENT.send(forward.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply =
          mutant.reply(
              new Reply(
                  answer.statusCode(),
                  answer.headers().firstValue("Content-Type").orElse("application/json"),
                  answer.body()));
      byte[] body = reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
