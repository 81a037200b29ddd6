package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A named example of a request body, its {@code $ref} resolved.
 *
 * @param name the example's key where it is used (the name {@code Prefer: example=} selects)
 * @param summary its summary, or null
 * @param mediaType the media type it is given for
 * @param value its value as JSON; shared, so callers copy before changing it
 * @param extensions its vendor extensions ({@code x-...}), empty when none
 */
public record NamedExample(
    String name, String summary, String mediaType, JsonNode value, Map<String, Object> extensions) {

  public NamedExample {
    extensions = Map.copyOf(extensions);
  }

  @Override
  public String toString() {
    return name;
  }
}
