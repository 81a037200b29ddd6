package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.api.ContractDocument;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document, parsed once, and what the stub and the reference implementation read
 * from it: operations, their named examples, credentials and error bodies.
 *
 * <p>Nothing about the API is written in Java: every fact comes from the document, so adding an
 * operation or an example to it needs no code change here.
 */
public final class Contract {

  /** Name of the component example whose {@code error_code} the stub uses for its own 4xx. */
  public static final String INVALID_PARAMETER_EXAMPLE = "invalid_parameter";

  private final OpenAPI api;
  private final List<ContractOperation> operations;
  private final ErrorBodies errorBodies;
  private final Secrets secrets;
  private volatile ContractValidator validator;

  private Contract(OpenAPI api) {
    this.api = api;
    this.errorBodies = ErrorBodies.from(api);
    this.secrets = Secrets.of(api);
    List<ContractOperation> found = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      path.getValue()
          .readOperationsMap()
          .forEach(
              (method, operation) ->
                  found.add(
                      ContractOperation.of(api, method.name(), path.getKey(), operation, errorBodies)));
    }
    this.operations = List.copyOf(found);
  }

  /**
   * The contract shipped in the {@code starrocks-sync-api} jar, parsed once per class loader
   * (from its bundled JSON form, which parses faster than the YAML).
   */
  public static Contract bundled() {
    return Bundled.CONTRACT;
  }

  /** The request and response validator over this contract, built on first use, then shared. */
  public ContractValidator validator() {
    ContractValidator built = validator;
    if (built == null) {
      synchronized (this) {
        built = validator;
        if (built == null) {
          built = new ContractValidator(this);
          validator = built;
        }
      }
    }
    return built;
  }

  /**
   * Builds the validator and runs one request and answer per operation through it, so that a
   * stub started afterwards answers its first request without loading the validation machinery.
   * Start-up calls it on a second thread while the HTTP server starts.
   */
  public Contract warmUp() {
    validator().warmUp(operations);
    return this;
  }

  /** Parses a document given as YAML or JSON text (tests use it for modified copies). */
  public static Contract parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new IllegalArgumentException("Not an OpenAPI document: " + result.getMessages());
    }
    return new Contract(result.getOpenAPI());
  }

  /** The parsed model, references resolved; shared with the request validator. */
  public OpenAPI api() {
    return api;
  }

  public List<ContractOperation> operations() {
    return operations;
  }

  public Optional<ContractOperation> operation(String operationId) {
    return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
  }

  /** Operations whose path template matches a request path, whatever their method. */
  public List<ContractOperation> operationsOnPath(String path) {
    return operations.stream().filter(op -> op.path().matches(path)).toList();
  }

  public ErrorBodies errorBodies() {
    return errorBodies;
  }

  /** The request headers that carry credentials, and how logs show them. */
  public Secrets secrets() {
    return secrets;
  }

  /** Every example name of every operation's responses, in document order. */
  public Set<String> responseExampleNames() {
    Set<String> names = new LinkedHashSet<>();
    operations.forEach(op -> op.examples().all().forEach(e -> names.add(e.name())));
    return names;
  }

  /** A component example's value, as JSON. */
  Optional<JsonNode> componentExample(String name) {
    if (api.getComponents() == null || api.getComponents().getExamples() == null) {
      return Optional.empty();
    }
    Example example = api.getComponents().getExamples().get(name);
    return example == null ? Optional.empty() : Optional.of(Json.mapper().valueToTree(example.getValue()));
  }

  private static final class Bundled {
    static final Contract CONTRACT = parse(read(ContractDocument.bundledUrl()));

    private static String read(URL url) {
      try (InputStream in = url.openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + url, e);
      }
    }
  }
}
