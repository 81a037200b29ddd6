package io.contractkit.starrocks.client.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.contractkit.starrocks.client.invoker.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.ProxySelector;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;

/**
 * Turns what the JDK reports when an exchange fails into the {@link TransportException} family.
 * Plumbing between {@code StarRocksSyncClient} and the generated API; not meant to be called by
 * users.
 *
 * <p>Two halves, because the generated code sits between them and turns every {@link IOException}
 * into a bare {@link ApiException}: {@link #guard} wraps the JDK {@link HttpClient}, sees the
 * request and what came back of the answer, and throws an {@link IOException} that carries the
 * typed exception to build; {@link #translate}, called by the generated {@code ...WithChecks} API
 * around each call, finds that carrier and throws the typed exception in its place, naming the
 * operation.
 */
public final class TransportGuard {

  private static final int NO_CONTENT = 204;

  private TransportGuard() {}

  /**
   * {@code http}, whose synchronous {@link HttpClient#send} reads the whole answer before returning
   * it (the generated code reads it whole anyway), so that a connection that breaks during the
   * body, an empty body and a body that is not JSON are all reported with the request's method and
   * URL and the answer's status and request id.
   *
   * @param json the client's mapper, used to check that a 2xx body the request asked as JSON is
   *     JSON
   */
  public static HttpClient guard(HttpClient http, ObjectMapper json) {
    return new GuardedHttpClient(
        http, json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /**
   * The typed exception for a failed call of the generated API, or {@code failure} itself when it
   * is not a failure of the exchange (an error answer, a missing parameter).
   *
   * @param method the operation's HTTP method, as the contract gives it
   * @param url where the request went, shown when a JSON answer of the wrong shape is only noticed
   *     by the generated code (when the answer itself is no longer at hand)
   */
  public static ApiException translate(
      String operationId, String method, String url, ApiException failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof Carrier carrier) {
      return carrier.exception.apply(operationId);
    }
    if (cause instanceof JsonParseException || cause instanceof MismatchedInputException) {
      return new MalformedResponseException(
          operationId,
          method,
          TransportException.shown(URI.create(url)),
          "the answer is JSON, but not of the shape the operation returns",
          0,
          null,
          null,
          cause);
    }
    return failure;
  }

  /**
   * The typed exception to build once the operation is known; an {@link IOException} so that {@link
   * HttpClient#send} keeps its contract.
   */
  private static final class Carrier extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, TransportException> exception;

    Carrier(Throwable cause, Function<String, TransportException> exception) {
      // Never shown: translate() replaces it. The cause stays for code that bypasses translate().
      super("failed exchange", cause);
      this.exception = exception;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      // Only a vehicle through the generated code; the typed exception has the useful trace.
      return this;
    }
  }

  private static final class GuardedHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final ObjectReader json;

    GuardedHttpClient(HttpClient delegate, ObjectReader json) {
      this.delegate = delegate;
      this.json = json;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      String method = request.method();
      String url = TransportException.shown(request.uri());
      // Set once the answer's headers have arrived: a failure after that happened in the body.
      AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
      HttpResponse<byte[]> answer;
      try {
        answer =
            delegate.send(
                request,
                info -> {
                  head.set(info);
                  return HttpResponse.BodySubscribers.ofByteArray();
                });
      } catch (IOException e) {
        HttpResponse.ResponseInfo info = head.get();
        throw new Carrier(e, operationId -> failed(operationId, method, url, info, e));
      }
      byte[] body = answer.body() == null ? new byte[0] : answer.body();
      if (asksForJson(request)
          && answer.statusCode() / 100 == 2
          && answer.statusCode() != NO_CONTENT) {
        checkJson(method, url, answer, body);
      }
      return new Answer<>(answer, deliver(handler.apply(info(answer)), body));
    }

    private void checkJson(String method, String url, HttpResponse<byte[]> answer, byte[] body)
        throws Carrier {
      int status = answer.statusCode();
      HttpHeaders headers = answer.headers();
      String text;
      try {
        text = new String(decoded(headers, body), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Carrier(
            e,
            operationId ->
                new MalformedResponseException(
                    operationId,
                    method,
                    url,
                    "the answer's body is compressed but cannot be decompressed",
                    status,
                    headers,
                    null,
                    e));
      }
      if (text.isBlank()) {
        throw new Carrier(
            null,
            operationId ->
                new EmptyResponseException(
                    operationId,
                    method,
                    url,
                    "the answer has no body, but the operation returns one",
                    status,
                    headers));
      }
      try {
        json.readTree(text);
      } catch (JsonProcessingException e) {
        String contentType = headers.firstValue("Content-Type").orElse("no Content-Type");
        throw new Carrier(
            e,
            operationId ->
                new MalformedResponseException(
                    operationId,
                    method,
                    url,
                    "the answer's body is not valid JSON ("
                        + contentType
                        + "; it begins "
                        + quoted(text)
                        + ")",
                    status,
                    headers,
                    text,
                    e));
      }
    }

    private static TransportException failed(
        String operationId,
        String method,
        String url,
        HttpResponse.ResponseInfo head,
        IOException e) {
      if (head != null) {
        return new ConnectionClosedException(
            operationId,
            method,
            url,
            "the answer's body broke off: the connection was closed, or the body's framing was garbled,"
                + " before the whole body arrived",
            head.statusCode(),
            head.headers(),
            e);
      }
      if (e instanceof HttpConnectTimeoutException) {
        return new ConnectTimeoutException(
            operationId,
            method,
            url,
            "could not connect within the connect timeout; nothing was sent",
            e);
      }
      if (e instanceof HttpTimeoutException) {
        return new RequestTimeoutException(
            operationId,
            method,
            url,
            "the request was sent, but no answer arrived within the request timeout",
            e);
      }
      if (causedBy(e, SSLHandshakeException.class)) {
        return new ConnectionFailedException(
            operationId,
            method,
            url,
            "the TLS handshake with the service failed (is its certificate trusted?); nothing was sent",
            e);
      }
      if (causedBy(e, UnknownHostException.class)
          || causedBy(e, UnresolvedAddressException.class)) {
        return new ConnectionFailedException(
            operationId,
            method,
            url,
            "could not connect: the host name cannot be resolved; nothing was sent",
            e);
      }
      if (causedBy(e, NoRouteToHostException.class)) {
        return new ConnectionFailedException(
            operationId,
            method,
            url,
            "could not connect: no route to the host; nothing was sent",
            e);
      }
      if (causedBy(e, ConnectException.class)) {
        return new ConnectionFailedException(
            operationId,
            method,
            url,
            "could not connect: the connection was refused (is the service listening there?);"
                + " nothing was sent",
            e);
      }
      if (causedBy(e, ProtocolException.class)) {
        return new ConnectionClosedException(
            operationId,
            method,
            url,
            "what came back is not an HTTP answer, and the connection was closed",
            0,
            null,
            e);
      }
      if (causedBy(e, SocketException.class)
          && String.valueOf(e.getMessage()).toLowerCase().contains("reset")) {
        return new ConnectionClosedException(
            operationId,
            method,
            url,
            "the connection was reset before an answer arrived",
            0,
            null,
            e);
      }
      // A reset that arrives before any byte of the answer shows as the same end of stream as an
      // orderly close ("received no bytes"), so the two cannot be told apart here.
      return new ConnectionClosedException(
          operationId,
          method,
          url,
          "the connection was closed or reset before a complete answer arrived",
          0,
          null,
          e);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return false;
    }

    /**
     * Whether the request asks for JSON, as the generated code does for operations that return it.
     */
    private static boolean asksForJson(HttpRequest request) {
      return request.headers().allValues("Accept").stream()
          .anyMatch(accept -> accept.contains("json"));
    }

    private static byte[] decoded(HttpHeaders headers, byte[] body) throws IOException {
      boolean gzip =
          headers
              .firstValue("Content-Encoding")
              .map(encoding -> encoding.toLowerCase().contains("gzip"))
              .orElse(false);
      if (!gzip || body.length == 0) {
        return body;
      }
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return in.readAllBytes();
      }
    }

    private static String quoted(String text) {
      String start = text.strip();
      int length = ServiceResponseException.QUOTED_BODY_LENGTH;
      return '"' + (start.length() <= length ? start : start.substring(0, length) + "…") + '"';
    }

    private static HttpResponse.ResponseInfo info(HttpResponse<?> answer) {
      return new HttpResponse.ResponseInfo() {
        @Override
        public int statusCode() {
          return answer.statusCode();
        }

        @Override
        public HttpHeaders headers() {
          return answer.headers();
        }

        @Override
        public HttpClient.Version version() {
          return answer.version();
        }
      };
    }

    /** Hands the bytes already read to the caller's body subscriber, as the JDK would have. */
    private static <T> T deliver(HttpResponse.BodySubscriber<T> subscriber, byte[] body)
        throws IOException {
      subscriber.onSubscribe(
          new Flow.Subscription() {
            private boolean done;

            @Override
            public synchronized void request(long n) {
              if (done) {
                return;
              }
              done = true;
              if (body.length > 0) {
                subscriber.onNext(List.of(ByteBuffer.wrap(body)));
              }
              subscriber.onComplete();
            }

            @Override
            public synchronized void cancel() {
              done = true;
            }
          });
      try {
        return subscriber.getBody().toCompletableFuture().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while handing over the answer's body", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("the answer's body could not be handed over", e.getCause());
      }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      // The generated API calls send() only; asynchronous calls keep the JDK's exceptions.
      return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request,
        HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
      return delegate.sendAsync(request, handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return delegate.authenticator();
    }

    @Override
    public Version version() {
      return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
      return delegate.executor();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** The JDK's answer with its body as the caller's handler made it. */
  private record Answer<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {

    @Override
    public int statusCode() {
      return raw.statusCode();
    }

    @Override
    public HttpRequest request() {
      return raw.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return raw.headers();
    }

    @Override
    public Optional<javax.net.ssl.SSLSession> sslSession() {
      return raw.sslSession();
    }

    @Override
    public URI uri() {
      return raw.uri();
    }

    @Override
    public HttpClient.Version version() {
      return raw.version();
    }
  }
}
