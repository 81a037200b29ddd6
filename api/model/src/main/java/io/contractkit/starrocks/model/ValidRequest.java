package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request that keeps an operation's contract, built from the document's own examples: every path
 * parameter and every required query and header parameter set to its documented value, the body
 * (when the operation has one) from the first request example, else synthesized from the schema.
 * Credentials are not included: {@link ApiOperation#security()} says which are accepted.
 *
 * @param method upper-case HTTP method
 * @param path the filled path, percent-encoded, without query string
 * @param pathValues the path parameter values used
 * @param query the query parameters (name to value), in document order
 * @param headers the header parameters plus {@code Content-Type} when there is a body
 * @param mediaType the body's media type, or null
 * @param body the body, or null
 */
public record ValidRequest(
    String method,
    String path,
    Map<String, String> pathValues,
    Map<String, String> query,
    Map<String, String> headers,
    String mediaType,
    JsonNode body) {

  public ValidRequest {
    pathValues = Map.copyOf(pathValues);
    query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public Optional<JsonNode> bodyIfAny() {
    return Optional.ofNullable(body);
  }

  /** The path plus the query string, encoded. */
  public String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    StringBuilder uri = new StringBuilder(path).append('?');
    query.forEach(
        (name, value) -> {
          if (uri.charAt(uri.length() - 1) != '?') {
            uri.append('&');
          }
          uri.append(encode(name)).append('=').append(encode(value));
        });
    return uri.toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
