package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A named response example of an operation, its {@code $ref} resolved.
 *
 * @param name the example's key in the document, the name {@code Prefer: example=} selects
 * @param status the status of the response it belongs to
 * @param summary its summary, or null
 * @param mediaType the media type it is given for
 * @param value its value as JSON; shared, so callers copy before changing it
 * @param schemaName the name of the component schema its body follows (what generated code names
 *     its model class after), or null for an inline schema
 * @param headers the response's documented headers with their documented example values
 * @param extensions the example's vendor extensions, such as {@code x-stub-error-template}
 */
public record ResponseExample(
    String name,
    int status,
    String summary,
    String mediaType,
    JsonNode value,
    String schemaName,
    Map<String, String> headers,
    Map<String, Object> extensions) {

  public ResponseExample {
    headers = Map.copyOf(headers);
    extensions = Map.copyOf(extensions);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return name + " (" + status + ")";
  }
}
