package io.contractkit.starrocks.contract.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.CredentialScheme;
import io.contractkit.starrocks.model.FieldBoundaries;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.Refusal;
import io.contractkit.starrocks.model.RequestBody;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Derives, from the constraints written in the contract, one request per constraint that breaks
 * exactly that constraint: every pattern, length bound and enum of every path, query and header
 * parameter and body field, every type, unknown property, required parameter, required credential,
 * content type and body. The status each is refused with is the one the document marks with {@code
 * x-refusal} ({@code request} or {@code credential}). A constraint added to the document gets its
 * case with no new test code; a constraint the derivation cannot exercise is listed in {@link
 * #uncovered()}.
 */
public final class NegativeCases {

  static final String UNKNOWN_PROPERTY = "unexpected_property";

  private final ApiOperation operation;
  private final CredentialHeaders credentials;
  private final RequestFactory requests;
  private final OptionalInt refused;
  private final OptionalInt unauthorized;
  private final List<HttpCase> cases = new ArrayList<>();
  private final List<String> uncovered = new ArrayList<>();

  private NegativeCases(RequestFactory requests, CredentialHeaders credentials) {
    this.operation = requests.operation();
    this.credentials = credentials;
    this.requests = requests;
    this.refused = operation.refusalStatus(Refusal.REQUEST);
    this.unauthorized = operation.refusalStatus(Refusal.CREDENTIAL);
  }

  public static NegativeCases derive(ApiOperation operation, CredentialHeaders credentials) {
    return derive(new RequestFactory(operation, credentials), credentials);
  }

  public static NegativeCases derive(RequestFactory requests, CredentialHeaders credentials) {
    NegativeCases derivation = new NegativeCases(requests, credentials);
    derivation.parameters();
    derivation.credentialCases();
    derivation.bodyCases();
    return derivation;
  }

  public List<HttpCase> cases() {
    return List.copyOf(cases);
  }

  /** Constraints of the contract that no derived case exercises, with the reason. */
  public List<String> uncovered() {
    return List.copyOf(uncovered);
  }

  private void parameters() {
    for (ApiParameter parameter : operation.parameters()) {
      String where = parameter.location().documentName() + " parameter " + parameter.name();
      FieldBoundaries field = parameter.boundaries();
      String valid = parameter.documentedValue().orElse(null);
      switch (parameter.location()) {
        case PATH ->
            stringViolations(
                where,
                field,
                valid,
                broken ->
                    refuse(
                        where,
                        broken.constraint(),
                        requests.path(Map.of(parameter.name(), broken.value())),
                        requests.headers(),
                        requests.body(),
                        parameter.name()));
        case QUERY -> {
          stringViolations(
              where,
              field,
              valid,
              broken ->
                  refuse(
                      where,
                      broken.constraint(),
                      requests.path(Map.of(parameter.name(), broken.value())),
                      requests.headers(),
                      requests.body(),
                      parameter.name()));
          if (parameter.required()) {
            refuse(
                where,
                "is required",
                requests.path(Map.of(), Set.of(parameter.name())),
                requests.headers(),
                requests.body(),
                parameter.name());
          }
        }
        case HEADER -> {
          stringViolations(
              where,
              field,
              valid,
              broken -> {
                Map<String, String> headers = requests.headers();
                headers.put(parameter.name(), broken.value());
                refuse(
                    where,
                    broken.constraint(),
                    requests.path(),
                    headers,
                    requests.body(),
                    parameter.name());
              });
          if (parameter.required()) {
            Map<String, String> headers = requests.headers();
            headers.remove(parameter.name());
            refuse(
                where, "is required", requests.path(), headers, requests.body(), parameter.name());
          }
        }
        case COOKIE -> uncovered.add(where + ": cookie parameters have no derivation yet");
      }
    }
  }

  private void credentialCases() {
    if (operation.security().isEmpty()) {
      return;
    }
    if (unauthorized.isEmpty()) {
      uncovered.add("credentials: no response is marked x-refusal: credential");
      return;
    }
    int status = unauthorized.getAsInt();
    cases.add(
        new HttpCase(
            operation.operationId() + ": without any credential is rejected with " + status,
            operation.method(),
            requests.path(),
            withoutCredentials(),
            requests.body(),
            Expectation.rejected(status, null)));
    for (SecurityAlternative alternative : operation.security()) {
      Map<String, String> complete = credentials.headersFor(alternative);
      for (CredentialScheme scheme : alternative.schemes()) {
        if (scheme.header().isEmpty()) {
          uncovered.add("credential " + scheme.name() + ": only header API keys have a derivation");
          continue;
        }
        String header = scheme.header().get();
        if (alternative.schemes().size() > 1) {
          Map<String, String> headers = withoutCredentials();
          headers.putAll(complete);
          headers.remove(header);
          cases.add(
              new HttpCase(
                  operation.operationId()
                      + ": "
                      + scheme.name()
                      + " credential without "
                      + header
                      + " is rejected with "
                      + status,
                  operation.method(),
                  requests.path(),
                  headers,
                  requests.body(),
                  Expectation.rejected(status, null)));
        }
        Map<String, String> headers = withoutCredentials();
        headers.putAll(complete);
        headers.put(
            header,
            scheme.valuePattern() == null
                ? ""
                : CredentialHeaders.malformed(scheme.valuePattern()));
        String what = scheme.valuePattern() == null ? "an empty " : "a malformed ";
        cases.add(
            new HttpCase(
                operation.operationId() + ": " + what + header + " is rejected with " + status,
                operation.method(),
                requests.path(),
                headers,
                requests.body(),
                Expectation.rejected(status, null)));
      }
    }
  }

  private void bodyCases() {
    Optional<RequestBody> declared = operation.requestBody();
    if (declared.isEmpty() || declared.get().schema() == null) {
      return;
    }
    RequestBody body = declared.get();
    String valid = requests.body();
    refuse(
        "body",
        "is not JSON",
        requests.path(),
        requests.headers(),
        valid.substring(0, valid.length() / 2),
        null);
    if (body.required()) {
      refuse("body", "is required", requests.path(), requests.headers(), null, null);
    }
    Map<String, String> wrongType = requests.headers();
    wrongType.put("Content-Type", "text/plain");
    refuse("Content-Type", "must be " + body.mediaType(), requests.path(), wrongType, valid, null);
    schema(body.schema(), FieldPath.root());
  }

  private void schema(Schema<?> schema, FieldPath path) {
    String type = schema.getType();
    Optional<JsonNode> base = baseFor(path);
    String where = path.toString();
    if ("object".equals(type) || schema.getProperties() != null) {
      if (!path.isRoot()) {
        bodyCase(
            where, "must be an object", path, base, valid -> TextNode.valueOf("not an object"));
      } else {
        bodyCase(
            where, "must be an object", path, base, valid -> JsonNodeFactory.instance.arrayNode());
      }
      if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
        bodyCase(
            where,
            "allows no unknown property",
            path,
            base,
            valid -> ((ObjectNode) valid.deepCopy()).put(UNKNOWN_PROPERTY, "x"));
      }
      if (schema.getProperties() != null) {
        schema.getProperties().forEach((name, property) -> schema(property, path.property(name)));
      }
    } else if ("array".equals(type)) {
      bodyCase(
          where, "must be an array", path, base, valid -> JsonNodeFactory.instance.objectNode());
      schema(schema.getItems(), path.item());
    } else if ("string".equals(type)) {
      FieldBoundaries field = FieldBoundaries.of(schema);
      bodyCase(
          where,
          "must be a string",
          path,
          base,
          valid -> field.allowed().contains("true") ? BooleanNode.TRUE : IntNode.valueOf(12345));
      String valid = base.map(body -> path.read(body).asText()).orElse(null);
      stringViolations(
          where,
          field,
          valid,
          broken ->
              bodyCase(
                  where,
                  broken.constraint(),
                  path,
                  base,
                  ignored -> TextNode.valueOf(broken.value())));
    } else {
      uncovered.add(where + ": type " + type + " has no derivation yet");
    }
  }

  private record Broken(String constraint, String value) {}

  private void stringViolations(
      String where, FieldBoundaries field, String valid, Consumer<Broken> emit) {
    if (field.isEnum()) {
      StringViolations.notListed(field)
          .ifPresentOrElse(
              value -> emit.accept(new Broken("must be one of " + field.allowed(), value)),
              () -> uncovered.add(where + ": enum"));
    }
    if (valid == null) {
      if (field.pattern() != null || field.minLength() != null || field.maxLength() != null) {
        uncovered.add(where + ": no example in the contract shows a valid value to start from");
      }
      return;
    }
    if (field.pattern() != null) {
      StringViolations.breakPattern(valid, field)
          .ifPresentOrElse(
              value -> emit.accept(new Broken("must match " + field.pattern().source(), value)),
              () -> uncovered.add(where + ": pattern " + field.pattern().source()));
    }
    if (field.minLength() != null && field.minLength() > 0) {
      StringViolations.tooShort(valid, field)
          .ifPresent(
              value ->
                  emit.accept(
                      new Broken("needs at least " + field.minLength() + " characters", value)));
    }
    if (field.maxLength() != null) {
      StringViolations.tooLong(valid, field)
          .ifPresent(
              value ->
                  emit.accept(
                      new Broken("allows at most " + field.maxLength() + " characters", value)));
    }
  }

  private void bodyCase(
      String where,
      String constraint,
      FieldPath path,
      Optional<JsonNode> base,
      Function<JsonNode, JsonNode> breakIt) {
    if (base.isEmpty()) {
      uncovered.add(where + " " + constraint + ": no request example reaches this field");
      return;
    }
    JsonNode body = path.replace(base.get(), breakIt.apply(path.read(base.get())));
    refuse(
        where,
        constraint,
        requests.path(),
        requests.headers(),
        body.toString(),
        path.isRoot() ? null : path.fieldName());
  }

  private void refuse(
      String where,
      String constraint,
      String path,
      Map<String, String> headers,
      String body,
      String field) {
    if (refused.isEmpty()) {
      uncovered.add(where + " " + constraint + ": no response is marked x-refusal: request");
      return;
    }
    int status = refused.getAsInt();
    String name =
        operation.operationId()
            + ": "
            + where
            + " "
            + constraint
            + " (rejected with "
            + status
            + ")";
    cases.add(
        new HttpCase(
            name, operation.method(), path, headers, body, Expectation.rejected(status, field)));
  }

  /**
   * The first request example in which the path leads to a value (else the valid body): the base to
   * break.
   */
  private Optional<JsonNode> baseFor(FieldPath path) {
    Stream<JsonNode> bases =
        Stream.concat(
            operation.requestBody().stream()
                .flatMap(body -> body.examples().stream())
                .map(NamedExample::value),
            Stream.ofNullable(requests.valid().body()));
    return bases.filter(example -> path.read(example) != null).findFirst();
  }

  private Map<String, String> withoutCredentials() {
    Map<String, String> headers = new LinkedHashMap<>(requests.headers());
    operation.credentialHeaders().forEach(headers::remove);
    return headers;
  }
}
