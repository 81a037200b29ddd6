package io.contractkit.starrocks.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the tests: JDK HttpClient, timeouts so that no test can hang. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String baseUrl;
  private String method = "PUT";
  private String path = ContractFixtures.validPath();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private byte[] body;
  private boolean chunked;

  private Http(String baseUrl) {
    this.baseUrl = baseUrl;
    header(ContractFixtures.tokenHeader(), ContractFixtures.TOKEN);
    header("Content-Type", "application/json");
    body = ContractFixtures.firstRequestExample().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A valid request of the contract's operation: documented path, a token, a documented body. */
  public static Http validRequest(String baseUrl) {
    return new Http(baseUrl);
  }

  public Http method(String value) {
    method = value;
    return this;
  }

  public Http path(String value) {
    path = value;
    return this;
  }

  /** Sets a header to this one value. */
  public Http header(String name, String value) {
    headers.put(name, new ArrayList<>(List.of(value)));
    return this;
  }

  /** Adds one more line of a header, sent after the ones already there. */
  public Http addHeader(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  public Http withoutHeader(String name) {
    headers.remove(name);
    return this;
  }

  public Http body(String value) {
    body = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  public Http body(JsonNode value) {
    return body(value.toString());
  }

  public Http body(byte[] value) {
    body = value;
    return this;
  }

  /** Sends the body with chunked transfer encoding (no Content-Length). */
  public Http chunked() {
    chunked = true;
    return this;
  }

  public HttpResponse<String> send() {
    try {
      return sendOrFail();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpResponse<String> sendOrFail() throws IOException {
    HttpRequest.BodyPublisher publisher;
    if (body == null) {
      publisher = HttpRequest.BodyPublishers.noBody();
    } else if (chunked) {
      byte[] bytes = body;
      publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    } else {
      publisher = HttpRequest.BodyPublishers.ofByteArray(body);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(20))
            .method(method, publisher);
    headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }
}
