package io.contractkit.starrocks.contract.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.contract.model.CredentialScheme;
import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.model.ParameterSpec;
import io.contractkit.starrocks.contract.model.ResponseExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives the valid requests from the contract's examples: every request example, every
 * credential form, every documented value of every enumerated header, and — for servers that
 * honour Prism's {@code Prefer} header — every documented response example and status.
 */
public final class PositiveCases {

  public static final String PREFER = "Prefer";

  private PositiveCases() {}

  /** Requests that a conforming server answers with its default success. */
  public static List<HttpCase> defaults(Endpoint endpoint, Credentials credentials) {
    RequestFactory requests = new RequestFactory(endpoint, credentials);
    ResponseExample success = endpoint.defaultSuccess()
        .orElseThrow(() -> new IllegalStateException(endpoint.displayName() + " documents no 2xx example"));
    Expectation expect = Expectation.example(success.status(), success.name());
    String firstBody = firstBody(endpoint);
    List<HttpCase> cases = new ArrayList<>();
    endpoint.requestExamples().forEach((name, body) ->
        cases.add(new HttpCase(endpoint.operationId() + ": request example " + name + " is accepted", endpoint.method(), requests.path(), requests.headers(), body.toString(), expect)));
    for (List<CredentialScheme> alternative : endpoint.security()) {
      Map<String, String> headers = requests.headers();
      endpoint.security().forEach(other -> other.forEach(scheme -> headers.remove(scheme.header())));
      headers.putAll(credentials.headersFor(alternative));
      String schemes = String.join(" + ", alternative.stream().map(CredentialScheme::name).toList());
      cases.add(new HttpCase(endpoint.operationId() + ": credential " + schemes + " is accepted", endpoint.method(), requests.path(), headers, firstBody, expect));
    }
    for (ParameterSpec header : endpoint.headerParameters()) {
      if (header.schema().getEnum() != null) {
        for (Object value : header.schema().getEnum()) {
          Map<String, String> headers = requests.headers();
          headers.put(header.name(), String.valueOf(value));
          cases.add(new HttpCase(endpoint.operationId() + ": header " + header.name() + "=" + value + " is accepted", endpoint.method(), requests.path(), headers, firstBody, expect));
        }
      }
    }
    if (endpoint.mediaType() != null) {
      Map<String, String> headers = requests.headers();
      headers.put("Content-Type", endpoint.mediaType() + ";charset=UTF-8");
      cases.add(new HttpCase(endpoint.operationId() + ": Content-Type with a charset is accepted", endpoint.method(), requests.path(), headers, firstBody, expect));
    }
    return cases;
  }

  /** One request per documented response example and per documented status, chosen by Prefer. */
  public static List<HttpCase> selectedOutcomes(Endpoint endpoint, Credentials credentials) {
    RequestFactory requests = new RequestFactory(endpoint, credentials);
    String body = firstBody(endpoint);
    List<HttpCase> cases = new ArrayList<>();
    for (ResponseExample example : endpoint.responseExamples()) {
      Map<String, String> headers = requests.headers();
      headers.put(PREFER, "example=" + example.name());
      cases.add(new HttpCase(endpoint.operationId() + ": Prefer example=" + example.name() + " answers " + example.status() + " with that example", endpoint.method(), requests.path(), headers, body, Expectation.exactly(example.status(), example.name())));
    }
    for (int status : endpoint.documentedStatuses()) {
      ResponseExample first = endpoint.responseExamples().stream().filter(example -> example.status() == status).findFirst().orElseThrow();
      Map<String, String> headers = requests.headers();
      headers.put(PREFER, "code=" + status);
      cases.add(new HttpCase(endpoint.operationId() + ": Prefer code=" + status + " answers " + status, endpoint.method(), requests.path(), headers, body, Expectation.example(status, first.name())));
    }
    return cases;
  }

  private static String firstBody(Endpoint endpoint) {
    return endpoint.requestExamples().values().stream().findFirst().map(JsonNode::toString).orElse(null);
  }
}
