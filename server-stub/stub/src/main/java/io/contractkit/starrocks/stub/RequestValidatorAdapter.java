package io.contractkit.starrocks.stub;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.contractkit.starrocks.runtime.ContractValidator;
import io.contractkit.starrocks.runtime.ParsedBody;
import io.contractkit.starrocks.runtime.Violation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Validation of WireMock 3 requests with the swagger-request-validator core: turns a WireMock
 * request into the validator's {@link SimpleRequest}. (The validator's own WireMock adapter targets
 * WireMock 2.)
 */
final class RequestValidatorAdapter {

  private final ContractValidator validator;

  RequestValidatorAdapter(ContractValidator validator) {
    this.validator = validator;
  }

  /**
   * Every violation of the request against the contract.
   *
   * @param json the body as the stub parsed it, or null when it is not to be checked as JSON
   *     (absent, not declared as JSON, or already refused)
   * @param bodyAlreadyRefused true when the stub refused the body itself (malformed, too large)
   */
  List<Violation> validate(Request request, JsonNode json, boolean bodyAlreadyRefused) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), path);
    for (HttpHeader header : request.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    if (query >= 0) {
      addQuery(builder, url.substring(query + 1));
    }
    if (json != null) {
      builder.withBody(new ParsedBody(json));
    } else if (!bodyAlreadyRefused && request.getBody() != null && request.getBody().length > 0) {
      builder.withBody(request.getBody());
    }
    return validator.validate(builder.build(), bodyAlreadyRefused);
  }

  private static void addQuery(SimpleRequest.Builder builder, String query) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      builder.withQueryParam(name, value);
    }
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
