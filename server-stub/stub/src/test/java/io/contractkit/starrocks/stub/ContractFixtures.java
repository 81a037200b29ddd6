package io.contractkit.starrocks.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.stub.contract.Contract;
import io.contractkit.starrocks.stub.contract.ContractOperation;
import io.contractkit.starrocks.stub.contract.Refs;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Valid requests built from the contract's own examples, so that tests repeat no value. */
public final class ContractFixtures {

  public static final Contract CONTRACT = Contract.bundled();

  /** The contract declares no form for IAM tokens: any non-blank value is well-formed. */
  public static final String TOKEN = "MIIZ-test-token";

  private ContractFixtures() {}

  public static ContractOperation operation() {
    return CONTRACT.operations().get(0);
  }

  static Operation model(ContractOperation operation) {
    PathItem item = CONTRACT.api().getPaths().get(operation.path().template());
    return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(operation.method()));
  }

  /** The operation's path with every path parameter set to its documented example. */
  public static String validPath(ContractOperation operation) {
    String path = operation.path().template();
    for (Parameter parameter : model(operation).getParameters()) {
      if ("path".equals(parameter.getIn())) {
        path = path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
      }
    }
    return path;
  }

  public static String validPath() {
    return validPath(operation());
  }

  /** Documented path parameter example, by name. */
  public static String pathExample(String name) {
    return model(operation()).getParameters().stream()
        .filter(p -> p.getName().equals(name))
        .map(p -> String.valueOf(p.getExample()))
        .findFirst()
        .orElseThrow();
  }

  /** The named request body examples of an operation, in document order. */
  public static Map<String, JsonNode> requestExamples(ContractOperation operation) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    MediaType media = model(operation).getRequestBody().getContent().get("application/json");
    for (Map.Entry<String, Example> e : media.getExamples().entrySet()) {
      examples.put(e.getKey(), Json.mapper().valueToTree(Refs.example(CONTRACT.api(), e.getValue()).getValue()));
    }
    return examples;
  }

  public static Map<String, JsonNode> requestExamples() {
    return requestExamples(operation());
  }

  /** The first documented request body. */
  public static JsonNode firstRequestExample() {
    return requestExamples().values().iterator().next();
  }

  /** The {@code x-value-pattern} of a security scheme. */
  public static String valuePattern(String scheme) {
    return String.valueOf(
        CONTRACT.api().getComponents().getSecuritySchemes().get(scheme).getExtensions().get("x-value-pattern"));
  }
}
