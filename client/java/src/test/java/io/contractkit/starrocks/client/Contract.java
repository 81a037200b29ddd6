package io.contractkit.starrocks.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tests read from the contract (the {@code api} artifact on the classpath), so that no
 * test repeats an example, a pattern or a header name.
 */
public final class Contract {

  public static final SpecDocument SPEC = SpecDocument.parse(ContractDocument.url().toString());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(ContractDocument.url().toString()).build();

  /** One named example of a body. */
  public record NamedExample(String status, String name, JsonNode value) {
    @Override
    public String toString() {
      return status == null ? name : status + " " + name;
    }
  }

  private Contract() {}

  /** The operation the client's {@code modifyDataSynchronizationConfig} calls. */
  public static Map.Entry<String, Operation> modifyOperation() {
    for (Map.Entry<String, PathItem> path : SPEC.api().getPaths().entrySet()) {
      for (Operation operation : path.getValue().readOperations()) {
        if ("modifyDataSynchronizationConfig".equals(operation.getOperationId())) {
          return Map.entry(path.getKey(), operation);
        }
      }
    }
    throw new IllegalStateException("The contract has no operation modifyDataSynchronizationConfig");
  }

  /** The path of the operation with its parameters filled in. */
  public static String path(String projectId, String instanceId) {
    return modifyOperation().getKey()
        .replace("{project_id}", projectId)
        .replace("{instance_id}", instanceId);
  }

  public static Parameter parameter(String name) {
    return modifyOperation().getValue().getParameters().stream()
        .map(SPEC::parameter)
        .filter(parameter -> parameter.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No parameter " + name));
  }

  /** The contract's example value of a parameter. */
  public static String parameterExample(String name) {
    return String.valueOf(parameter(name).getExample());
  }

  public static String projectId() {
    return parameterExample("project_id");
  }

  public static String instanceId() {
    return parameterExample("instance_id");
  }

  /** Every named example of the operation's request body. */
  public static List<NamedExample> requestExamples() {
    List<NamedExample> examples = new ArrayList<>();
    MediaType media =
        SPEC.requestBody(modifyOperation().getValue().getRequestBody()).getContent().get("application/json");
    media.getExamples().forEach((name, example) -> examples.add(named(null, name, example)));
    return examples;
  }

  /** Every named example of every response of the operation, with its status. */
  public static List<NamedExample> responseExamples() {
    List<NamedExample> examples = new ArrayList<>();
    modifyOperation().getValue().getResponses().forEach((status, declared) -> {
      ApiResponse response = SPEC.response(declared);
      MediaType media = response.getContent().get("application/json");
      media.getExamples().forEach((name, example) -> examples.add(named(status, name, example)));
    });
    return examples;
  }

  public static NamedExample responseExample(String name) {
    return responseExamples().stream()
        .filter(example -> example.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No response example " + name));
  }

  /** The example of a component header, such as {@code XRequestId}. */
  public static String headerExample(String component) {
    return String.valueOf(SPEC.api().getComponents().getHeaders().get(component).getExample());
  }

  /** The document as written, for lookups by JSON pointer. */
  public static JsonNode tree() {
    return SPEC.tree();
  }

  /** Validates a request WireMock received against the contract; the report lists every breach. */
  public static ValidationReport validate(LoggedRequest received) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(Request.Method.valueOf(received.getMethod().getName()), received.getUrl());
    for (HttpHeader header : received.getHeaders().all()) {
      request.withHeader(header.key(), header.values());
    }
    if (received.getBody() != null && received.getBody().length > 0) {
      request.withBody(received.getBodyAsString());
    }
    return VALIDATOR.validateRequest(request.build());
  }

  private static NamedExample named(String status, String name, Example declared) {
    Example example = SPEC.example(declared);
    return new NamedExample(status, name, JSON.valueToTree(example.getValue()));
  }
}
