package io.contractkit.starrocks.review.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a document as written, the element a compatibility change names. The gate names places
 * the way a reader of the reference does ({@code PUT /path › response 200 (Schema) › field[] ›
 * name}); this class walks the same steps through the document's tree and returns the JSON pointer
 * of the element. Internal {@code $ref}s the gate followed (shown as {@code (Name)}) are followed
 * here too, so a change inside a shared component points at the component's definition.
 *
 * <p>Kept beside the gate rather than inside it so that the rules stay free of positions: the place
 * string is the gate's stable vocabulary ({@code CompatibilityCheck}, {@code SchemaComparison}).
 */
public final class ChangeLocator {

  /**
   * Where a change is.
   *
   * @param pointer the element's JSON pointer, or its nearest ancestor's when it is not in the
   *     document (removed)
   * @param complete whether every step of the place was found
   * @param direction {@code request}, {@code response}, or {@code null} for neither
   */
  public record Located(String pointer, boolean complete, String direction) {}

  private static final Pattern OPERATION = Pattern.compile("^([A-Z]+) (/.*)$");
  private static final Pattern PARAMETER = Pattern.compile("^(\\w+) parameter (.+)$");
  private static final Pattern COMPOSITION = Pattern.compile("^(allOf|anyOf|oneOf)\\[(\\d+)]$");
  private static final Pattern SEGMENT = Pattern.compile("^(.*?)((?: \\([^()]*\\)|\\[])*)$");
  private static final Pattern SUFFIX = Pattern.compile(" \\(([^()]*)\\)|\\[]");

  private enum Kind {
    ROOT,
    OPERATION,
    PARAMETER,
    REQUEST_BODY,
    RESPONSE,
    HEADER,
    SCHEMA,
    OTHER
  }

  private final JsonNode root;

  public ChangeLocator(JsonNode root) {
    this.root = root;
  }

  /**
   * A pointer as the model names it (through {@code $ref}s, as if they were inlined) turned into
   * the pointer of the element as written: each step that lands on an internal {@code $ref}
   * continues at the referenced component's definition.
   */
  public String asWritten(String pointer) {
    if (root.isMissingNode() || pointer.isEmpty()) {
      return pointer;
    }
    String current = "";
    for (String token : pointer.substring(1).split("/", -1)) {
      String next = current + "/" + token;
      JsonNode node = root.at(next);
      if (node.isMissingNode()) {
        return pointer;
      }
      JsonNode ref = node.get("$ref");
      current =
          ref != null
                  && ref.isTextual()
                  && ref.asText().startsWith("#/")
                  && !root.at(ref.asText().substring(1)).isMissingNode()
              ? ref.asText().substring(1)
              : next;
    }
    return current;
  }

  /** The places of a change: the gate joins the places of one finding about a shared element. */
  public static List<String> places(String where) {
    return List.of(where.split("; "));
  }

  /** Locates one place (see {@link #places(String)}). */
  public Located locate(String place) {
    Walk walk = new Walk();
    String[] segments = place.split(" › ");
    walk.first(segments[0]);
    for (int i = 1; i < segments.length && walk.complete; i++) {
      walk.next(segments[i]);
    }
    return new Located(walk.pointer, walk.complete, walk.direction);
  }

  /** One walk through the tree; {@code pointer} is always an element that exists. */
  private final class Walk {
    String pointer = "";
    Kind kind = Kind.ROOT;
    boolean complete = true;
    String direction;
    String media;

    void first(String segment) {
      if (segment.equals("servers")) {
        step("/servers", Kind.OTHER);
      } else if (segment.equals("document")) {
        kind = Kind.OTHER;
      } else if (segment.startsWith("security scheme ")) {
        direction = "request";
        if (step("/components", Kind.OTHER)) {
          step(
              "/securitySchemes/"
                  + YamlPositions.escape(segment.substring("security scheme ".length())),
              Kind.OTHER);
        }
      } else {
        Matcher operation = OPERATION.matcher(segment);
        if (!operation.matches()) {
          complete = false;
          return;
        }
        if (!step("/paths", Kind.OTHER)) {
          return;
        }
        String path = pathKey(operation.group(2));
        if (path == null) {
          complete = false;
          return;
        }
        if (step("/" + YamlPositions.escape(path), Kind.OTHER)) {
          step("/" + operation.group(1).toLowerCase(Locale.ROOT), Kind.OPERATION);
        }
      }
    }

    /** The path as written here: the same text, or the same path with other variable names. */
    private String pathKey(String path) {
      JsonNode paths = node();
      if (paths.has(path)) {
        return path;
      }
      String normalized = path.replaceAll("\\{[^}]*}", "{}");
      for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (name.replaceAll("\\{[^}]*}", "{}").equals(normalized)) {
          return name;
        }
      }
      return null;
    }

    void next(String segment) {
      Matcher parts = SEGMENT.matcher(segment);
      parts.matches();
      base(parts.group(1));
      Matcher suffix = SUFFIX.matcher(parts.group(2));
      while (complete && suffix.find()) {
        if (suffix.group(1) == null) {
          toSchema();
          resolve();
          step("/items", Kind.SCHEMA);
        } else if (suffix.group(1).contains("/") && kind != Kind.SCHEMA) {
          media = suffix.group(1);
        } else {
          toSchema();
          resolve();
        }
      }
    }

    private void base(String base) {
      if (kind == Kind.OPERATION) {
        Matcher parameter = PARAMETER.matcher(base);
        if (parameter.matches()) {
          direction = "request";
          parameter(parameter.group(1), parameter.group(2));
        } else if (base.equals("request body")) {
          direction = "request";
          step("/requestBody", Kind.REQUEST_BODY);
          resolve();
        } else if (base.startsWith("response ")) {
          direction = "response";
          if (step("/responses", Kind.OTHER)) {
            step("/" + YamlPositions.escape(base.substring("response ".length())), Kind.RESPONSE);
            resolve();
          }
        } else if (base.startsWith("example ")) {
          direction = "response";
          example(base.substring("example ".length()));
        } else {
          complete = false;
        }
      } else if (kind == Kind.RESPONSE && base.startsWith("header ")) {
        if (step("/headers", Kind.OTHER)) {
          String name = fieldIgnoringCase(base.substring("header ".length()));
          if (name == null) {
            complete = false;
          } else {
            step("/" + YamlPositions.escape(name), Kind.HEADER);
            resolve();
          }
        }
      } else if (kind == Kind.OTHER && base.equals("value")) {
        // security scheme › value: the scheme itself is the place
      } else {
        toSchema();
        if (!complete) {
          return;
        }
        resolve();
        Matcher composition = COMPOSITION.matcher(base);
        if (base.equals("(additional properties)")) {
          step("/additionalProperties", Kind.SCHEMA);
        } else if (composition.matches()) {
          if (step("/" + composition.group(1), Kind.SCHEMA)) {
            step("/" + composition.group(2), Kind.SCHEMA);
          }
        } else if (step("/properties", Kind.SCHEMA)) {
          step("/" + YamlPositions.escape(base), Kind.SCHEMA);
        }
      }
    }

    /** From a parameter, header, body or response into its schema. */
    private void toSchema() {
      if (kind == Kind.SCHEMA) {
        return;
      }
      if (kind == Kind.PARAMETER || kind == Kind.HEADER) {
        if (node().has("schema")) {
          step("/schema", Kind.SCHEMA);
          return;
        }
      }
      if (kind == Kind.PARAMETER
          || kind == Kind.HEADER
          || kind == Kind.REQUEST_BODY
          || kind == Kind.RESPONSE) {
        if (!step("/content", Kind.OTHER)) {
          return;
        }
        String type = media != null && node().has(media) ? media : firstField();
        if (type == null) {
          complete = false;
          return;
        }
        if (step("/" + YamlPositions.escape(type), Kind.OTHER)) {
          step("/schema", Kind.SCHEMA);
        }
        media = null;
        return;
      }
      complete = false;
    }

    private void parameter(String in, String name) {
      List<String> candidates = new ArrayList<>();
      candidates.add(pointer + "/parameters");
      candidates.add(pointer.substring(0, pointer.lastIndexOf('/')) + "/parameters");
      for (String list : candidates) {
        JsonNode parameters = root.at(list);
        for (int i = 0; i < parameters.size(); i++) {
          String at = list + "/" + i;
          String target = resolved(at);
          JsonNode parameter = root.at(target);
          if (in.equals(parameter.path("in").asText())
              && name.equalsIgnoreCase(parameter.path("name").asText())) {
            pointer = target;
            kind = Kind.PARAMETER;
            return;
          }
        }
      }
      complete = false;
    }

    private void example(String name) {
      JsonNode responses = node().path("responses");
      for (Iterator<String> statuses = responses.fieldNames(); statuses.hasNext(); ) {
        String response = resolved(pointer + "/responses/" + YamlPositions.escape(statuses.next()));
        JsonNode content = root.at(response).path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
          String examples =
              response + "/content/" + YamlPositions.escape(types.next()) + "/examples";
          if (root.at(examples).has(name)) {
            pointer = examples + "/" + YamlPositions.escape(name);
            kind = Kind.OTHER;
            return;
          }
        }
      }
      complete = false;
    }

    /** Follows internal $refs from the current element. */
    private void resolve() {
      pointer = resolved(pointer);
    }

    private String resolved(String at) {
      String current = at;
      for (int hops = 0; hops < 20; hops++) {
        JsonNode ref = root.at(current).get("$ref");
        if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
          return current;
        }
        String target = ref.asText().substring(1);
        if (root.at(target).isMissingNode()) {
          return current;
        }
        current = target;
      }
      return current;
    }

    private String fieldIgnoringCase(String name) {
      for (Iterator<String> names = node().fieldNames(); names.hasNext(); ) {
        String candidate = names.next();
        if (candidate.equalsIgnoreCase(name)) {
          return candidate;
        }
      }
      return null;
    }

    private String firstField() {
      Iterator<Map.Entry<String, JsonNode>> fields = node().fields();
      return fields.hasNext() ? fields.next().getKey() : null;
    }

    private JsonNode node() {
      return root.at(pointer);
    }

    /** Moves to {@code pointer + relative} when it exists; otherwise stops the walk there. */
    private boolean step(String relative, Kind next) {
      if (root.at(pointer + relative).isMissingNode()) {
        complete = false;
        return false;
      }
      pointer = pointer + relative;
      kind = next;
      return true;
    }
  }
}
