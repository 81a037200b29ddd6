package io.contractkit.starrocks.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the contract, with everything a test needs to build requests for it and to
 * judge the answers: parameters, body schema and examples, documented responses, credentials.
 *
 * @param security the alternatives the contract accepts; each alternative lists the schemes
 *     that must all be present together
 */
public record Endpoint(
    String operationId,
    String method,
    String pathTemplate,
    List<ParameterSpec> pathParameters,
    List<ParameterSpec> headerParameters,
    String mediaType,
    boolean bodyRequired,
    Schema<?> requestSchema,
    String requestSchemaName,
    Map<String, JsonNode> requestExamples,
    List<ResponseExample> responseExamples,
    List<List<CredentialScheme>> security) {

  /** The first documented example with a 2xx status: what a server answers by default. */
  public Optional<ResponseExample> defaultSuccess() {
    return responseExamples.stream().filter(example -> example.status() / 100 == 2).findFirst();
  }

  public List<Integer> documentedStatuses() {
    return responseExamples.stream().map(ResponseExample::status).distinct().sorted().toList();
  }

  /**
   * The same endpoint with other valid values for some path parameters (a real project and
   * instance, say), used wherever the documented examples would be.
   */
  public Endpoint withPathValues(Map<String, String> values) {
    List<ParameterSpec> parameters = pathParameters.stream()
        .map(parameter -> values.containsKey(parameter.name())
            ? new ParameterSpec(parameter.name(), parameter.required(), parameter.schema(), values.get(parameter.name()))
            : parameter)
        .toList();
    return new Endpoint(operationId, method, pathTemplate, parameters, headerParameters, mediaType, bodyRequired,
        requestSchema, requestSchemaName, requestExamples, responseExamples, security);
  }

  public String displayName() {
    return method + " " + pathTemplate;
  }
}
