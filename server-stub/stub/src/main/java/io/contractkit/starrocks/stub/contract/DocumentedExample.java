package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One named response example of an operation, as the document states it.
 *
 * @param name the example's key in the document, the name {@code Prefer: example=} selects
 * @param status the HTTP status of the response the example belongs to
 * @param summary the example's summary, for listings
 * @param mediaType the media type the example is given for
 * @param body the example's value; never modified (callers copy before changing it)
 * @param headers the response's documented headers with their documented example values
 */
public record DocumentedExample(
    String name,
    int status,
    String summary,
    String mediaType,
    JsonNode body,
    Map<String, String> headers) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return name + " (" + status + ")";
  }
}
