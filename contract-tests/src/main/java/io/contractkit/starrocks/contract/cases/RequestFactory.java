package io.contractkit.starrocks.contract.cases;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.ValidRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds requests for an operation from the model's valid request (the document's own examples),
 * with the plain-token credential, and with single values changed or left out.
 */
public final class RequestFactory {

  private final ApiOperation operation;
  private final CredentialHeaders credentials;
  private final ValidRequest valid;

  public RequestFactory(ApiOperation operation, CredentialHeaders credentials) {
    this(operation, credentials, Map.of());
  }

  /** With configured values for some parameters (a real project and instance, say). */
  public RequestFactory(
      ApiOperation operation, CredentialHeaders credentials, Map<String, String> parameterValues) {
    this.operation = operation;
    this.credentials = credentials;
    this.valid = operation.validRequest(parameterValues);
  }

  public ApiOperation operation() {
    return operation;
  }

  public ValidRequest valid() {
    return valid;
  }

  /** Path and query string with every parameter at its valid value, except the overrides. */
  public String path(Map<String, String> overrides) {
    return path(overrides, Set.of());
  }

  /** As {@link #path(Map)}, with some query parameters left out. */
  public String path(Map<String, String> overrides, Set<String> withoutQuery) {
    Map<String, String> pathValues = new HashMap<>(valid.pathValues());
    Map<String, String> query = new LinkedHashMap<>(valid.query());
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      ApiParameter parameter =
          operation
              .parameter(ParameterLocation.PATH, override.getKey())
              .or(() -> operation.parameter(ParameterLocation.QUERY, override.getKey()))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          operation + " has no path or query parameter " + override.getKey()));
      (parameter.location() == ParameterLocation.PATH ? pathValues : query)
          .put(parameter.name(), override.getValue());
    }
    withoutQuery.forEach(query::remove);
    StringBuilder uri = new StringBuilder(operation.path().fill(pathValues));
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      uri.append(separator)
          .append(encode(parameter.getKey()))
          .append('=')
          .append(encode(parameter.getValue()));
      separator = '&';
    }
    return uri.toString();
  }

  public String path() {
    return path(Map.of());
  }

  /**
   * The valid request's headers (Content-Type, required header parameters) and the plain-token
   * credential.
   */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>(valid.headers());
    headers.putAll(credentials.headersFor(CredentialHeaders.tokenAlternative(operation)));
    return headers;
  }

  /** The valid body as JSON text, or {@code null} when the operation takes none. */
  public String body() {
    return valid.body() == null ? null : valid.body().toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
