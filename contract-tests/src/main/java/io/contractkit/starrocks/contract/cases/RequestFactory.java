package io.contractkit.starrocks.contract.cases;

import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.model.ParameterSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds valid requests for an endpoint from the contract's own parameter examples. */
public final class RequestFactory {

  private final Endpoint endpoint;
  private final Credentials credentials;

  public RequestFactory(Endpoint endpoint, Credentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  /** The path with every parameter set to its documented example, except the overrides. */
  public String path(Map<String, String> overrides) {
    String path = endpoint.pathTemplate();
    for (ParameterSpec parameter : endpoint.pathParameters()) {
      String value = overrides.getOrDefault(parameter.name(), parameter.example());
      if (value == null) {
        throw new IllegalStateException(
            "Path parameter " + parameter.name() + " of " + endpoint.displayName() + " has no example to build requests from");
      }
      path = path.replace("{" + parameter.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path;
  }

  public String path() {
    return path(Map.of());
  }

  /** Content type and the plain-token credential: what every valid request carries. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (endpoint.mediaType() != null) {
      headers.put("Content-Type", endpoint.mediaType());
    }
    headers.putAll(credentials.headersFor(Credentials.tokenAlternative(endpoint.security())));
    return headers;
  }
}
