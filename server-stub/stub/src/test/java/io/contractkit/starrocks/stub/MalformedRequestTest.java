package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request Jetty's HTTP parser refuses before WireMock sees it, or that WireMock cannot read, gets
 * the HTTP server's 4xx, and a failure while answering a 500, in the document's error format with
 * the stub's own code, never Jetty's HTML page or a stack trace.
 */
class MalformedRequestTest {

  /** The token header line, named as the document names it. */
  private static final String TOKEN_LINE =
      ContractFixtures.tokenHeader() + ": " + ContractFixtures.TOKEN + "\r\n";

  private static StarRocksSyncStub stub;

  @BeforeAll
  static void start() {
    stub = StarRocksSyncStub.start(StubSettings.defaults());
  }

  @AfterAll
  static void stop() {
    stub.stop();
  }

  @Test
  void a_raw_space_in_the_request_target_gets_a_json_400_with_the_stubs_malformed_request_code()
      throws Exception {
    RawResponse response = send("GET /v3/a b/tasks HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertStillServes();
  }

  @Test
  void a_raw_tab_in_the_request_target_gets_a_json_4xx_with_the_stubs_malformed_request_code()
      throws Exception {
    RawResponse response = send("GET /v3/a\tb/tasks HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertStillServes();
  }

  @Test
  void an_illegal_character_in_a_header_name_gets_a_json_400_with_the_stubs_malformed_request_code()
      throws Exception {
    RawResponse response =
        send("GET /v3/tasks HTTP/1.1\r\nHost: localhost\r\nBad\u0001Name: x\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertStillServes();
  }

  @Test
  void a_line_break_in_the_request_target_gets_a_json_400_not_jettys_505() throws Exception {
    // Jetty reads "PUT /v3/a" + CRLF as an HTTP/0.9 request line and answered 505; found by a
    // seeded mutation fuzzer against the standalone jar.
    RawResponse response = send("PUT /v3/a\r\nb/replication HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertThat(response.body()).contains("no HTTP version").contains("HTTP/0.9");
    assertStillServes();
  }

  @Test
  void an_oversized_header_gets_a_json_431_with_the_stubs_malformed_request_code()
      throws Exception {
    RawResponse response =
        send(
            "GET /v3/tasks HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(40_000)
                + "\r\n\r\n");

    assertMalformedRequest(response, 431);
    assertStillServes();
  }

  @Test
  void an_oversized_request_line_gets_a_json_414_with_the_stubs_malformed_request_code()
      throws Exception {
    RawResponse response =
        send("GET /v3/" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertMalformedRequest(response, 414);
    assertStillServes();
  }

  @Test
  void a_multipart_content_type_without_a_boundary_gets_a_json_400_not_a_500() throws Exception {
    // Found by Schemathesis's coverage phase: WireMock reads multipart parts before any check and
    // its parser's exception became Jetty's HTML 500 with a stack trace.
    for (String contentType : new String[] {"multipart/form-data", "multipart/mixed; boundary="}) {
      String body = "{}";
      RawResponse response =
          send(
              "PUT "
                  + ContractFixtures.validPath()
                  + " HTTP/1.1\r\nHost: localhost\r\n"
                  + TOKEN_LINE
                  + "Content-Type: "
                  + contentType
                  + "\r\nContent-Length: "
                  + body.length()
                  + "\r\nConnection: close\r\n\r\n"
                  + body);

      assertMalformedRequest(response, 400);
      assertThat(response.body()).contains("multipart").doesNotContain("Exception");
    }
    assertStillServes();
  }

  @Test
  void a_body_that_does_not_decompress_as_its_content_encoding_says_gets_a_json_400_not_a_500()
      throws Exception {
    // Found by a raw-socket sweep of the standalone jar: WireMock inflates the body before any
    // check and the inflater's exception became Jetty's HTML 500 with a stack trace.
    RawResponse response =
        send(validPut("Content-Encoding: gzip\r\n", "\u001f\u008bnot gzip at all"));

    assertMalformedRequest(response, 400);
    assertThat(response.body()).contains("decompress").doesNotContain("Exception");
    assertStillServes();
  }

  @Test
  void a_chunked_body_whose_chunk_size_is_not_hexadecimal_gets_a_json_400_not_a_500()
      throws Exception {
    RawResponse response =
        send(
            "PUT "
                + ContractFixtures.validPath()
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + TOKEN_LINE
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertThat(response.body()).contains("cannot be read to its end");
    assertStillServes();
  }

  @Test
  void a_percent_that_does_not_decode_in_the_query_or_a_form_body_gets_a_json_400_not_a_500()
      throws Exception {
    RawResponse inQuery =
        send(validPut(ContractFixtures.validPath() + "?x=%zz", "", "application/json", "{}"));
    RawResponse inForm =
        send(
            validPut(
                ContractFixtures.validPath(), "", "application/x-www-form-urlencoded", "a=%zz&b"));

    for (RawResponse response : List.of(inQuery, inForm)) {
      assertMalformedRequest(response, 400);
      assertThat(response.body()).contains("does not decode").doesNotContain("Exception");
    }
    assertStillServes();
  }

  @Test
  void an_admin_request_list_with_a_limit_that_is_not_a_number_gets_a_json_400_not_a_500()
      throws Exception {
    RawResponse response =
        send(
            "GET /__admin/requests?limit=abc HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

    assertMalformedRequest(response, 400);
    assertThat(response.body()).contains("admin API").contains("abc");
  }

  @Test
  void a_failure_while_answering_gets_a_json_500_with_the_stubs_internal_error_code_no_stack()
      throws Exception {
    // A test's own mapping whose body file is missing: WireMock throws while answering.
    stub.wireMock()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get("/a-missing-body-file")
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withBodyFile("missing.json")));
    try {
      RawResponse response =
          send("GET /a-missing-body-file HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

      assertThat(response.status()).as(response.raw()).isEqualTo(500);
      assertThat(response.header("Content-Type")).startsWith("application/json");
      JsonNode body = Http.JSON.readTree(response.body());
      ErrorFormat format = ContractFixtures.CONTRACT.errorFormat();
      assertThat(body.path(format.codeField()).asText()).isEqualTo(StubError.INTERNAL_ERROR.code());
      assertThat(body.path(format.messageField()).asText())
          .contains("missing.json")
          .matches("[\\x20-\\x7e]+");
      assertThat(response.body()).doesNotContain("\tat ").doesNotContain("<html");
    } finally {
      stub.wireMock().resetToDefaultMappings();
    }
    assertStillServes();
  }

  @Test
  void the_message_names_jettys_reason_printable_and_bounded() {
    String message =
        MalformedRequestAnswer.message(400, "Illegal character\u0001 " + "x".repeat(10_000));

    assertThat(message)
        .contains("400")
        .contains("Illegal character")
        .matches("[\\x20-\\x7e]+")
        .hasSizeLessThan(400);
    assertThat(MalformedRequestAnswer.message(431, null))
        .contains("431")
        .contains("Request Header Fields Too Large");
  }

  /** Jetty's status, but the document's error format and fields, with the stub's own code. */
  static void assertMalformedRequest(RawResponse response, int status) throws IOException {
    assertThat(response.status()).as(response.raw()).isEqualTo(status);
    assertThat(response.header("Content-Type")).as(response.raw()).startsWith("application/json");
    assertThat(response.body()).as(response.raw()).doesNotContain("<h1>").doesNotContain("<html");
    JsonNode body = Http.JSON.readTree(response.body());
    ErrorFormat format = ContractFixtures.CONTRACT.errorFormat();
    for (var field : (Iterable<Map.Entry<String, JsonNode>>) format.template().value()::fields) {
      assertThat(body.has(field.getKey()))
          .as("the document's error field %s in %s", field.getKey(), response.body())
          .isTrue();
    }
    assertThat(body.path(format.codeField()).asText())
        .isEqualTo(StubError.MALFORMED_REQUEST.code());
    assertThat(body.path(format.messageField()).asText())
        .contains(String.valueOf(status))
        .matches("[\\x20-\\x7e]+");
    assertThat(
            ContractFixtures.CONTRACT
                .validator()
                .answerFits(
                    ContractFixtures.validPath(), "PUT", 400, "application/json", response.body()))
        .as("the answer has the fields of the contract's error schema: %s", response.body())
        .isTrue();
    assertThat(response.header(ViolationHeader.NAME)).matches("[\\x20-\\x7e]+");
  }

  /** A PUT of the valid path with a token, these extra header lines and this body. */
  private static String validPut(String extraHeaders, String body) {
    return validPut(ContractFixtures.validPath(), extraHeaders, "application/json", body);
  }

  private static String validPut(
      String target, String extraHeaders, String contentType, String body) {
    return "PUT "
        + target
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + TOKEN_LINE
        + "Content-Type: "
        + contentType
        + "\r\n"
        + extraHeaders
        + "Content-Length: "
        + body.getBytes(StandardCharsets.ISO_8859_1).length
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }

  private static void assertStillServes() {
    assertThat(Http.validRequest(stub.baseUrl()).send().statusCode()).isEqualTo(200);
  }

  private static RawResponse send(String request) throws IOException {
    return send(stub.port(), request);
  }

  /** The answer to raw request bytes, as a client that does not check what it sends gets it. */
  static RawResponse send(int port, String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before it read the whole request; the answer is still
        // there.
      }
      return RawResponse.parse(readAll(socket.getInputStream(), StandardCharsets.UTF_8));
    }
  }

  /** All a server sends until it closes (a reset after the answer keeps what was read). */
  static String readAll(InputStream in, Charset charset) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // A reset after the answer: keep what was read.
    }
    return read.toString(charset);
  }

  record RawResponse(String raw, int status, Map<String, String> headers, String body) {

    static RawResponse parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      assertThat(end).as("a whole HTTP answer: %s", raw).isPositive();
      String[] lines = raw.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      return new RawResponse(raw, status, headers, raw.substring(end + 4));
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }
}
