package io.contractkit.starrocks.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Valid requests built from the contract's own examples, so that tests repeat no value. */
public final class ContractFixtures {

  public static final ContractRuntime CONTRACT = ContractRuntime.bundled();

  /** The contract declares no form for IAM tokens: any non-blank value is well-formed. */
  public static final String TOKEN = "MIIZ-test-token";

  private ContractFixtures() {}

  public static ApiOperation operation() {
    return CONTRACT.operations().get(0);
  }

  /** The operation's path with every path parameter set to its documented example. */
  public static String validPath(ApiOperation operation) {
    String path = operation.path().template();
    for (ApiParameter parameter : operation.parameters(ParameterLocation.PATH)) {
      path = path.replace("{" + parameter.name() + "}", String.valueOf(parameter.example()));
    }
    return path;
  }

  public static String validPath() {
    return validPath(operation());
  }

  /** Documented path parameter example, by name. */
  public static String pathExample(String name) {
    return operation()
        .parameter(ParameterLocation.PATH, name)
        .map(ApiParameter::example)
        .orElseThrow();
  }

  /** The named request body examples of an operation, in document order. */
  public static Map<String, JsonNode> requestExamples(ApiOperation operation) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    operation
        .requestBody()
        .orElseThrow()
        .examples()
        .forEach(e -> examples.put(e.name(), e.value()));
    return examples;
  }

  public static Map<String, JsonNode> requestExamples() {
    return requestExamples(operation());
  }

  /** The first documented request body. */
  public static JsonNode firstRequestExample() {
    return requestExamples().values().iterator().next();
  }

  /** The header an operation's token alternative sends the token in, as the document names it. */
  public static String tokenHeader(ApiOperation operation) {
    return operation
        .tokenAlternative()
        .map(SecurityAlternative::headers)
        .filter(names -> !names.isEmpty())
        .map(names -> names.get(0))
        .orElseThrow();
  }

  public static String tokenHeader() {
    return tokenHeader(operation());
  }

  /** The {@code x-value-pattern} of a security scheme. */
  public static String valuePattern(String scheme) {
    return CONTRACT.model().securityScheme(scheme).orElseThrow().valuePattern().source();
  }
}
