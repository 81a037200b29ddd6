package io.contractkit.starrocks.client.auth;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Reads the body of a built request, which the signature covers. */
final class RequestBodies {

  private RequestBodies() {}

  /**
   * The body's bytes, empty when there is none. Works for bodies that publish synchronously and can
   * be read more than once, as {@code BodyPublishers.ofByteArray} and {@code ofString} do (the
   * generated client uses {@code ofByteArray}).
   */
  static byte[] bytes(HttpRequest request) {
    HttpRequest.BodyPublisher publisher = request.bodyPublisher().orElse(null);
    if (publisher == null || publisher.contentLength() == 0) {
      return new byte[0];
    }
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    publisher.subscribe(new Collector(body));
    byte[] bytes = body.getNow(null);
    if (bytes == null) {
      throw new IllegalStateException(
          "The request body cannot be read before sending, so it cannot be signed; "
              + "use a body publisher that holds its bytes, such as BodyPublishers.ofByteArray");
    }
    return bytes;
  }

  private static final class Collector implements Flow.Subscriber<ByteBuffer> {

    private final CompletableFuture<byte[]> result;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Collector(CompletableFuture<byte[]> result) {
      this.result = result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      out.write(chunk, 0, chunk.length);
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
