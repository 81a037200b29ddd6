package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.NotAnOpenApiDocumentException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The review's view of a document: the {@link ContractModel} (the one reader of documents) seen as
 * written, with the name the review gives it and lookups for the internal {@code #/components/...}
 * references that the checks follow. Parses nothing itself.
 *
 * <p>Internal references are kept as written ({@link ContractModel#openApiAsWritten()}), so that a
 * finding can name the component a reviewer sees in the file. A text that is not an OpenAPI
 * document at all has no model: then only {@link #parserMessages()} says anything.
 */
public final class SpecDocument {

  private final String source;
  private final ContractModel model;
  private final List<String> parserMessages;
  private final JsonNode tree;
  private final String unreadable;

  private SpecDocument(
      String source, ContractModel model, List<String> parserMessages, String unreadable) {
    this.source = source;
    this.model = model;
    this.parserMessages = parserMessages;
    this.tree = model == null ? null : model.tree();
    this.unreadable = unreadable;
  }

  /** The document in {@code file}, read by the model; named by the file's URI. */
  public static SpecDocument parse(Path file) {
    String source = file.toUri().toString();
    try {
      return of(ContractModel.parse(file), source);
    } catch (NotAnOpenApiDocumentException e) {
      return new SpecDocument(source, null, e.parserMessages(), "not an OpenAPI document");
    } catch (IllegalStateException e) {
      // An OpenAPI document, but not one the model can take as a contract (an unknown security
      // scheme, a dangling example reference): a finding, not a crash of the review.
      return new SpecDocument(
          source, null, List.of(), "the model cannot read the document: " + e.getMessage());
    }
  }

  /** A document the model has already read, named {@code source} in findings and reports. */
  public static SpecDocument of(ContractModel model, String source) {
    return new SpecDocument(source, model, model.parserMessages(), null);
  }

  /** Where the document came from (a URI), as findings and the report name it. */
  public String source() {
    return source;
  }

  /** The model, or empty when the text is not an OpenAPI document at all. */
  public Optional<ContractModel> model() {
    return Optional.ofNullable(model);
  }

  /** The document as written, or {@code null} when the text is not an OpenAPI document at all. */
  public OpenAPI api() {
    return model == null ? null : model.openApiAsWritten();
  }

  /** The text as read, for tools that read documents on their own (openapi-diff). */
  public String text() {
    return model == null ? null : model.text();
  }

  /** Why there is no model ({@link #api()} is {@code null}), or {@code null} when there is one. */
  public String unreadable() {
    return unreadable;
  }

  public List<String> parserMessages() {
    return parserMessages;
  }

  /**
   * The root file as written, before the parser inlines anything: the place to see which {@code
   * $ref}s the author wrote ({@code null} when the text is not an OpenAPI document).
   */
  public JsonNode tree() {
    return tree;
  }

  public Schema<?> schema(Schema<?> schema) {
    Schema<?> current = schema;
    while (current != null && current.get$ref() != null) {
      current = component(api().getComponents().getSchemas(), current.get$ref(), "schemas");
    }
    return current;
  }

  public Parameter parameter(Parameter parameter) {
    return parameter.get$ref() == null
        ? parameter
        : component(api().getComponents().getParameters(), parameter.get$ref(), "parameters");
  }

  public ApiResponse response(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : component(api().getComponents().getResponses(), response.get$ref(), "responses");
  }

  public RequestBody requestBody(RequestBody body) {
    return body.get$ref() == null
        ? body
        : component(api().getComponents().getRequestBodies(), body.get$ref(), "requestBodies");
  }

  public Header header(Header header) {
    return header.get$ref() == null
        ? header
        : component(api().getComponents().getHeaders(), header.get$ref(), "headers");
  }

  public Example example(Example example) {
    return example.get$ref() == null
        ? example
        : component(api().getComponents().getExamples(), example.get$ref(), "examples");
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
