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

  public String displayName() {
    return method + " " + pathTemplate;
  }
}
