package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads a request body as JSON, refusing what a lenient parser would let through: duplicate keys
 * (which value would the service take?), trailing content after the value, and bodies larger than a
 * bound. Jackson's default nesting-depth limit stops deeply nested bodies.
 */
public final class StrictJson {

  /** The outcome: a JSON value, or the violation that says why there is none. */
  public record Parsed(JsonNode json, Violation problem) {

    public boolean ok() {
      return problem == null;
    }
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StrictJson() {}

  public static Parsed parse(byte[] body, int maxBytes) {
    if (body.length > maxBytes) {
      return new Parsed(
          null,
          new Violation(
              "body",
              "is "
                  + body.length
                  + " bytes; this stub accepts request bodies of at most "
                  + maxBytes
                  + " bytes"));
    }
    try {
      JsonNode json = MAPPER.readTree(body);
      if (json == null || json.isMissingNode()) {
        return new Parsed(null, new Violation("body", "is empty; a JSON object is required"));
      }
      return new Parsed(json, null);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new Parsed(
          null,
          new Violation(
              "body",
              "is not well-formed JSON"
                  + where
                  + ": "
                  + Sanitized.of(e.getOriginalMessage(), 160)));
    } catch (IOException e) {
      return new Parsed(
          null,
          new Violation("body", "cannot be read as JSON: " + Sanitized.of(e.getMessage(), 160)));
    }
  }

  /** The mapper the stub writes answers with. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
