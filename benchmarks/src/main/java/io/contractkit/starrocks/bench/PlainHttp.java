package io.contractkit.starrocks.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket ({@code Connection: close}).
 *
 * <p>Why not {@code java.net.http}: its first use loads hundreds of classes and starts threads,
 * which would be counted as the stub's start-up; a consumer's own client is not the stub's cost.
 */
public final class PlainHttp {

  /** The status, headers (lower-case names, last value wins) and body of an answer. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private PlainHttp() {}

  public static Answer exchange(int port, BenchRequest request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.wireBytes("127.0.0.1:" + port));
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.") || headEnd < 0) {
      throw new IOException(
          "Not an HTTP answer: " + text.substring(0, Math.min(80, text.length())));
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] raw = text.substring(headEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(raw) : raw;
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] raw) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < raw.length) {
      int lineEnd = indexOfCrLf(raw, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeField = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeField.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.write(raw, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOfCrLf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
