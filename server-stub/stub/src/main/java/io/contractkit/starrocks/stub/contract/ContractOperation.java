package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;

/** One operation of the document with what answering it needs, prepared once at start-up. */
public final class ContractOperation {

  private final String method;
  private final PathTemplate path;
  private final String operationId;
  private final ContractExamples examples;
  private final CredentialCheck credentials;
  private final Map<Integer, ReflectingAnswer> reflections;
  private final ErrorBodies errorBodies;
  private final Map<String, List<String>> headerEnums;

  private ContractOperation(
      String method,
      PathTemplate path,
      String operationId,
      ContractExamples examples,
      CredentialCheck credentials,
      Map<Integer, ReflectingAnswer> reflections,
      ErrorBodies errorBodies,
      Map<String, List<String>> headerEnums) {
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.examples = examples;
    this.credentials = credentials;
    this.reflections = Map.copyOf(reflections);
    this.errorBodies = errorBodies;
    this.headerEnums = Map.copyOf(headerEnums);
  }

  static ContractOperation of(OpenAPI api, String method, String path, Operation operation, ErrorBodies errorBodies) {
    String id = operation.getOperationId() != null ? operation.getOperationId() : method.toLowerCase() + " " + path;
    Schema<?> requestSchema = jsonSchema(operation.getRequestBody() == null ? null : operation.getRequestBody().getContent());
    Map<Integer, ReflectingAnswer> reflections = new HashMap<>();
    if (operation.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
        if (response.getKey().matches("2\\d\\d")) {
          Schema<?> responseSchema = jsonSchema(response.getValue().getContent());
          reflections.put(
              Integer.valueOf(response.getKey()),
              requestSchema == null || responseSchema == null
                  ? ReflectingAnswer.none()
                  : ReflectingAnswer.between(requestSchema, responseSchema));
        }
      }
    }
    return new ContractOperation(
        method.toUpperCase(),
        new PathTemplate(path),
        id,
        ContractExamples.of(api, operation),
        CredentialCheck.of(api, operation),
        reflections,
        errorBodies,
        headerEnums(operation));
  }

  private static Map<String, List<String>> headerEnums(Operation operation) {
    Map<String, List<String>> enums = new LinkedHashMap<>();
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        if ("header".equals(parameter.getIn()) && parameter.getSchema() != null && parameter.getSchema().getEnum() != null) {
          enums.put(parameter.getName(), parameter.getSchema().getEnum().stream().map(String::valueOf).toList());
        }
      }
    }
    return enums;
  }

  private static Schema<?> jsonSchema(Map<String, MediaType> content) {
    if (content == null) {
      return null;
    }
    return content.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase().contains("json"))
        .map(e -> (Schema<?>) e.getValue().getSchema())
        .filter(s -> s != null)
        .findFirst()
        .orElse(null);
  }

  /** Upper-case HTTP method, such as {@code PUT}. */
  public String method() {
    return method;
  }

  public PathTemplate path() {
    return path;
  }

  public String operationId() {
    return operationId;
  }

  public ContractExamples examples() {
    return examples;
  }

  public CredentialCheck credentials() {
    return credentials;
  }

  /** How a success answer of this status reflects the request, if the status is a 2xx. */
  public Optional<ReflectingAnswer> reflection(int status) {
    return Optional.ofNullable(reflections.get(status));
  }

  /** The body of a 401: the operation's first documented 401 example, else the error format. */
  public JsonNode unauthorizedBody(String message) {
    return examples.firstWithStatus(401).map(DocumentedExample::body).orElseGet(() -> errorBodies.invalid(message));
  }

  /** The documented headers of a status's response (with their example values). */
  public Map<String, String> documentedHeaders(int status) {
    return examples.firstWithStatus(status).map(DocumentedExample::headers).orElse(Map.of());
  }

  /**
   * Header parameters whose value is outside their documented enum, for implementations whose
   * generated code does not check them (JAX-RS header parameters carry no enum constraint).
   */
  public List<Violation> headerEnumProblems(Function<String, String> header) {
    List<Violation> problems = new ArrayList<>();
    headerEnums.forEach((name, allowed) -> {
      String value = header.apply(name);
      if (value != null && !allowed.contains(value)) {
        problems.add(new Violation("header " + name, "'" + Sanitized.of(value) + "' is not one of " + allowed));
      }
    });
    return problems;
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + operationId + ")";
  }
}
