package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed OpenAPI document and the parser's messages, with lookups for the internal
 * {@code #/components/...} references that the checks follow.
 *
 * <p>External references are resolved by the parser; internal ones are kept as written, so that
 * a finding can name the component a reviewer sees in the file.
 */
public final class SpecDocument {

  private final String source;
  private final OpenAPI api;
  private final List<String> parserMessages;
  private final JsonNode tree;

  private SpecDocument(String source, SwaggerParseResult result, JsonNode tree) {
    this.source = source;
    this.api = result.getOpenAPI();
    this.parserMessages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
    this.tree = tree;
  }

  public static SpecDocument parse(Path file) {
    return parse(file.toUri().toString());
  }

  /** Parses a document from a URL or path, resolving external references only. */
  public static SpecDocument parse(String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
    return new SpecDocument(location, result, readTree(location));
  }

  private static JsonNode readTree(String location) {
    try {
      return new YAMLMapper().readTree(URI.create(location).toURL());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    }
  }

  public String source() {
    return source;
  }

  /** The parsed model, or {@code null} when the text is not an OpenAPI document at all. */
  public OpenAPI api() {
    return api;
  }

  public List<String> parserMessages() {
    return parserMessages;
  }

  /**
   * The root file as written, before the parser inlines anything: the place to see which
   * {@code $ref}s the author wrote.
   */
  public JsonNode tree() {
    return tree;
  }

  public Schema<?> schema(Schema<?> schema) {
    Schema<?> current = schema;
    while (current != null && current.get$ref() != null) {
      current = component(api.getComponents().getSchemas(), current.get$ref(), "schemas");
    }
    return current;
  }

  public Parameter parameter(Parameter parameter) {
    return parameter.get$ref() == null
        ? parameter
        : component(api.getComponents().getParameters(), parameter.get$ref(), "parameters");
  }

  public ApiResponse response(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : component(api.getComponents().getResponses(), response.get$ref(), "responses");
  }

  public RequestBody requestBody(RequestBody body) {
    return body.get$ref() == null
        ? body
        : component(api.getComponents().getRequestBodies(), body.get$ref(), "requestBodies");
  }

  public Header header(Header header) {
    return header.get$ref() == null
        ? header
        : component(api.getComponents().getHeaders(), header.get$ref(), "headers");
  }

  public Example example(Example example) {
    return example.get$ref() == null
        ? example
        : component(api.getComponents().getExamples(), example.get$ref(), "examples");
  }

  /** The name a {@code #/components/<kind>/<name>} reference points at. */
  public static String refName(String ref) {
    int fragment = ref.indexOf("#/");
    return fragment < 0
        ? ref.substring(ref.lastIndexOf('/') + 1)
        : JsonPointer.compile(ref.substring(fragment + 1)).last().getMatchingProperty();
  }

  private static <T> T component(Map<String, T> components, String ref, String kind) {
    String prefix = "#/components/" + kind + "/";
    if (!ref.startsWith(prefix)) {
      throw new IllegalArgumentException("Not a reference to " + kind + ": " + ref);
    }
    T target = components == null ? null : components.get(refName(ref));
    return Objects.requireNonNull(target, () -> "Dangling reference " + ref);
  }
}
