package io.contractkit.starrocks.review.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.review.lint.SpecDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A baseline and a changed copy of it, written to files, for the compatibility tests. */
public record DocumentPair(SpecDocument before, SpecDocument after) {

  private static final YAMLMapper YAML = new YAMLMapper();

  /** The tiny test document, and a copy changed by {@code change}. */
  public static DocumentPair mini(Path directory, Consumer<JsonNode> change) {
    return of(DocumentPair.class.getResource("/review/mini.yaml"), directory, change);
  }

  /**
   * The tiny test document changed by {@code setUp}, and a copy of that changed by {@code change}.
   */
  public static DocumentPair mini(
      Path directory, Consumer<JsonNode> setUp, Consumer<JsonNode> change) {
    return of(
        DocumentPair.class.getResource("/review/mini.yaml"),
        directory,
        setUp.andThen(doc -> {}),
        change);
  }

  public static DocumentPair of(URL baseline, Path directory, Consumer<JsonNode> change) {
    return of(baseline, directory, doc -> {}, change);
  }

  private static DocumentPair of(
      URL baseline, Path directory, Consumer<JsonNode> setUp, Consumer<JsonNode> change) {
    try {
      JsonNode original = YAML.readTree(baseline);
      setUp.accept(original);
      JsonNode changed = original.deepCopy();
      change.accept(changed);
      Path before = directory.resolve("before.yaml");
      Path after = directory.resolve("after.yaml");
      Files.writeString(before, YAML.writeValueAsString(original));
      Files.writeString(after, YAML.writeValueAsString(changed));
      return new DocumentPair(SpecDocument.parse(before), SpecDocument.parse(after));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode object(JsonNode document, String pointer) {
    JsonNode node = document.at(pointer);
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("No object at " + pointer);
    }
    return object;
  }

  public static ArrayNode array(JsonNode document, String pointer) {
    JsonNode node = document.at(pointer);
    if (!(node instanceof ArrayNode array)) {
      throw new IllegalArgumentException("No array at " + pointer);
    }
    return array;
  }
}
