package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ValidRequest;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated raw HTTP requests, seeded and replayable ({@code -Dfuzz.seed=...}, {@code
 * -Dfuzz.requests=...}): whatever bytes a client sends, the stub answers with a status line below
 * 500, a 4xx in JSON (never Jetty's HTML page, never a stack trace), and within seconds.
 *
 * <p>Each request starts as a valid request of one of the contract's operations and gets one to
 * three mutations: bytes of the request line, a header value or the body changed, cut, repeated or
 * replaced by a value that broke HTTP servers before; an HTTP header added (a {@code
 * Content-Encoding} the body does not have, an {@code Expect}, a form or multipart type); another
 * method. The same sweep, by hand, found a line break in the target answered 505, {@code %zz} in
 * the query, a body that does not inflate and a bad chunk size answered 500 with a stack trace.
 * {@code Content-Length} always counts the mutated body (a body shorter than announced waits for
 * the idle timeout, covered by {@link UnreadableRequestTest}); no {@code Prefer} is sent, so a 5xx
 * is never asked for.
 */
class RawRequestFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 600);
  private static final int ANSWER_TIMEOUT_MILLIS = 10_000;

  /** Bytes that broke HTTP servers or parsers before: encodings, separators, limits. */
  private static final List<String> HOSTILE =
      List.of(
          "",
          "%",
          "%zz",
          "%00",
          "%FF%FE",
          "%2F",
          "%2e%2e/",
          "../",
          "\r\n",
          "\n",
          "\r",
          " ",
          "\t",
          "\u0000",
          "\u00ff",
          "\"",
          "\\",
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "?",
          "#",
          ";",
          "=",
          "&",
          "?x=%zz",
          "null",
          "NaN",
          "-1",
          "1e999",
          "9".repeat(40),
          "a".repeat(300));

  private static final List<String[]> ADDED_HEADERS =
      List.of(
          new String[] {"Content-Encoding", "gzip"},
          new String[] {"Content-Encoding", "deflate"},
          new String[] {"Content-Encoding", "br"},
          new String[] {"Expect", "100-continue"},
          new String[] {"Expect", "something-else"},
          new String[] {"Content-Type", "application/x-www-form-urlencoded"},
          new String[] {"Content-Type", "multipart/form-data"},
          new String[] {"Content-Type", "application/json; charset=bogus"},
          new String[] {"Content-Type", "text/plain"},
          new String[] {"Accept", "application/xml"},
          new String[] {"Range", "bytes=0-1"},
          new String[] {"Cookie", "a=%zz"});

  private static final List<String> METHODS =
      List.of("GET", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "put");

  private static StarRocksSyncStub stub;

  @BeforeAll
  static void start() {
    System.out.println(
        "RawRequestFuzzTest: seed "
            + SEED
            + ", "
            + REQUESTS
            + " requests (replay: -Dfuzz.seed="
            + SEED
            + ")");
    stub = StarRocksSyncStub.start(StubSettings.defaults());
  }

  @AfterAll
  static void stop() {
    stub.stop();
  }

  @Test
  void whatever_the_bytes_the_stub_answers_below_500_in_json_without_a_stack_trace()
      throws Exception {
    Random random = new Random(SEED);
    List<ApiOperation> operations = ContractFixtures.CONTRACT.operations();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new LinkedHashMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      byte[] request = mutated(operations.get(random.nextInt(operations.size())), random);
      String problem;
      try {
        Answer answer = send(request);
        statuses.merge(answer.status(), 1, Integer::sum);
        problem = answer.problem();
      } catch (SocketTimeoutException e) {
        problem = "no answer within " + ANSWER_TIMEOUT_MILLIS + " ms";
      }
      if (problem != null && failures.size() < 5) {
        failures.add("#" + i + " " + problem + "\n    request: " + printable(request, 400) + "\n");
      }
    }

    assertThat(failures)
        .as("seed %d (replay with -Dfuzz.seed=%d); statuses %s", SEED, SEED, statuses)
        .isEmpty();
    assertThat(statuses.keySet())
        .as("the mutations reach past the HTTP parser, to the contract's checks and answers")
        .contains(200, 400);
  }

  /** One operation's valid request, mutated one to three times, Content-Length recounted. */
  private static byte[] mutated(ApiOperation operation, Random random) {
    ValidRequest valid = operation.validRequest();
    String method = valid.method();
    String target = valid.pathAndQuery();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "localhost");
    headers.putAll(valid.headers());
    if (operation.tokenAlternative().isPresent()) {
      headers.put(ContractFixtures.tokenHeader(operation), ContractFixtures.TOKEN);
    }
    byte[] body =
        valid
            .bodyIfAny()
            .map(b -> b.toString().getBytes(StandardCharsets.UTF_8))
            .orElse(new byte[0]);
    for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
      switch (random.nextInt(6)) {
        case 0, 1 -> body = mutate(body, random);
        case 2 -> target = new String(mutate(latin1(target), random), StandardCharsets.ISO_8859_1);
        case 3 -> {
          String name = new ArrayList<>(headers.keySet()).get(random.nextInt(headers.size()));
          headers.put(
              name,
              new String(mutate(latin1(headers.get(name)), random), StandardCharsets.ISO_8859_1));
        }
        case 4 -> {
          String[] header = ADDED_HEADERS.get(random.nextInt(ADDED_HEADERS.size()));
          headers.put(header[0], header[1]);
        }
        default -> method = METHODS.get(random.nextInt(METHODS.size()));
      }
    }
    headers.put("Content-Length", Integer.toString(body.length));
    headers.put("Connection", "close");
    StringBuilder head =
        new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    byte[] start = latin1(head.toString());
    byte[] request = new byte[start.length + body.length];
    System.arraycopy(start, 0, request, 0, start.length);
    System.arraycopy(body, 0, request, start.length, body.length);
    return request;
  }

  /** Changes, cuts, repeats or replaces some bytes, or the whole value. */
  private static byte[] mutate(byte[] value, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (value.length == 0) {
      out.writeBytes(latin1(HOSTILE.get(random.nextInt(HOSTILE.size()))));
      return out.toByteArray();
    }
    int at = random.nextInt(value.length);
    int span = Math.min(value.length - at, 1 + random.nextInt(20));
    out.write(value, 0, at);
    switch (random.nextInt(5)) {
      case 0 -> {
        out.write(random.nextInt(256));
        out.write(value, at + 1, value.length - at - 1);
      }
      case 1 -> out.write(value, at + span, value.length - at - span);
      case 2 -> {
        out.writeBytes(latin1(HOSTILE.get(random.nextInt(HOSTILE.size()))));
        out.write(value, at, value.length - at);
      }
      case 3 -> {
        out.write(value, at, span);
        out.write(value, at, value.length - at);
      }
      default -> {
        // Cut here: a body, a target or a value that ends early.
      }
    }
    return out.toByteArray();
  }

  private record Answer(int status, String contentType, String raw) {

    /** What is wrong with this answer, or null. */
    String problem() {
      if (status < 0) {
        return "no status line: " + printable(latin1(raw), 200);
      }
      if (status >= 500) {
        return "a " + status + ": " + printable(latin1(raw), 300);
      }
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      if (status >= 400 && !body.isEmpty() && !contentType.startsWith("application/json")) {
        return "a " + status + " in " + contentType + ": " + printable(latin1(raw), 300);
      }
      if (body.contains("<html") || body.contains("\tat ") || body.contains("Exception:")) {
        return "a page or a stack trace: " + printable(latin1(raw), 300);
      }
      return null;
    }
  }

  private static Answer send(byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", stub.port())) {
      socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (SocketException e) {
        // Answered and closed before reading all of it: the answer is still there.
      }
      String raw =
          MalformedRequestTest.readAll(socket.getInputStream(), StandardCharsets.ISO_8859_1);
      // An interim 100 Continue comes before the answer.
      while (raw.startsWith("HTTP/1.1 1") && raw.indexOf("\r\n\r\n") > 0) {
        raw = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      }
      int status = -1;
      String contentType = "";
      int end = raw.indexOf("\r\n\r\n");
      if (raw.startsWith("HTTP/1.1 ") && end > 0) {
        String[] lines = raw.substring(0, end).split("\r\n");
        status = Integer.parseInt(lines[0].substring(9, 12));
        for (String line : lines) {
          if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
            contentType = line.substring(13).trim();
          }
        }
      }
      return new Answer(status, contentType, raw);
    }
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The bytes with anything unprintable escaped, at most {@code max} of them. */
  private static String printable(byte[] bytes, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, max); i++) {
      int b = bytes[i] & 0xff;
      if (b == '\r') {
        text.append("\\r");
      } else if (b == '\n') {
        text.append("\\n");
      } else if (b < 0x20 || b > 0x7e) {
        text.append(String.format("\\x%02x", b));
      } else {
        text.append((char) b);
      }
    }
    return bytes.length > max ? text.append("...").toString() : text.toString();
  }
}
