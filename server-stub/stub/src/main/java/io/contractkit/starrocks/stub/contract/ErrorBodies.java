package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * Error bodies in the API's own format, shaped after the document's {@code invalid_parameter}
 * example: its {@code error_code} (and any other field) is kept, {@code error_msg} says what is
 * wrong, cut to the length the error schema allows.
 */
public final class ErrorBodies {

  /** The field of the error format that carries the human-readable explanation. */
  public static final String MESSAGE_FIELD = "error_msg";

  /** The field of the error format that carries the machine-readable code. */
  public static final String CODE_FIELD = "error_code";

  private final ObjectNode invalidParameter;
  private final int messageLimit;

  private ErrorBodies(ObjectNode invalidParameter, int messageLimit) {
    this.invalidParameter = invalidParameter;
    this.messageLimit = messageLimit;
  }

  static ErrorBodies from(OpenAPI api) {
    Map<String, Example> examples = api.getComponents() == null ? null : api.getComponents().getExamples();
    Example example = examples == null ? null : examples.get(Contract.INVALID_PARAMETER_EXAMPLE);
    if (example == null || !(Json.mapper().valueToTree(example.getValue()) instanceof ObjectNode template)) {
      throw new IllegalStateException(
          "The document has no components/examples/" + Contract.INVALID_PARAMETER_EXAMPLE
              + " object: the stub needs it to shape its own error answers");
    }
    return new ErrorBodies(template, messageLimit(api));
  }

  /** maxLength of {@code error_msg} in the schema of the response that shows the example. */
  private static int messageLimit(OpenAPI api) {
    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    if (responses != null) {
      for (ApiResponse response : responses.values()) {
        if (response.getContent() == null) {
          continue;
        }
        for (MediaType media : response.getContent().values()) {
          if (media.getExamples() != null
              && media.getExamples().containsKey(Contract.INVALID_PARAMETER_EXAMPLE)
              && media.getSchema() != null
              && media.getSchema().getProperties() != null) {
            Schema<?> message = (Schema<?>) media.getSchema().getProperties().get(MESSAGE_FIELD);
            if (message != null && message.getMaxLength() != null) {
              return message.getMaxLength();
            }
          }
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** An {@code invalid_parameter}-shaped body with this message. */
  public ObjectNode invalid(String message) {
    ObjectNode body = invalidParameter.deepCopy();
    body.put(MESSAGE_FIELD, fit(message));
    return body;
  }

  /**
   * The stub's own error in the API's format: the same fields as the document's error example,
   * but the stub's own {@code error_code}, so that a misuse of the stub never looks like an
   * answer the document describes.
   */
  public ObjectNode stub(StubError error, String message) {
    ObjectNode body = invalid(message);
    body.put(CODE_FIELD, error.code());
    return body;
  }

  /** The template as the document has it. */
  public JsonNode invalidParameterExample() {
    return invalidParameter.deepCopy();
  }

  private String fit(String message) {
    if (message.length() <= messageLimit) {
      return message;
    }
    return message.substring(0, Math.max(0, messageLimit - 3)) + "...";
  }
}
