package io.contractkit.starrocks.runtime;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The swagger-request-validator core over the contract, built once per {@link ContractRuntime},
 * with its messages turned into {@link Violation}s that name the field and the rule.
 *
 * <p>Security messages are switched off: {@link ContractRuntime#credentialProblem} answers for
 * credentials (with a 401, and checking the form of the AK/SK headers too).
 */
public final class ContractValidator {

  private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{40})[^\"]+\"");

  private final ContractRuntime contract;
  private final QuickChecks quick;
  private volatile OpenApiInteractionValidator validator;

  ContractValidator(ContractRuntime contract) {
    this.contract = contract;
    this.quick =
        QuickChecks.of(contract.model().openApi(), SchemaForms.of(contract.model().text()));
  }

  /**
   * The swagger-request-validator, built on first need: building it loads its JSON Schema engine,
   * hundreds of milliseconds that a stub's first valid request need not wait for (the quick checks
   * answer it); start-up builds it on a second thread.
   */
  private OpenApiInteractionValidator validator() {
    OpenApiInteractionValidator built = validator;
    if (built == null) {
      synchronized (this) {
        built = validator;
        if (built == null) {
          built =
              OpenApiInteractionValidator.createFor(contract.model().openApi())
                  .withBasePathOverride("/")
                  // Patterns in bounded time: no request can hold a thread in a regex.
                  .withSchemaFactorySupplier(BoundedPatterns::schemaFactory)
                  .withLevelResolver(
                      LevelResolver.create()
                          .withLevel("validation.request.security", Level.IGNORE)
                          .build())
                  .build();
          validator = built;
        }
      }
    }
    return built;
  }

  /**
   * Every violation of a request against its operation.
   *
   * @param bodyAlreadyRefused true when the caller refused the body itself (malformed, too large),
   *     so that the validator does not report it missing as well
   */
  public List<Violation> validate(Request request, boolean bodyAlreadyRefused) {
    if (!bodyAlreadyRefused) {
      if (quick.certainlyValid(request)) {
        return List.of();
      }
      Optional<List<Violation>> refusal = quick.certainRefusal(request);
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    return validatorVerdict(request, bodyAlreadyRefused);
  }

  /**
   * Whether the quick check alone accepts the request (tests hold it to the validator's verdict).
   */
  boolean quicklyValid(Request request) {
    return quick.certainlyValid(request);
  }

  /**
   * The quick refusal alone: the validator's violations when the quick walk is certain of them
   * (tests hold it to the validator's verdict, word for word).
   */
  Optional<List<Violation>> quickRefusal(Request request) {
    return quick.certainRefusal(request);
  }

  /** Whether the quick check alone accepts the answer. */
  boolean answerQuicklyFits(
      String path, String method, int status, String contentType, JsonNode body) {
    return quick.answerCertainlyFits(path, method, status, contentType, body);
  }

  /** The validator's own verdict, without the quick check. */
  List<Violation> validatorVerdict(Request request, boolean bodyAlreadyRefused) {
    ValidationReport report = validator().validateRequest(request);
    List<Violation> violations = new ArrayList<>();
    for (Message message : report.getMessages()) {
      if (message.getLevel() != Level.ERROR) {
        continue;
      }
      if (bodyAlreadyRefused && message.getKey().equals("validation.request.body.missing")) {
        continue;
      }
      violations.add(toViolation(message));
    }
    return violations;
  }

  /**
   * Whether an answer fits the documented response of its operation and status: the quick check
   * when it is certain, the validator otherwise.
   */
  public boolean answerFits(
      String path, String method, int status, String contentType, JsonNode body) {
    return quick.answerCertainlyFits(path, method, status, contentType, body)
        || answerFits(path, method, status, contentType, body.toString());
  }

  /** Whether an answer fits the documented response of its operation and status. */
  public boolean answerFits(
      String path, String method, int status, String contentType, String body) {
    SimpleResponse response =
        SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build();
    ValidationReport report = validator().validateResponse(path, Method.valueOf(method), response);
    return report.getMessages().stream().noneMatch(m -> m.getLevel() == Level.ERROR);
  }

  /**
   * Runs one request and one answer of every operation through the validator, so that its schema
   * machinery is loaded before the first real request.
   */
  void warmUp(List<ApiOperation> operations) {
    for (ApiOperation operation : operations) {
      String path = operation.path().template().replaceAll("\\{[^}/]+}", "warm");
      validator()
          .validateRequest(
              new SimpleRequest.Builder(operation.method(), path)
                  .withContentType("application/json")
                  .withBody("{}")
                  .build());
      operation
          .defaultAnswer()
          .ifPresent(
              (ResponseExample e) ->
                  answerFits(
                      path, operation.method(), e.status(), e.mediaType(), e.value().toString()));
    }
  }

  static Violation toViolation(Message message) {
    String key = message.getKey();
    String text = message.getMessage();
    ValidationReport.MessageContext context = message.getContext().orElse(null);
    if (key.startsWith("validation.request.body.schema")) {
      String pointer =
          context == null || context.getPointers().isEmpty()
              ? ""
              : context.getPointers().get().getInstance();
      return new Violation(bodyField(pointer), rule(stripPath(text)));
    }
    if (key.startsWith("validation.request.parameter")
        && context != null
        && context.getParameter().isPresent()) {
      Parameter parameter = context.getParameter().get();
      return new Violation(parameter.getIn() + " " + parameter.getName(), rule(text));
    }
    if (key.startsWith("validation.request.contentType")) {
      return new Violation("header Content-Type", rule(text));
    }
    if (key.startsWith("validation.request.accept")) {
      return new Violation("header Accept", rule(text));
    }
    if (key.startsWith("validation.request.body")
        || key.startsWith("validation.schema.invalidJson")) {
      return new Violation("body", rule(text));
    }
    return new Violation(key.replace("validation.request.", ""), rule(text));
  }

  /** {@code /db_configs/0/value} becomes {@code body.db_configs[0].value}. */
  static String bodyField(String pointer) {
    StringBuilder field = new StringBuilder("body");
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return field.toString();
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.matches("\\d+")) {
        field.append('[').append(name).append(']');
      } else {
        field.append('.').append(Sanitized.of(name, 64));
      }
    }
    return field.toString();
  }

  private static String stripPath(String text) {
    return text.startsWith("[Path '") && text.contains("'] ")
        ? text.substring(text.indexOf("'] ") + 3)
        : text;
  }

  /** The validator's text, with quoted request values shortened so that the rule stays in view. */
  static String rule(String text) {
    return Sanitized.of(LONG_QUOTE.matcher(text).replaceAll("\"$1...\""), 300);
  }
}
