package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.model.ValidRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code outcomes.json}: every operation of the contract with the arguments of a valid call (every
 * parameter the document gives a value for, the first request example as body), and every
 * documented outcome: each named response example, plus each documented status without one.
 */
final class OutcomeVectors {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OutcomeVectors() {}

  static ObjectNode write(ContractModel model) {
    ObjectNode root = NODES.objectNode();
    root.put("document_version", model.version());
    root.put(
        "request_id_rule",
        "the "
            + ServiceResponseException.REQUEST_ID_HEADER
            + " response header when present and not blank, else the error body's request_id,"
            + " else null");
    ArrayNode operations = root.putArray("operations");
    ErrorFormat errors = model.errorFormat().orElse(null);
    for (ApiOperation operation : model.operations()) {
      operations.add(operation(operation, errors));
    }
    return root;
  }

  private static ObjectNode operation(ApiOperation operation, ErrorFormat errors) {
    Map<String, String> documented = new LinkedHashMap<>();
    for (ApiParameter parameter : operation.parameters()) {
      parameter.documentedValue().ifPresent(value -> documented.put(parameter.name(), value));
    }
    ValidRequest request = operation.validRequest(documented);
    ObjectNode node = NODES.objectNode();
    node.put("operation_id", operation.operationId());
    node.put("method", operation.method());
    node.put("path", operation.path().toString());
    node.set("path_parameters", strings(request.pathValues(), operation, ParameterLocation.PATH));
    node.set("query_parameters", strings(request.query(), operation, ParameterLocation.QUERY));
    node.set("header_parameters", strings(request.headers(), operation, ParameterLocation.HEADER));
    node.set("request_body", request.body() == null ? NODES.nullNode() : request.body());
    ArrayNode outcomes = node.putArray("outcomes");
    for (ResponseExample example : operation.examples()) {
      outcomes.add(outcome(example, errors));
    }
    for (int status : operation.statuses()) {
      if (operation.firstWithStatus(status).isEmpty()) {
        ObjectNode bare = NODES.objectNode();
        bare.putNull("example");
        bare.put("status", status);
        bare.put("prefer", "code=" + status);
        bare.put("kind", isSuccess(status) ? "model" : "service_error");
        bare.putNull("body");
        outcomes.add(bare);
      }
    }
    return node;
  }

  private static ObjectNode outcome(ResponseExample example, ErrorFormat errors) {
    ObjectNode node = NODES.objectNode();
    node.put("example", example.name());
    node.put("status", example.status());
    node.put("prefer", "example=" + example.name());
    if (example.isSuccess()) {
      node.put("kind", "model");
      node.set("body", example.value());
    } else {
      node.put("kind", "service_error");
      node.set("error_code", field(example.value(), errors == null ? null : errors.codeField()));
      node.set("error_msg", field(example.value(), errors == null ? null : errors.messageField()));
      String header = example.headers().get(ServiceResponseException.REQUEST_ID_HEADER);
      JsonNode fromBody = example.value().get("request_id");
      if (header != null && !header.isBlank()) {
        node.put("request_id", header);
      } else if (fromBody != null && fromBody.isTextual()) {
        node.set("request_id", fromBody);
      } else {
        node.putNull("request_id");
      }
      node.set("body", example.value());
    }
    ObjectNode headers = node.putObject("headers");
    example.headers().forEach(headers::put);
    return node;
  }

  private static JsonNode field(JsonNode body, String name) {
    JsonNode value = name == null || body == null ? null : body.get(name);
    return value == null ? NODES.nullNode() : value;
  }

  /** The values of the operation's parameters in one location (the request adds Content-Type). */
  private static ObjectNode strings(
      Map<String, String> values, ApiOperation operation, ParameterLocation location) {
    ObjectNode node = NODES.objectNode();
    for (ApiParameter parameter : operation.parameters(location)) {
      String value = values.get(parameter.name());
      if (value != null) {
        node.put(parameter.name(), value);
      }
    }
    return node;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
