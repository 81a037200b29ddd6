package io.contractkit.starrocks.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.api.ContractDocument;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract as the tests see it: read from the {@code api} artifact at test time, every
 * reference resolved, reduced to the endpoints, examples and constraints the suite drives.
 */
public final class Contract {

  private final OpenAPI api;
  private final OpenAPI asWritten;
  private final List<Endpoint> endpoints;

  private Contract(OpenAPI api, OpenAPI asWritten) {
    this.api = api;
    this.asWritten = asWritten;
    this.endpoints = readEndpoints();
  }

  /** The contract shipped in the api artifact. */
  public static Contract load() {
    return load(ContractDocument.url().toString());
  }

  public static Contract load(String location) {
    return new Contract(parse(location, true), parse(location, false));
  }

  // Fully resolved for walking schemas; as written to learn which component a body refers to.
  private static OpenAPI parse(String location, boolean fully) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(fully);
    OpenAPI api = new OpenAPIV3Parser().read(location, null, options);
    if (api == null) {
      throw new IllegalArgumentException("Not an OpenAPI document: " + location);
    }
    return api;
  }

  public OpenAPI api() {
    return api;
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  private List<Endpoint> readEndpoints() {
    List<Endpoint> result = new ArrayList<>();
    api.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
        result.add(endpoint(path, item, entry.getKey().name(), entry.getValue()));
      }
    });
    return List.copyOf(result);
  }

  private Endpoint endpoint(String path, PathItem item, String method, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    List<ParameterSpec> pathParameters = new ArrayList<>();
    List<ParameterSpec> headerParameters = new ArrayList<>();
    for (Parameter parameter : parameters) {
      ParameterSpec spec = new ParameterSpec(
          parameter.getName(),
          Boolean.TRUE.equals(parameter.getRequired()),
          parameter.getSchema(),
          parameter.getExample() == null ? null : String.valueOf(parameter.getExample()));
      if ("path".equals(parameter.getIn())) {
        pathParameters.add(spec);
      } else if ("header".equals(parameter.getIn())) {
        headerParameters.add(spec);
      }
    }

    String mediaType = null;
    MediaType media = null;
    boolean bodyRequired = false;
    Map<String, JsonNode> requestExamples = new LinkedHashMap<>();
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      Map.Entry<String, MediaType> first = operation.getRequestBody().getContent().entrySet().iterator().next();
      mediaType = first.getKey();
      media = first.getValue();
      bodyRequired = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
      examples(media).forEach(requestExamples::put);
    }

    Operation written = asWritten.getPaths().get(path).readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    List<ResponseExample> responseExamples = new ArrayList<>();
    operation.getResponses().forEach((status, response) ->
        responseExamples(status, response, schemaName(writtenResponse(written.getResponses().get(status)).getContent()), responseExamples));

    return new Endpoint(
        operation.getOperationId(),
        method,
        path,
        List.copyOf(pathParameters),
        List.copyOf(headerParameters),
        mediaType,
        bodyRequired,
        media == null ? null : media.getSchema(),
        written.getRequestBody() == null ? null : schemaName(written.getRequestBody().getContent()),
        requestExamples,
        List.copyOf(responseExamples),
        security(operation));
  }

  private void responseExamples(String status, ApiResponse response, String schemaName, List<ResponseExample> into) {
    if (response.getContent() == null || !status.matches("\\d{3}")) {
      return;
    }
    response.getContent().values().forEach(media ->
        examples(media).forEach((name, value) ->
            into.add(new ResponseExample(name, Integer.parseInt(status), value, schemaName))));
  }

  private ApiResponse writtenResponse(ApiResponse response) {
    return response.get$ref() == null ? response : asWritten.getComponents().getResponses().get(lastSegment(response.get$ref()));
  }

  private static String schemaName(Content content) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    String ref = content.values().iterator().next().getSchema().get$ref();
    return ref == null ? null : lastSegment(ref);
  }

  private static String lastSegment(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private Map<String, JsonNode> examples(MediaType media) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    if (media.getExamples() != null) {
      media.getExamples().forEach((name, example) -> result.put(name, Json.mapper().valueToTree(resolve(example).getValue())));
    }
    return result;
  }

  private Example resolve(Example example) {
    if (example.get$ref() == null) {
      return example;
    }
    return api.getComponents().getExamples().get(lastSegment(example.get$ref()));
  }

  private List<List<CredentialScheme>> security(Operation operation) {
    List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    List<List<CredentialScheme>> alternatives = new ArrayList<>();
    if (requirements == null) {
      return alternatives;
    }
    for (SecurityRequirement requirement : requirements) {
      List<CredentialScheme> schemes = new ArrayList<>();
      for (String name : requirement.keySet()) {
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(name);
        Object pattern = scheme.getExtensions() == null ? null : scheme.getExtensions().get("x-value-pattern");
        schemes.add(new CredentialScheme(name, scheme.getName(), pattern == null ? null : pattern.toString()));
      }
      alternatives.add(List.copyOf(schemes));
    }
    return List.copyOf(alternatives);
  }
}
