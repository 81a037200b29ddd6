package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One operation of the document: method, path template, parameters, optional request body,
 * documented responses with their named examples, security alternatives. Immutable.
 */
public final class ApiOperation {

  private final String method;
  private final PathTemplate path;
  private final String operationId;
  private final List<String> tags;
  private final String summary;
  private final List<ApiParameter> parameters;
  private final RequestBody requestBody;
  private final Map<Integer, Response> responses;
  private final List<SecurityAlternative> security;

  /** Every named response example, in document order (the stub reads it on every request). */
  private final List<ResponseExample> examples;

  private final Optional<ResponseExample> defaultAnswer;

  ApiOperation(
      String method,
      PathTemplate path,
      String operationId,
      List<String> tags,
      String summary,
      List<ApiParameter> parameters,
      RequestBody requestBody,
      Map<Integer, Response> responses,
      List<SecurityAlternative> security) {
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.tags = List.copyOf(tags);
    this.summary = summary;
    this.parameters = List.copyOf(parameters);
    this.requestBody = requestBody;
    this.responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    this.security = List.copyOf(security);
    this.examples = this.responses.values().stream().flatMap(r -> r.examples().stream()).toList();
    this.defaultAnswer = examples.stream().filter(ResponseExample::isSuccess).findFirst();
  }

  /** Upper-case HTTP method, such as {@code PUT}. */
  public String method() {
    return method;
  }

  public PathTemplate path() {
    return path;
  }

  /** The operationId, or {@code "<method> <path>"} when the document gives none. */
  public String operationId() {
    return operationId;
  }

  /** The first tag (what generators name the API class after), if any. */
  public Optional<String> tag() {
    return tags.stream().findFirst();
  }

  public List<String> tags() {
    return tags;
  }

  public String summary() {
    return summary;
  }

  /** Path-level and operation-level parameters, operation-level ones winning, in document order. */
  public List<ApiParameter> parameters() {
    return parameters;
  }

  public List<ApiParameter> parameters(ParameterLocation location) {
    return parameters.stream().filter(p -> p.location() == location).toList();
  }

  public Optional<ApiParameter> parameter(ParameterLocation location, String name) {
    return parameters.stream()
        .filter(p -> p.location() == location)
        .filter(
            p ->
                location == ParameterLocation.HEADER
                    ? p.name().equalsIgnoreCase(name)
                    : p.name().equals(name))
        .findFirst();
  }

  public Optional<RequestBody> requestBody() {
    return Optional.ofNullable(requestBody);
  }

  /** Documented responses by status, in document order ({@code default} and ranges left out). */
  public Map<Integer, Response> responses() {
    return responses;
  }

  public Optional<Response> response(int status) {
    return Optional.ofNullable(responses.get(status));
  }

  /** Every status the operation documents, examples or not. */
  public Set<Integer> statuses() {
    return new LinkedHashSet<>(responses.keySet());
  }

  /** Every named response example, in document order. */
  public List<ResponseExample> examples() {
    return examples;
  }

  public Optional<ResponseExample> example(String name) {
    return examples().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The first example documented for a status. */
  public Optional<ResponseExample> firstWithStatus(int status) {
    return response(status).flatMap(r -> r.examples().stream().findFirst());
  }

  /** The first example of a 2xx response: what a server answers when nothing else is asked. */
  public Optional<ResponseExample> defaultAnswer() {
    return defaultAnswer;
  }

  /** The security alternatives; empty when the operation needs no credential. */
  public List<SecurityAlternative> security() {
    return security;
  }

  /** The alternative with a plain token (what a real deployment can be called with), if any. */
  public Optional<SecurityAlternative> tokenAlternative() {
    return security.stream().filter(SecurityAlternative::isPlainToken).findFirst();
  }

  /** Every header any alternative's credential travels in. */
  public Set<String> credentialHeaders() {
    Set<String> headers = new LinkedHashSet<>();
    security.forEach(a -> headers.addAll(a.headers()));
    return headers;
  }

  /**
   * The status the document gives a refusal of this kind (the response marked with {@code
   * x-refusal}); empty when the operation documents none.
   */
  public OptionalInt refusalStatus(Refusal refusal) {
    return responses.values().stream()
        .filter(r -> r.refusal().filter(refusal::equals).isPresent())
        .mapToInt(Response::status)
        .findFirst();
  }

  /** A request that keeps this operation's contract, from the document's examples. */
  public ValidRequest validRequest() {
    return validRequest(Map.of());
  }

  /**
   * A valid request with some path (or query, header) parameters set to other values, such as a
   * real project and instance.
   *
   * @throws IllegalStateException when a required parameter has no documented value
   */
  public ValidRequest validRequest(Map<String, String> parameterValues) {
    Map<String, String> pathValues = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (ApiParameter parameter : parameters) {
      if (!parameter.required() && !parameterValues.containsKey(parameter.name())) {
        continue;
      }
      String value =
          parameterValues.containsKey(parameter.name())
              ? parameterValues.get(parameter.name())
              : parameter
                  .documentedValue()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              parameter.location().documentName()
                                  + " parameter "
                                  + parameter.name()
                                  + " of "
                                  + this
                                  + " has no example, default or enum value to build a request from"));
      switch (parameter.location()) {
        case PATH -> pathValues.put(parameter.name(), value);
        case QUERY -> query.put(parameter.name(), value);
        case HEADER -> headers.put(parameter.name(), value);
        case COOKIE ->
            headers.merge("Cookie", parameter.name() + "=" + value, (a, b) -> a + "; " + b);
      }
    }
    JsonNode body = null;
    String mediaType = null;
    if (requestBody != null) {
      mediaType = requestBody.mediaType();
      headers.put("Content-Type", mediaType);
      body =
          requestBody
              .firstExample()
              .map(NamedExample::value)
              .orElseGet(() -> BodySynthesizer.minimal(requestBody.schema()));
    }
    return new ValidRequest(
        method, path.fill(pathValues), pathValues, query, headers, mediaType, body);
  }

  /** {@code PUT /v3/{project_id}/...}. */
  public String displayName() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return displayName() + " (" + operationId + ")";
  }
}
