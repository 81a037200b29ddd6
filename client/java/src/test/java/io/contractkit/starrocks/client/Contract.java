package io.contractkit.starrocks.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.CredentialScheme;
import io.contractkit.starrocks.model.DocumentedHeader;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.ResponseExample;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the tests read from the contract, through the contract model (the one reader of the
 * document), so that no test repeats an example, a pattern or a header name.
 */
public final class Contract {

  public static final ContractModel MODEL = ContractModel.load();

  private static final String GENERATED_APIS = "io.contractkit.starrocks.client.api.";
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createFor(MODEL.openApi()).build();

  /** One named example of a body. */
  public record NamedExample(String status, String name, JsonNode value) {
    @Override
    public String toString() {
      return status == null ? name : status + " " + name;
    }
  }

  private Contract() {}

  /**
   * The operation the client's generated API calls: the first operation whose method the API class
   * named after its tag has (the generator's naming, not a name written here).
   */
  public static ApiOperation operation() {
    return MODEL.operations().stream()
        .filter(Contract::generated)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No operation of the contract has a generated client method"));
  }

  private static boolean generated(ApiOperation operation) {
    String tag = operation.tag().orElse("default");
    StringBuilder className = new StringBuilder();
    for (String word : tag.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        className
            .append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    try {
      Class<?> api = Class.forName(GENERATED_APIS + className + "Api");
      return Arrays.stream(api.getMethods())
          .anyMatch(method -> method.getName().equals(operation.operationId()));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The path of the operation with its parameters filled in. */
  public static String path(String projectId, String instanceId) {
    return operation().path().fill(Map.of("project_id", projectId, "instance_id", instanceId));
  }

  public static ApiParameter parameter(String name) {
    return operation().parameters().stream()
        .filter(parameter -> parameter.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No parameter " + name));
  }

  /** The contract's example value of a parameter. */
  public static String parameterExample(String name) {
    return parameter(name).example();
  }

  public static String projectId() {
    return parameterExample("project_id");
  }

  public static String instanceId() {
    return parameterExample("instance_id");
  }

  /** The resolved schema of the operation's request body. */
  public static Schema<?> requestSchema() {
    return operation().requestBody().orElseThrow().schema();
  }

  /** Every named example of the operation's request body. */
  public static List<NamedExample> requestExamples() {
    return operation().requestBody().orElseThrow().examples().stream()
        .map(example -> new NamedExample(null, example.name(), example.value()))
        .toList();
  }

  /** Every named example of every response of the operation, with its status. */
  public static List<NamedExample> responseExamples() {
    return operation().examples().stream()
        .map(
            example ->
                new NamedExample(String.valueOf(example.status()), example.name(), example.value()))
        .toList();
  }

  public static NamedExample responseExample(String name) {
    return responseExamples().stream()
        .filter(example -> example.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No response example " + name));
  }

  /** The operation's default answer: its first documented 2xx example. */
  public static NamedExample successExample() {
    ResponseExample example =
        operation()
            .defaultAnswer()
            .orElseThrow(
                () -> new IllegalStateException(operation() + " documents no 2xx example"));
    return new NamedExample(String.valueOf(example.status()), example.name(), example.value());
  }

  /** The documented example of a response header of the operation, found by the header's name. */
  public static String responseHeaderExample(String header) {
    return operation().responses().values().stream()
        .flatMap(response -> response.headers().stream())
        .filter(
            documented ->
                documented.name().equalsIgnoreCase(header) && documented.example() != null)
        .map(DocumentedHeader::example)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    operation() + " documents no example of the header " + header));
  }

  /** The example of a component header, such as {@code XRequestId}. */
  public static String headerExample(String component) {
    return MODEL
        .componentHeaderExample(component)
        .orElseThrow(() -> new IllegalStateException("No header " + component));
  }

  /** A security scheme of the contract, by its name in the document. */
  public static CredentialScheme scheme(String name) {
    return MODEL
        .securityScheme(name)
        .orElseThrow(() -> new IllegalStateException("No security scheme " + name));
  }

  /**
   * The {@code x-value-pattern} of a security scheme, evaluated with the contract's ECMA policy.
   */
  public static EcmaPattern valuePattern(String scheme) {
    return scheme(scheme)
        .valuePatternIfAny()
        .orElseThrow(() -> new IllegalStateException(scheme + " has no x-value-pattern"));
  }

  /** The document's error format (its message and code fields, its error template). */
  public static ErrorFormat errors() {
    return MODEL.errorFormat().orElseThrow();
  }

  /** A header parameter of the operation. */
  public static ApiParameter header(String name) {
    return operation().parameter(ParameterLocation.HEADER, name).orElseThrow();
  }

  /** Validates a request WireMock received against the contract; the report lists every breach. */
  public static ValidationReport validate(LoggedRequest received) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(
            Request.Method.valueOf(received.getMethod().getName()), received.getUrl());
    for (HttpHeader header : received.getHeaders().all()) {
      request.withHeader(header.key(), header.values());
    }
    if (received.getBody() != null && received.getBody().length > 0) {
      request.withBody(received.getBodyAsString());
    }
    return VALIDATOR.validateRequest(request.build());
  }
}
