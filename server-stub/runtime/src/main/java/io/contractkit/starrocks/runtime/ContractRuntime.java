package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.RequestBody;
import io.contractkit.starrocks.model.Response;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules a server of the contract (the stub, the reference implementation) follows, prepared
 * once from the {@link ContractModel}: the request and answer validator, how answers reflect
 * requests, the credential check, error bodies in the document's error format, and which headers
 * are secret.
 *
 * <p>It reads nothing from the document itself: operations, examples, credentials and the error
 * format all come from the model, the roles of examples and fields from the document's vendor
 * extensions through it, so adding an operation or an example to the document needs no code change
 * here.
 */
public final class ContractRuntime {

  private final ContractModel model;
  private final ErrorFormat errorFormat;
  private final Secrets secrets;
  private final Map<ApiOperation, Map<Integer, ReflectingAnswer>> reflections =
      new IdentityHashMap<>();
  private volatile ContractValidator validator;

  private ContractRuntime(ContractModel model) {
    this.model = model;
    this.errorFormat =
        model
            .errorFormat()
            .filter(format -> format.templateIfAny().isPresent())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The document declares no error format (a schema with "
                            + ErrorFormat.MESSAGE_FIELD_EXTENSION
                            + " and a component example marked "
                            + ErrorFormat.TEMPLATE_EXTENSION
                            + ": true): a server of it needs them to shape its own error answers"));
    this.secrets = Secrets.of(model);
    for (ApiOperation operation : model.operations()) {
      reflections.put(operation, reflectionsOf(operation));
    }
  }

  /** The rules of a contract read by the model. */
  public static ContractRuntime of(ContractModel model) {
    return new ContractRuntime(model);
  }

  /**
   * The contract shipped in the {@code starrocks-sync-api} jar (the model's bundled form, which
   * parses faster than the YAML), prepared once per class loader.
   */
  public static ContractRuntime bundled() {
    return Bundled.RUNTIME;
  }

  /**
   * A document given as YAML or JSON text, read by the model (tests use it for modified copies).
   */
  public static ContractRuntime parse(String text) {
    return of(ContractModel.parse(text));
  }

  private static Map<Integer, ReflectingAnswer> reflectionsOf(ApiOperation operation) {
    Schema<?> requestSchema =
        operation.requestBody().filter(RequestBody::isJson).map(RequestBody::schema).orElse(null);
    Map<Integer, ReflectingAnswer> byStatus = new HashMap<>();
    for (Response response : operation.responses().values()) {
      if (response.isSuccess()) {
        Schema<?> responseSchema = isJson(response.mediaType()) ? response.schema() : null;
        byStatus.put(
            response.status(),
            requestSchema == null || responseSchema == null
                ? ReflectingAnswer.none()
                : ReflectingAnswer.between(requestSchema, responseSchema));
      }
    }
    return Map.copyOf(byStatus);
  }

  private static boolean isJson(String mediaType) {
    return mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("json");
  }

  /** The contract as the model reads it. */
  public ContractModel model() {
    return model;
  }

  /** The request and response validator over this contract, built on first use, then shared. */
  public ContractValidator validator() {
    ContractValidator built = validator;
    if (built == null) {
      synchronized (this) {
        built = validator;
        if (built == null) {
          built = new ContractValidator(this);
          validator = built;
        }
      }
    }
    return built;
  }

  /**
   * Builds the validator and runs one request and answer per operation through it, so that a stub
   * started afterwards answers its first request without loading the validation machinery. Start-up
   * calls it on a second thread while the HTTP server starts.
   */
  public ContractRuntime warmUp() {
    validator().warmUp(model.operations());
    return this;
  }

  public List<ApiOperation> operations() {
    return model.operations();
  }

  public Optional<ApiOperation> operation(String operationId) {
    return model.operation(operationId);
  }

  /** Operations whose path template matches a request path, whatever their method. */
  public List<ApiOperation> operationsOnPath(String path) {
    return model.operationsOnPath(path);
  }

  /** Every example name of every operation's responses, in document order. */
  public Set<String> responseExampleNames() {
    return model.responseExampleNames();
  }

  /** The request headers that carry credentials, and how logs show them. */
  public Secrets secrets() {
    return secrets;
  }

  /** The document's error format. */
  public ErrorFormat errorFormat() {
    return errorFormat;
  }

  /** A body in the document's error format, shaped after its error template, with this message. */
  public ObjectNode errorBody(String message) {
    return errorFormat.body(message);
  }

  /**
   * The server's own error in the API's format: the same fields as the document's error template,
   * but the server's own code, so that a misuse of the stub never looks like an answer the document
   * describes.
   */
  public ObjectNode stubErrorBody(StubError error, String message) {
    ObjectNode body = errorBody(message);
    if (errorFormat.codeField() != null) {
      body.put(errorFormat.codeField(), error.code());
    }
    return body;
  }

  /**
   * How a success answer of this status reflects the request, if the status is a documented 2xx.
   */
  public Optional<ReflectingAnswer> reflection(ApiOperation operation, int status) {
    Map<Integer, ReflectingAnswer> byStatus = reflections.get(operation);
    return byStatus == null ? Optional.empty() : Optional.ofNullable(byStatus.get(status));
  }

  /** The body of a 401: the operation's first documented 401 example, else the error format. */
  public JsonNode unauthorizedBody(ApiOperation operation, String message) {
    return operation
        .firstWithStatus(401)
        .map(ResponseExample::value)
        .orElseGet(() -> errorBody(message));
  }

  /** The documented headers of a status's response (with their example values). */
  public static Map<String, String> documentedHeaders(ApiOperation operation, int status) {
    return operation.firstWithStatus(status).map(ResponseExample::headers).orElse(Map.of());
  }

  /** {@code seed_success (200), config_check_failed (200), ...}, for messages. */
  public static String describeExamples(ApiOperation operation) {
    return operation.examples().stream()
        .map(ResponseExample::toString)
        .collect(Collectors.joining(", "));
  }

  /**
   * What is wrong with the request's credential, or empty when one credential the operation's
   * security accepts is there. Only the form is checked, never the secret: a header must be present
   * and not blank, and match its scheme's {@code x-value-pattern} when it has one.
   *
   * @param header the request's first value of a header, by case-insensitive name, or null
   */
  public static Optional<Violation> credentialProblem(
      ApiOperation operation, Function<String, String> header) {
    List<SecurityAlternative> alternatives = operation.security();
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    List<String> malformed = new ArrayList<>();
    for (SecurityAlternative alternative : alternatives) {
      List<String> problems = alternative.problems(header);
      if (problems.isEmpty()) {
        return Optional.empty();
      }
      if (alternative.headers().stream().anyMatch(name -> header.apply(name) != null)) {
        malformed.addAll(problems);
      }
    }
    String accepted =
        alternatives.stream()
            .map(SecurityAlternative::describe)
            .collect(Collectors.joining(", or "));
    String rule =
        malformed.isEmpty()
            ? "no credential; send " + accepted
            : String.join("; ", malformed) + " (accepted credentials: " + accepted + ")";
    return Optional.of(new Violation("credential", rule));
  }

  /**
   * Header parameters whose value is outside their documented enum, for implementations whose
   * generated code does not check them (JAX-RS header parameters carry no enum constraint).
   */
  public static List<Violation> headerEnumProblems(
      ApiOperation operation, Function<String, String> header) {
    List<Violation> problems = new ArrayList<>();
    for (ApiParameter parameter : operation.parameters(ParameterLocation.HEADER)) {
      List<String> allowed = parameter.boundaries().allowed();
      String value = header.apply(parameter.name());
      if (!allowed.isEmpty() && value != null && !allowed.contains(value)) {
        problems.add(
            new Violation(
                "header " + parameter.name(),
                "'" + Sanitized.of(value) + "' is not one of " + allowed));
      }
    }
    return problems;
  }

  private static final class Bundled {
    static final ContractRuntime RUNTIME = of(ContractModel.bundled());
  }
}
