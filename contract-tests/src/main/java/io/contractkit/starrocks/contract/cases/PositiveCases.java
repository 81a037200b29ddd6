package io.contractkit.starrocks.contract.cases;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.CredentialScheme;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.model.SecurityAlternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives the valid requests from the contract's examples: every request example (or the valid
 * request, for an operation without body), every credential form, every documented value of every
 * enumerated header and query parameter, and — for servers that honour Prism's {@code Prefer}
 * header — every documented response example and status.
 */
public final class PositiveCases {

  public static final String PREFER = "Prefer";

  private PositiveCases() {}

  /** Requests that a conforming server answers with its default success. */
  public static List<HttpCase> defaults(ApiOperation operation, CredentialHeaders credentials) {
    return defaults(new RequestFactory(operation, credentials), credentials);
  }

  public static List<HttpCase> defaults(RequestFactory requests, CredentialHeaders credentials) {
    ApiOperation operation = requests.operation();
    Expectation expect = defaultExpectation(operation);
    String body = requests.body();
    List<HttpCase> cases = new ArrayList<>();
    String id = operation.operationId();
    if (operation.requestBody().isPresent()
        && !operation.requestBody().get().examples().isEmpty()) {
      operation
          .requestBody()
          .get()
          .examples()
          .forEach(
              example ->
                  cases.add(
                      new HttpCase(
                          id + ": request example " + example.name() + " is accepted",
                          operation.method(),
                          requests.path(),
                          requests.headers(),
                          example.value().toString(),
                          expect)));
    } else {
      cases.add(
          new HttpCase(
              id + ": the documented valid request is accepted",
              operation.method(),
              requests.path(),
              requests.headers(),
              body,
              expect));
    }
    for (SecurityAlternative alternative : operation.security()) {
      Map<String, String> headers = requests.headers();
      operation.credentialHeaders().forEach(headers::remove);
      headers.putAll(credentials.headersFor(alternative));
      String schemes =
          String.join(" + ", alternative.schemes().stream().map(CredentialScheme::name).toList());
      cases.add(
          new HttpCase(
              id + ": credential " + schemes + " is accepted",
              operation.method(),
              requests.path(),
              headers,
              body,
              expect));
    }
    for (ApiParameter header : operation.parameters(ParameterLocation.HEADER)) {
      for (String value : header.boundaries().allowed()) {
        Map<String, String> headers = requests.headers();
        headers.put(header.name(), value);
        cases.add(
            new HttpCase(
                id + ": header " + header.name() + "=" + value + " is accepted",
                operation.method(),
                requests.path(),
                headers,
                body,
                expect));
      }
    }
    for (ApiParameter query : operation.parameters(ParameterLocation.QUERY)) {
      for (String value : query.boundaries().allowed()) {
        cases.add(
            new HttpCase(
                id + ": query " + query.name() + "=" + value + " is accepted",
                operation.method(),
                requests.path(Map.of(query.name(), value)),
                requests.headers(),
                body,
                expect));
      }
    }
    operation
        .requestBody()
        .ifPresent(
            declared -> {
              Map<String, String> headers = requests.headers();
              headers.put("Content-Type", declared.mediaType() + ";charset=UTF-8");
              cases.add(
                  new HttpCase(
                      id + ": Content-Type with a charset is accepted",
                      operation.method(),
                      requests.path(),
                      headers,
                      body,
                      expect));
            });
    return cases;
  }

  /** One request per documented response example and per documented status, chosen by Prefer. */
  public static List<HttpCase> selectedOutcomes(
      ApiOperation operation, CredentialHeaders credentials) {
    return selectedOutcomes(new RequestFactory(operation, credentials));
  }

  public static List<HttpCase> selectedOutcomes(RequestFactory requests) {
    ApiOperation operation = requests.operation();
    String body = requests.body();
    List<HttpCase> cases = new ArrayList<>();
    for (ResponseExample example : operation.examples()) {
      Map<String, String> headers = requests.headers();
      headers.put(PREFER, "example=" + example.name());
      cases.add(
          new HttpCase(
              operation.operationId()
                  + ": Prefer example="
                  + example.name()
                  + " answers "
                  + example.status()
                  + " with that example",
              operation.method(),
              requests.path(),
              headers,
              body,
              Expectation.exactly(example.status(), example.name())));
    }
    for (int status : operation.statuses()) {
      Map<String, String> headers = requests.headers();
      headers.put(PREFER, "code=" + status);
      Expectation expect =
          operation
              .firstWithStatus(status)
              .map(first -> Expectation.example(status, first.name()))
              .orElse(Expectation.status(status));
      cases.add(
          new HttpCase(
              operation.operationId() + ": Prefer code=" + status + " answers " + status,
              operation.method(),
              requests.path(),
              headers,
              body,
              expect));
    }
    return cases;
  }

  /** The first 2xx example's shape, or the first documented 2xx status when it has no example. */
  private static Expectation defaultExpectation(ApiOperation operation) {
    return operation
        .defaultAnswer()
        .map(success -> Expectation.example(success.status(), success.name()))
        .orElseGet(
            () ->
                Expectation.status(
                    operation.statuses().stream()
                        .filter(status -> status >= 200 && status < 300)
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    operation + " documents no 2xx response"))));
  }
}
