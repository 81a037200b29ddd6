package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import java.io.EOFException;
import java.net.URLDecoder;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import org.apache.commons.fileupload.FileUploadException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Whether a failure while WireMock handled a request came from reading the request itself, and if
 * so what the client is told: such a request is the client's error, answered 400 (or the status
 * Jetty gave its framing error) in the document's error format, never a 500.
 *
 * <p>WireMock reads the whole request (body, query, form fields, parts) before any mapping or check
 * runs and lets the reader's exception escape, which Jetty answered with a 500 HTML page and a
 * stack trace. Found with Schemathesis's coverage phase (a multipart type without a boundary) and a
 * raw-socket sweep of the standalone jar (issue 13): a {@code Content-Encoding: gzip} body that
 * does not inflate, a chunked body whose chunk size is not hexadecimal, {@code %zz} in the query or
 * in a form body, {@code ?limit=abc} on the admin API's request list.
 *
 * <p>Only the failures of the readers are recognised (by type, and for an {@link
 * IllegalArgumentException} by the class that threw it), so that a fault of the stub itself is not
 * passed off as the client's.
 */
final class UnreadableRequest {

  private UnreadableRequest() {}

  /** What could not be read, in a few words and the reader's message; empty if something else. */
  static Optional<String> reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      Optional<String> reason = readerFailure(cause);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  /** The status of the answer: a 4xx of Jetty's for a framing error, else 400. */
  static int status(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
        return bad.getCode();
      }
      if (cause instanceof TimeoutException) {
        return 408;
      }
    }
    return 400;
  }

  private static Optional<String> readerFailure(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof FileUploadException) {
      return Optional.of("the multipart body cannot be read: " + message);
    }
    if (cause instanceof ZipException) {
      return Optional.of(
          "the body cannot be decompressed as its Content-Encoding says: " + message);
    }
    if (cause instanceof TimeoutException) {
      // Jetty's idle timeout while the body is read: a client that sent less than its
      // Content-Length got a bodiless 500 after 30 s.
      return Optional.of("the body did not arrive in time: " + message);
    }
    if (cause instanceof BadMessageException || cause instanceof EOFException) {
      // Jetty's EofException for a chunk size that is not hexadecimal or a body cut short, and
      // the JDK's for a compressed body cut short.
      return Optional.of("the body cannot be read to its end: " + message);
    }
    if (cause instanceof IllegalArgumentException
        && thrownBy(cause, URLDecoder.class, UrlEncoded.class, URIUtil.class)) {
      return Optional.of("a percent-encoded part of the request does not decode: " + message);
    }
    if ((cause instanceof NumberFormatException || cause instanceof DateTimeParseException)
        && thrownWithin(cause, AdminTask.class.getPackageName())) {
      return Optional.of("a parameter of the admin API cannot be read: " + message);
    }
    return Optional.empty();
  }

  /** Whether the exception was thrown by one of these classes (its innermost frames). */
  private static boolean thrownBy(Throwable cause, Class<?>... readers) {
    StackTraceElement[] frames = cause.getStackTrace();
    // The reader's own frames come first, below the JDK's exception helpers.
    for (int i = 0; i < Math.min(frames.length, 4); i++) {
      for (Class<?> reader : readers) {
        if (frames[i].getClassName().equals(reader.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a frame of the given package (WireMock's admin API) parsed what failed. */
  private static boolean thrownWithin(Throwable cause, String packageName) {
    StackTraceElement[] frames = cause.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 8); i++) {
      if (frames[i].getClassName().startsWith(packageName + ".")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
