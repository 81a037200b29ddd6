package io.contractkit.starrocks.runtime;

import com.atlassian.oai.validator.model.Body;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;

/**
 * A request body the stub already parsed, handed to the validator so that it is not parsed twice.
 */
public record ParsedBody(JsonNode json) implements Body {

  @Override
  public boolean hasBody() {
    return true;
  }

  @Override
  public JsonNode toJsonNode() {
    return json;
  }

  @Override
  public String toString(Charset encoding) {
    return json.toString();
  }
}
