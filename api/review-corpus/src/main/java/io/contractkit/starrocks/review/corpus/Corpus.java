package io.contractkit.starrocks.review.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.review.compat.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus as data: {@code corpus/cases/*.yaml} (lists of cases), {@code
 * corpus/explanations.yaml} (sentences that several cases' notes share, by key) and the base
 * documents. Materializes each case as two files, the base and the changed copy, both written by
 * the same YAML writer so that they differ only by the patch.
 */
public final class Corpus {

  /** The base documents by the name cases give them. */
  public static final Map<String, URL> BASES =
      Map.of(
          // This repository's contract, as the api artifact ships it.
          "starrocks", ContractDocument.url(),
          // The contract model's foreign test document with several operations (its test-jar).
          "multi-operation", resource("/multi-operation.yaml"),
          // The corpus' own foreign document: every parameter location and constraint kind.
          "shop", resource("/corpus/bases/shop.yaml"));

  private static final YAMLMapper YAML = new YAMLMapper();

  private final List<CorpusCase> cases;
  private final Map<String, String> explanations;

  private Corpus(List<CorpusCase> cases, Map<String, String> explanations) {
    this.cases = cases;
    this.explanations = explanations;
  }

  /** The corpus on the test class path. */
  public static Corpus load() {
    try {
      Path directory = Path.of(resource("/corpus/cases").toURI());
      List<CorpusCase> cases = new ArrayList<>();
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          for (JsonNode node : readYaml(file)) {
            cases.add(read(node, file.getFileName().toString()));
          }
        }
      }
      Map<String, String> explanations = new LinkedHashMap<>();
      YAML.readTree(resource("/corpus/explanations.yaml"))
          .fields()
          .forEachRemaining(entry -> explanations.put(entry.getKey(), entry.getValue().asText()));
      return new Corpus(List.copyOf(cases), explanations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a YAML list of cases: " + file, e);
    }
  }

  private static CorpusCase read(JsonNode node, String file) {
    String id = node.path("id").asText(null);
    if (id == null || !node.path("patch").isArray() || !node.has("expected")) {
      throw new IllegalArgumentException(
          file + ": every case needs an id, a patch (a list) and an expected verdict: " + node);
    }
    Map<String, String> notes = new LinkedHashMap<>();
    node.path("notes").fields().forEachRemaining(e -> notes.put(e.getKey(), e.getValue().asText()));
    return new CorpusCase(
        id,
        node.path("title").asText(""),
        node.path("base").asText(""),
        texts(node.path("tags")),
        node.path("patch"),
        Verdict.valueOf(node.path("expected").asText().toUpperCase(Locale.ROOT)),
        texts(node.path("breaks")),
        node.path("why").asText(""),
        notes);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return List.copyOf(texts);
  }

  public List<CorpusCase> cases() {
    return cases;
  }

  /** A case's note for a tool, with a shared explanation's key replaced by its sentence. */
  public String note(CorpusCase change, String tool) {
    String note = change.notes().get(tool);
    return note == null ? null : explanations.getOrDefault(note, note);
  }

  /** The keys of the shared explanations. */
  public Map<String, String> explanations() {
    return explanations;
  }

  /** The base of {@code change}, and the base changed by its patch, as files under {@code dir}. */
  public static Materialized materialize(CorpusCase change, Path dir) {
    URL base = BASES.get(change.base());
    if (base == null) {
      throw new IllegalArgumentException(
          change.id() + ": unknown base `" + change.base() + "`, one of " + BASES.keySet());
    }
    try {
      JsonNode original = baseTree(change.base(), base);
      JsonNode changed;
      try {
        changed = JsonPatch.fromJson(change.patch()).apply(original);
      } catch (JsonPatchException | IOException e) {
        throw new IllegalArgumentException(
            change.id() + ": the patch does not apply to " + change.base() + ": " + e.getMessage(),
            e);
      }
      Path caseDir = Files.createDirectories(dir.resolve(change.id()));
      Path before = caseDir.resolve("base.yaml");
      Path after = caseDir.resolve("revision.yaml");
      String beforeText = YAML.writeValueAsString(original);
      String afterText = YAML.writeValueAsString(changed);
      Files.writeString(before, beforeText);
      Files.writeString(after, afterText);
      return new Materialized(before, after, beforeText, afterText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, JsonNode> BASE_TREES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The base's tree, read once; callers get a copy (JSON Patch returns a new tree anyway). */
  private static JsonNode baseTree(String name, URL base) {
    return BASE_TREES
        .computeIfAbsent(
            name,
            key -> {
              try {
                return YAML.readTree(base);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .deepCopy();
  }

  /** A case as files. */
  public record Materialized(Path base, Path revision, String baseText, String revisionText) {
    public boolean changesSomething() {
      return !baseText.equals(revisionText);
    }
  }

  private static URL resource(String name) {
    URL url = Corpus.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("Not on the test class path: " + name);
    }
    return url;
  }
}
