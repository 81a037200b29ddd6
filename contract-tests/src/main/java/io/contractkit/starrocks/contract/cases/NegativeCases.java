package io.contractkit.starrocks.contract.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractkit.starrocks.contract.model.CredentialScheme;
import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.model.ParameterSpec;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Derives, from the constraints written in the contract, one request per constraint that breaks
 * exactly that constraint: every pattern, length bound, enum, type, unknown property, required
 * credential, content type and body. A constraint added to the document gets its case with no
 * new test code; a constraint the derivation cannot exercise is listed in {@link #uncovered()}.
 */
public final class NegativeCases {

  static final String UNKNOWN_PROPERTY = "unexpected_property";
  // HTTP's own meanings, which the document's responses follow: a request the contract refuses
  // is a Bad Request, one without an accepted credential is Unauthorized.
  private static final int BAD_REQUEST = 400;
  private static final int UNAUTHORIZED = 401;

  private final Endpoint endpoint;
  private final Credentials credentials;
  private final RequestFactory requests;
  private final List<HttpCase> cases = new ArrayList<>();
  private final List<String> uncovered = new ArrayList<>();

  private NegativeCases(Endpoint endpoint, Credentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.requests = new RequestFactory(endpoint, credentials);
  }

  public static NegativeCases derive(Endpoint endpoint, Credentials credentials) {
    NegativeCases derivation = new NegativeCases(endpoint, credentials);
    derivation.pathParameters();
    derivation.headerParameters();
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

  private void pathParameters() {
    for (ParameterSpec parameter : endpoint.pathParameters()) {
      String where = "path parameter " + parameter.name();
      stringViolations(where, parameter.schema(), parameter.example(), broken ->
          add(where, broken.constraint(), requests.path(Map.of(parameter.name(), broken.value())), requests.headers(), firstBody(), parameter.name()));
    }
  }

  private void headerParameters() {
    for (ParameterSpec parameter : endpoint.headerParameters()) {
      String where = "header " + parameter.name();
      String valid = parameter.example() != null ? parameter.example() : firstEnum(parameter.schema());
      stringViolations(where, parameter.schema(), valid, broken -> {
        Map<String, String> headers = requests.headers();
        headers.put(parameter.name(), broken.value());
        add(where, broken.constraint(), requests.path(), headers, firstBody(), parameter.name());
      });
      if (parameter.required()) {
        Map<String, String> headers = requests.headers();
        headers.remove(parameter.name());
        add(where, "is required", requests.path(), headers, firstBody(), parameter.name());
      }
    }
  }

  private void credentialCases() {
    Map<String, String> none = withoutCredentials();
    cases.add(new HttpCase(endpoint.operationId() + ": without any credential is rejected with " + UNAUTHORIZED, endpoint.method(), requests.path(), none, firstBody(), Expectation.rejected(UNAUTHORIZED, null)));
    for (List<CredentialScheme> alternative : endpoint.security()) {
      Map<String, String> complete = credentials.headersFor(alternative);
      for (CredentialScheme scheme : alternative) {
        if (alternative.size() > 1) {
          Map<String, String> headers = withoutCredentials();
          headers.putAll(complete);
          headers.remove(scheme.header());
          cases.add(new HttpCase(endpoint.operationId() + ": " + scheme.name() + " credential without " + scheme.header() + " is rejected with " + UNAUTHORIZED, endpoint.method(), requests.path(), headers, firstBody(), Expectation.rejected(UNAUTHORIZED, null)));
        }
        Map<String, String> headers = withoutCredentials();
        headers.putAll(complete);
        headers.put(scheme.header(), scheme.valuePattern() == null ? "" : Credentials.malformed(scheme.valuePattern()));
        String what = scheme.valuePattern() == null ? "an empty " : "a malformed ";
        cases.add(new HttpCase(endpoint.operationId() + ": " + what + scheme.header() + " is rejected with " + UNAUTHORIZED, endpoint.method(), requests.path(), headers, firstBody(), Expectation.rejected(UNAUTHORIZED, null)));
      }
    }
  }

  private void bodyCases() {
    if (endpoint.requestSchema() == null) {
      return;
    }
    Map<String, String> headers = requests.headers();
    String valid = firstBody();
    add("body", "is not JSON", requests.path(), headers, valid.substring(0, valid.length() / 2), null);
    if (endpoint.bodyRequired()) {
      add("body", "is required", requests.path(), headers, null, null);
    }
    Map<String, String> wrongType = requests.headers();
    wrongType.put("Content-Type", "text/plain");
    add("Content-Type", "must be " + endpoint.mediaType(), requests.path(), wrongType, firstBody(), null);
    schema(endpoint.requestSchema(), FieldPath.root());
  }

  private void schema(Schema<?> schema, FieldPath path) {
    String type = schema.getType();
    Optional<JsonNode> base = baseFor(path);
    String where = path.toString();
    if ("object".equals(type) || schema.getProperties() != null) {
      if (!path.segments().isEmpty()) {
        bodyCase(where, "must be an object", path, base, valid -> TextNode.valueOf("not an object"));
      } else {
        bodyCase(where, "must be an object", path, base, valid -> JsonNodeFactory.instance.arrayNode());
      }
      if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
        bodyCase(where, "allows no unknown property", path, base, valid -> ((ObjectNode) valid.deepCopy()).put(UNKNOWN_PROPERTY, "x"));
      }
      if (schema.getProperties() != null) {
        schema.getProperties().forEach((name, property) -> schema(property, path.property(name)));
      }
    } else if ("array".equals(type)) {
      bodyCase(where, "must be an array", path, base, valid -> JsonNodeFactory.instance.objectNode());
      schema(schema.getItems(), path.item());
    } else if ("string".equals(type)) {
      bodyCase(where, "must be a string", path, base, valid -> looksLikeBoolean(schema) ? BooleanNode.TRUE : IntNode.valueOf(12345));
      String valid = base.map(body -> path.read(body).asText()).orElse(null);
      stringViolations(where, schema, valid, broken -> bodyCase(where, broken.constraint(), path, base, ignored -> TextNode.valueOf(broken.value())));
    } else {
      uncovered.add(where + ": type " + type + " has no derivation yet");
    }
  }

  private record Broken(String constraint, String value) {}

  private void stringViolations(String where, Schema<?> schema, String valid, Consumer<Broken> emit) {
    if (schema.getEnum() != null) {
      StringViolations.notListed(schema).ifPresentOrElse(
          value -> emit.accept(new Broken("must be one of " + schema.getEnum(), value)),
          () -> uncovered.add(where + ": enum"));
    }
    if (valid == null) {
      if (schema.getPattern() != null || schema.getMinLength() != null || schema.getMaxLength() != null) {
        uncovered.add(where + ": no example in the contract shows a valid value to start from");
      }
      return;
    }
    if (schema.getPattern() != null) {
      StringViolations.breakPattern(valid, schema).ifPresentOrElse(
          value -> emit.accept(new Broken("must match " + schema.getPattern(), value)),
          () -> uncovered.add(where + ": pattern " + schema.getPattern()));
    }
    if (schema.getMinLength() != null && schema.getMinLength() > 0) {
      StringViolations.tooShort(valid, schema).ifPresent(value -> emit.accept(new Broken("needs at least " + schema.getMinLength() + " characters", value)));
    }
    if (schema.getMaxLength() != null) {
      StringViolations.tooLong(valid, schema).ifPresent(value -> emit.accept(new Broken("allows at most " + schema.getMaxLength() + " characters", value)));
    }
  }

  private void bodyCase(String where, String constraint, FieldPath path, Optional<JsonNode> base, Function<JsonNode, JsonNode> breakIt) {
    if (base.isEmpty()) {
      uncovered.add(where + " " + constraint + ": no request example reaches this field");
      return;
    }
    JsonNode body = path.replace(base.get(), breakIt.apply(path.read(base.get())));
    add(where, constraint, requests.path(), requests.headers(), body.toString(), path.segments().isEmpty() ? null : path.fieldName());
  }

  private void add(String where, String constraint, String path, Map<String, String> headers, String body, String field) {
    String name = endpoint.operationId() + ": " + where + " " + constraint + " (rejected with " + BAD_REQUEST + ")";
    cases.add(new HttpCase(name, endpoint.method(), path, headers, body, Expectation.rejected(BAD_REQUEST, field)));
  }

  /** The first request example in which the path leads to a value: the base to break. */
  private Optional<JsonNode> baseFor(FieldPath path) {
    return endpoint.requestExamples().values().stream().filter(example -> path.read(example) != null).findFirst();
  }

  private String firstBody() {
    return endpoint.requestExamples().values().stream().findFirst().map(JsonNode::toString).orElse(null);
  }

  private Map<String, String> withoutCredentials() {
    Map<String, String> headers = new LinkedHashMap<>(requests.headers());
    endpoint.security().forEach(alternative -> alternative.forEach(scheme -> headers.remove(scheme.header())));
    return headers;
  }

  private static boolean looksLikeBoolean(Schema<?> schema) {
    return schema.getEnum() != null && schema.getEnum().contains("true");
  }

  private static String firstEnum(Schema<?> schema) {
    return schema.getEnum() == null || schema.getEnum().isEmpty() ? null : String.valueOf(schema.getEnum().get(0));
  }
}
