package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.Response;
import io.contractkit.starrocks.model.ResponseExample;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the concrete answer of each {@link HostileScenario} from the document, generically: the
 * model scenarios change the operation's first 2xx example (the unknown enum value goes into the
 * first enum-typed field found walking the example with its response schema; the unknown field is
 * added at the top level; the missing or null field is the first optional top-level field of the
 * example), the 429 carries the document's error template, the others reshape the first 2xx answer.
 * A scenario the operation cannot show (no 2xx example, no enum field) is refused with {@link
 * StubError#HOSTILE_NOT_APPLICABLE}, saying why.
 */
public final class HostileAnswers {

  /** The value the unknown-enum scenario sends (made longer if the document happens to list it). */
  public static final String UNKNOWN_ENUM_VALUE = "partially_applied";

  /** The field the unknown-field scenario adds (made longer if the document happens to have it). */
  public static final String UNKNOWN_FIELD_NAME = "field_of_a_newer_version";

  public static final String UNKNOWN_FIELD_VALUE = "kept as it came";

  /** The {@code Retry-After} of the rate-limited scenario, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 7;

  /** How long the slow scenario waits, before the stub's {@code --max-delay-ms} bound. */
  public static final long SLOW_DELAY_MILLIS = 2_000;

  /** The client timeout the slow scenario's test sets: well under the delay. */
  public static final long CLIENT_TIMEOUT_MILLIS = 500;

  static final String HTML_502 =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostileAnswers() {}

  /**
   * The answer of {@code scenario} for {@code operation}.
   *
   * @param maxDelayMillis the stub's longest delay ({@code --max-delay-ms}), which bounds the slow
   *     answer
   * @throws PreferenceException with {@link StubError#HOSTILE_NOT_APPLICABLE} when the operation's
   *     documented answers cannot show the scenario
   */
  public static HostileAnswer answer(
      ContractRuntime contract,
      ApiOperation operation,
      HostileScenario scenario,
      long maxDelayMillis) {
    return switch (scenario) {
      case UNKNOWN_ENUM_VALUE -> unknownEnumValue(operation, scenario);
      case UNKNOWN_FIELD -> unknownField(operation, scenario);
      case OPTIONAL_FIELD_MISSING, OPTIONAL_FIELD_NULL -> optionalField(operation, scenario);
      case RATE_LIMITED -> rateLimited(contract, operation, scenario);
      case GATEWAY_HTML_502 ->
          new HostileAnswer(
              scenario,
              operation.operationId(),
              502,
              Map.of("Content-Type", "text/html; charset=utf-8"),
              HTML_502,
              0,
              error(scenario, 502));
      case EMPTY_BODY -> {
        Response response = jsonSuccess(operation, scenario);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", response.mediaType());
        headers.putAll(ContractRuntime.documentedHeaders(operation, response.status()));
        yield new HostileAnswer(
            scenario,
            operation.operationId(),
            response.status(),
            headers,
            "",
            0,
            error(scenario, response.status()));
      }
      case TRUNCATED_BODY -> {
        ResponseExample example = successExample(operation, scenario);
        if (!example.value().isContainerNode()) {
          throw notApplicable(
              operation, scenario, "its first 2xx example " + example + " is not a JSON object");
        }
        String whole = write(example.value());
        yield new HostileAnswer(
            scenario,
            operation.operationId(),
            example.status(),
            contentType(example),
            whole.substring(0, whole.length() / 2),
            0,
            error(scenario, example.status()));
      }
      case SLOW_ANSWER -> {
        ResponseExample example = successExample(operation, scenario);
        long delay = Math.min(SLOW_DELAY_MILLIS, maxDelayMillis);
        ObjectNode expect = error(scenario, null);
        expect.put("client_timeout_ms", Math.min(CLIENT_TIMEOUT_MILLIS, delay / 4));
        expect.put("delay_ms", delay);
        yield new HostileAnswer(
            scenario,
            operation.operationId(),
            example.status(),
            contentType(example),
            write(example.value()),
            delay,
            expect);
      }
    };
  }

  /** The first operation of the contract that can show the scenario, if any. */
  public static Optional<HostileAnswer> firstApplicable(
      ContractRuntime contract, HostileScenario scenario, long maxDelayMillis) {
    for (ApiOperation operation : contract.operations()) {
      try {
        return Optional.of(answer(contract, operation, scenario, maxDelayMillis));
      } catch (PreferenceException notThisOne) {
        // try the next operation
      }
    }
    return Optional.empty();
  }

  private static HostileAnswer unknownEnumValue(ApiOperation operation, HostileScenario scenario) {
    ResponseExample example = successExample(operation, scenario);
    Schema<?> schema = operation.response(example.status()).map(Response::schema).orElse(null);
    JsonNode body = example.value().deepCopy();
    Optional<EnumSite> site = firstEnumSite(body, schema, "");
    if (site.isEmpty()) {
      throw notApplicable(
          operation,
          scenario,
          "its first 2xx example "
              + example
              + " has no string field whose schema is an enum; try it on an operation whose answer has one");
    }
    String unknown = UNKNOWN_ENUM_VALUE;
    while (site.get().allowed().contains(unknown)) {
      unknown = unknown + "_x";
    }
    JsonPointer pointer = JsonPointer.compile(site.get().pointer());
    ((ObjectNode) body.at(pointer.head())).put(pointer.last().getMatchingProperty(), unknown);
    ObjectNode expect = model(body);
    ObjectNode valueAt = expect.putObject("value_at");
    valueAt.put("pointer", site.get().pointer());
    valueAt.put("value", unknown);
    return modelAnswer(scenario, operation, example, body, expect);
  }

  private static HostileAnswer unknownField(ApiOperation operation, HostileScenario scenario) {
    ResponseExample example = successExample(operation, scenario);
    ObjectNode body = objectExample(operation, scenario, example);
    String name = UNKNOWN_FIELD_NAME;
    Schema<?> schema = operation.response(example.status()).map(Response::schema).orElse(null);
    while (body.has(name)
        || (schema != null
            && schema.getProperties() != null
            && schema.getProperties().containsKey(name))) {
      name = name + "_x";
    }
    body.put(name, UNKNOWN_FIELD_VALUE);
    ObjectNode expect = model(body);
    ObjectNode valueAt = expect.putObject("value_at");
    valueAt.put("pointer", "/" + name);
    valueAt.put("value", UNKNOWN_FIELD_VALUE);
    return modelAnswer(scenario, operation, example, body, expect);
  }

  private static HostileAnswer optionalField(ApiOperation operation, HostileScenario scenario) {
    ResponseExample example = successExample(operation, scenario);
    ObjectNode body = objectExample(operation, scenario, example);
    Schema<?> schema = operation.response(example.status()).map(Response::schema).orElse(null);
    List<String> required =
        schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
    String field = null;
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!required.contains(name)) {
        field = name;
        break;
      }
    }
    if (field == null) {
      throw notApplicable(
          operation, scenario, "its first 2xx example " + example + " has no optional field");
    }
    ObjectNode expect;
    if (scenario == HostileScenario.OPTIONAL_FIELD_MISSING) {
      body.remove(field);
      expect = model(body);
      expect.put("absent", "/" + field);
    } else {
      body.putNull(field);
      expect = model(body);
      expect.put("null_at", "/" + field);
    }
    return modelAnswer(scenario, operation, example, body, expect);
  }

  private static HostileAnswer rateLimited(
      ContractRuntime contract, ApiOperation operation, HostileScenario scenario) {
    NamedExample template = contract.errorFormat().templateIfAny().orElseThrow();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Content-Type", template.mediaType() == null ? "application/json" : template.mediaType());
    headers.put("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    ObjectNode expect = error(scenario, 429);
    JsonNode code =
        contract.errorFormat().codeField() == null
            ? null
            : template.value().get(contract.errorFormat().codeField());
    expect.set("error_code", code == null ? NODES.nullNode() : code);
    expect.put("error_msg", contract.errorFormat().message(template.value()).orElse(null));
    expect.put("retry_after_seconds", RETRY_AFTER_SECONDS);
    expect.put("retryable", true);
    return new HostileAnswer(
        scenario, operation.operationId(), 429, headers, write(template.value()), 0, expect);
  }

  private record EnumSite(String pointer, List<String> allowed) {}

  /** Walks the example with its schema, fields in the example's order, depth first. */
  private static Optional<EnumSite> firstEnumSite(
      JsonNode value, Schema<?> schema, String pointer) {
    if (schema == null) {
      return Optional.empty();
    }
    if (value.isTextual() && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Optional.of(
          new EnumSite(pointer, schema.getEnum().stream().map(String::valueOf).toList()));
    }
    if (value.isObject() && schema.getProperties() != null) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        Optional<EnumSite> found =
            firstEnumSite(
                field.getValue(),
                schema.getProperties().get(field.getKey()),
                pointer + "/" + escape(field.getKey()));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (value.isArray() && schema.getItems() != null) {
      ArrayNode array = (ArrayNode) value;
      for (int i = 0; i < array.size(); i++) {
        Optional<EnumSite> found =
            firstEnumSite(array.get(i), schema.getItems(), pointer + "/" + i);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static HostileAnswer modelAnswer(
      HostileScenario scenario,
      ApiOperation operation,
      ResponseExample example,
      JsonNode body,
      ObjectNode expect) {
    return new HostileAnswer(
        scenario,
        operation.operationId(),
        example.status(),
        contentType(example),
        write(body),
        0,
        expect);
  }

  private static Map<String, String> contentType(ResponseExample example) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", example.mediaType());
    headers.putAll(example.headers());
    return headers;
  }

  private static ObjectNode model(JsonNode body) {
    ObjectNode expect = NODES.objectNode();
    expect.put("kind", "model");
    expect.set("body", body);
    return expect;
  }

  private static ObjectNode error(HostileScenario scenario, Integer status) {
    ObjectNode expect = NODES.objectNode();
    expect.put("kind", "error");
    expect.put("error", scenario.expectedError().orElseThrow());
    if (status != null) {
      expect.put("status", status);
    }
    return expect;
  }

  private static ResponseExample successExample(ApiOperation operation, HostileScenario scenario) {
    return operation.examples().stream()
        .filter(ResponseExample::isSuccess)
        .filter(e -> e.value() != null && !e.value().isMissingNode())
        .findFirst()
        .orElseThrow(
            () -> notApplicable(operation, scenario, "it documents no 2xx answer with an example"));
  }

  private static ObjectNode objectExample(
      ApiOperation operation, HostileScenario scenario, ResponseExample example) {
    if (example.value() instanceof ObjectNode object) {
      return object.deepCopy();
    }
    throw notApplicable(
        operation, scenario, "its first 2xx example " + example + " is not a JSON object");
  }

  private static Response jsonSuccess(ApiOperation operation, HostileScenario scenario) {
    return operation.responses().values().stream()
        .filter(Response::isSuccess)
        .filter(r -> r.mediaType() != null && r.mediaType().toLowerCase().contains("json"))
        .findFirst()
        .orElseThrow(
            () ->
                notApplicable(operation, scenario, "it documents no 2xx answer with a JSON body"));
  }

  private static PreferenceException notApplicable(
      ApiOperation operation, HostileScenario scenario, String why) {
    return new PreferenceException(
        StubError.HOSTILE_NOT_APPLICABLE,
        "Prefer: hostile="
            + scenario.scenarioName()
            + " cannot be served for "
            + operation.operationId()
            + ": "
            + why);
  }

  private static String write(JsonNode body) {
    try {
      return StrictJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer", e);
    }
  }
}
