package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import io.swagger.v3.parser.util.ResolverFully;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contract: the OpenAPI document parsed once (swagger-parser, references resolved fully) and
 * read into typed, immutable views. The one place in the toolkit that reads the document; every
 * other module asks this model.
 *
 * <p>Nothing about the API is written in Java here: operations, examples, credentials, the error
 * format and the roles of responses and examples all come from the document, the roles from its
 * vendor extensions ({@code x-refusal}, {@code x-error-message-field}, {@code
 * x-stub-error-template}, {@code x-value-pattern}, {@code x-companion-headers}).
 */
public final class ContractModel {

  private final String text;
  private final String location;
  private final OpenAPI api;
  private final List<ApiOperation> operations;
  private final ErrorFormat errorFormat;

  /** The document as written (internal references kept), read on first use: only reviewers ask. */
  private AsWritten asWritten;

  private ContractModel(String text, String location, OpenAPI api) {
    this.text = text;
    this.location = location;
    this.api = api;
    this.errorFormat = readErrorFormat();
    List<ApiOperation> found = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      path.getValue()
          .readOperationsMap()
          .forEach(
              (method, operation) ->
                  found.add(operation(method.name(), path.getKey(), path.getValue(), operation)));
    }
    this.operations = List.copyOf(found);
  }

  /** The contract shipped in the {@code starrocks-sync-api} jar, parsed once per class loader. */
  public static ContractModel load() {
    return Shipped.MODEL;
  }

  /**
   * The same contract, parsed from the bundled single-file JSON form the {@code starrocks-sync-api}
   * jar also ships (it parses faster than the YAML); once per class loader. What a server that
   * serves the shipped contract starts from.
   */
  public static ContractModel bundled() {
    return Bundled.MODEL;
  }

  /**
   * The routes of the bundled contract, read from its JSON without the OpenAPI parser: cheap enough
   * for an HTTP server to start on while the document is parsed on another thread. In the order and
   * with the names {@link #routes()} of {@link #bundled()} gives; empty when a path item holds
   * anything but plain operations (a {@code $ref}), or the JSON cannot be read: then the caller
   * parses.
   */
  public static Optional<List<Route>> bundledRoutes() {
    return BundledRoutes.ROUTES;
  }

  /**
   * Parses a document given as YAML or JSON text (tests use it for other or modified documents).
   *
   * @throws NotAnOpenApiDocumentException when the text is not an OpenAPI document with paths
   */
  public static ContractModel parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses a document file (YAML or JSON); external references are resolved relative to the file.
   *
   * @throws NotAnOpenApiDocumentException when the file is not an OpenAPI document with paths
   */
  public static ContractModel parse(Path document) {
    String text;
    try {
      text = Files.readString(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + document, e);
    }
    return parse(text, document.toAbsolutePath().normalize().toUri().toString());
  }

  private static ContractModel parse(String text, String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = read(text, location, options);
    if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new NotAnOpenApiDocumentException(messages(result));
    }
    return new ContractModel(text, location, result.getOpenAPI());
  }

  /**
   * The bundled document (JSON written by the build, no external references), parsed the way {@link
   * OpenAPIV3Parser#readContents} parses a 3.0 document, with the same deserializer and resolvers,
   * into the same model (a test compares the two), but without the parser's own start-up: its
   * static JSON and YAML mappers with their Java-time modules, ~20 ms of CPU on the stub's start-up
   * path before its first answer (async-profiler, 1 ms CPU samples of the stub's JVM, 2 shared
   * cores). Anything unexpected goes to the parser itself.
   */
  static ContractModel parseBundled(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException | RuntimeException e) {
      return parse(text, null);
    }
    SwaggerParseResult result =
        new OpenAPIDeserializer().deserialize(root, null, options, options.isOaiAuthor());
    OpenAPI api = result.getOpenAPI();
    if (api == null
        || api.getPaths() == null
        || api.getOpenapi() == null
        || !api.getOpenapi().startsWith("3.0")) {
      return parse(text, null);
    }
    try {
      new OpenAPIResolver(api, new ArrayList<>(), null, null, options).resolve(result);
      new ResolverFully(options).resolveFully(api);
    } catch (RuntimeException e) {
      return parse(text, null);
    }
    return new ContractModel(text, null, api);
  }

  private static SwaggerParseResult read(String text, String location, ParseOptions options) {
    return location == null
        ? new OpenAPIV3Parser().readContents(text, null, options)
        : new OpenAPIV3Parser().readContents(text, null, options, location);
  }

  private static List<String> messages(SwaggerParseResult result) {
    return result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
  }

  /** The parsed document, references resolved; for validators that take swagger-parser's model. */
  public OpenAPI openApi() {
    return api;
  }

  /**
   * The document's text as parsed, for tools that parse on their own (a validator built from text).
   */
  public String text() {
    return text;
  }

  /**
   * The document as its author wrote it: internal {@code #/components/...} references kept where
   * they are written (external ones resolved), so that a reviewer can name the component a reader
   * sees in the file. {@link #openApi()} is the same document with every reference followed.
   */
  public OpenAPI openApiAsWritten() {
    return asWritten().api();
  }

  /**
   * What the parser reports about the document as written (internal references validated): errors,
   * warnings and unknown fields, in the parser's words; empty for a clean document.
   */
  public List<String> parserMessages() {
    return asWritten().messages();
  }

  /**
   * The root document as a JSON tree (YAML read as JSON), before any {@code $ref} is followed: the
   * place JSON pointers into the file point to. A copy: changing it changes nothing here.
   */
  public JsonNode tree() {
    return asWritten().tree().deepCopy();
  }

  public String title() {
    return api.getInfo() == null ? null : api.getInfo().getTitle();
  }

  public String version() {
    return api.getInfo() == null ? null : api.getInfo().getVersion();
  }

  /** The server URLs with every variable at its default. */
  public List<String> serverUrls() {
    if (api.getServers() == null) {
      return List.of();
    }
    return api.getServers().stream()
        .map(
            server -> {
              String url = server.getUrl();
              if (server.getVariables() != null) {
                for (var variable : server.getVariables().entrySet()) {
                  url =
                      url.replace(
                          "{" + variable.getKey() + "}",
                          String.valueOf(variable.getValue().getDefault()));
                }
              }
              return url;
            })
        .toList();
  }

  /** Every operation's route, in document order. */
  public List<Route> routes() {
    return operations.stream()
        .map(op -> new Route(op.method(), op.path().template(), op.operationId()))
        .toList();
  }

  /** Every operation, in document order. */
  public List<ApiOperation> operations() {
    return operations;
  }

  public Optional<ApiOperation> operation(String operationId) {
    return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
  }

  /** The operations of a tag (what a generator puts in one API class). */
  public List<ApiOperation> operationsTagged(String tag) {
    return operations.stream().filter(op -> op.tags().contains(tag)).toList();
  }

  /** Operations whose path template matches a request path, whatever their method. */
  public List<ApiOperation> operationsOnPath(String path) {
    return operations.stream().filter(op -> op.path().matches(path)).toList();
  }

  /** The operation a request addresses, by method and path (without query string). */
  public Optional<ApiOperation> operation(String method, String path) {
    return operationsOnPath(path).stream()
        .filter(op -> op.method().equalsIgnoreCase(method))
        .findFirst();
  }

  /**
   * The document's error format, as its vendor extensions declare it; empty when no schema carries
   * {@code x-error-message-field}.
   */
  public Optional<ErrorFormat> errorFormat() {
    return Optional.ofNullable(errorFormat);
  }

  /** Every component schema, resolved, by name. */
  public Map<String, Schema<?>> schemas() {
    Map<String, Schema<?>> schemas = new LinkedHashMap<>();
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach(schemas::put);
    }
    return java.util.Collections.unmodifiableMap(schemas);
  }

  public Optional<Schema<?>> schema(String name) {
    return Optional.ofNullable(schemas().get(name));
  }

  /** A component example by name, resolved, with its value as JSON. */
  public Optional<NamedExample> componentExample(String name) {
    if (api.getComponents() == null || api.getComponents().getExamples() == null) {
      return Optional.empty();
    }
    Example example = api.getComponents().getExamples().get(name);
    return example == null ? Optional.empty() : Optional.of(named(name, example, null));
  }

  /** A component header's documented example, such as that of {@code XRequestId}. */
  public Optional<String> componentHeaderExample(String name) {
    if (api.getComponents() == null || api.getComponents().getHeaders() == null) {
      return Optional.empty();
    }
    Header header = api.getComponents().getHeaders().get(name);
    return header == null ? Optional.empty() : Optional.ofNullable(headerExample(header));
  }

  /** A security scheme by its name in {@code components.securitySchemes}. */
  public Optional<CredentialScheme> securityScheme(String name) {
    return Optional.ofNullable(credentialScheme(name));
  }

  /** Every security scheme of {@code components.securitySchemes}, in document order. */
  public List<CredentialScheme> securitySchemes() {
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return List.of();
    }
    return api.getComponents().getSecuritySchemes().keySet().stream()
        .map(this::credentialScheme)
        .toList();
  }

  /** Every example name of every operation's responses, in document order. */
  public Set<String> responseExampleNames() {
    Set<String> names = new LinkedHashSet<>();
    operations.forEach(op -> op.examples().forEach(e -> names.add(e.name())));
    return names;
  }

  // ---------------------------------------------------------------------------------------------

  private ApiOperation operation(String method, String path, PathItem item, Operation operation) {
    String id =
        operation.getOperationId() != null
            ? operation.getOperationId()
            : method.toLowerCase() + " " + path;
    Map<String, ApiParameter> parameters = new LinkedHashMap<>();
    for (List<Parameter> level :
        java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
      if (level != null) {
        for (Parameter parameter : level) {
          ApiParameter read = parameter(parameter);
          parameters.put(read.location() + " " + read.name(), read);
        }
      }
    }
    Map<Integer, Response> responses = new LinkedHashMap<>();
    if (operation.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
        if (entry.getKey().matches("\\d{3}")) {
          int status = Integer.parseInt(entry.getKey());
          responses.put(status, response(status, entry.getValue()));
        }
      }
    }
    return new ApiOperation(
        method.toUpperCase(),
        new PathTemplate(path),
        id,
        operation.getTags() == null ? List.of() : operation.getTags(),
        operation.getSummary(),
        List.copyOf(parameters.values()),
        requestBody(operation),
        responses,
        security(operation));
  }

  private ApiParameter parameter(Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    Object example =
        parameter.getExample() != null
            ? parameter.getExample()
            : schema == null ? null : schema.getExample();
    ParameterLocation location = ParameterLocation.of(parameter.getIn());
    return new ApiParameter(
        parameter.getName(),
        location,
        location == ParameterLocation.PATH || Boolean.TRUE.equals(parameter.getRequired()),
        parameter.getDescription(),
        schema,
        example == null ? null : String.valueOf(example),
        FieldBoundaries.of(schema));
  }

  private RequestBody requestBody(Operation operation) {
    var body = operation.getRequestBody();
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return null;
    }
    Map.Entry<String, MediaType> first = body.getContent().entrySet().iterator().next();
    List<NamedExample> examples = new ArrayList<>();
    if (first.getValue().getExamples() != null) {
      first
          .getValue()
          .getExamples()
          .forEach((name, example) -> examples.add(named(name, example, first.getKey())));
    } else if (first.getValue().getExample() != null) {
      examples.add(
          new NamedExample(
              "example",
              null,
              first.getKey(),
              Json.mapper().valueToTree(first.getValue().getExample()),
              Map.of()));
    }
    Schema<?> schema = first.getValue().getSchema();
    return new RequestBody(
        Boolean.TRUE.equals(body.getRequired()),
        first.getKey(),
        schema,
        schemaName(schema),
        examples);
  }

  private Response response(int status, ApiResponse response) {
    List<DocumentedHeader> headers = new ArrayList<>();
    Map<String, String> headerExamples = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      response
          .getHeaders()
          .forEach(
              (name, header) -> {
                String example = headerExample(header);
                headers.add(
                    new DocumentedHeader(
                        name,
                        Boolean.TRUE.equals(header.getRequired()),
                        header.getSchema(),
                        example));
                if (example != null) {
                  headerExamples.put(name, example);
                }
              });
    }
    Content content = response.getContent();
    String mediaType = null;
    Schema<?> schema = null;
    List<ResponseExample> examples = new ArrayList<>();
    if (content != null && !content.isEmpty()) {
      mediaType = content.keySet().iterator().next();
      schema = content.values().iterator().next().getSchema();
      for (Map.Entry<String, MediaType> media : content.entrySet()) {
        String name = schemaName(media.getValue().getSchema());
        if (media.getValue().getExamples() != null) {
          media
              .getValue()
              .getExamples()
              .forEach(
                  (exampleName, example) -> {
                    NamedExample read = named(exampleName, example, media.getKey());
                    examples.add(
                        new ResponseExample(
                            exampleName,
                            status,
                            read.summary(),
                            media.getKey(),
                            read.value(),
                            name,
                            headerExamples,
                            read.extensions()));
                  });
        }
      }
    }
    return new Response(
        status,
        response.getDescription(),
        mediaType,
        schema,
        schemaName(schema),
        examples,
        headers,
        Refusal.of(extension(response.getExtensions(), Refusal.EXTENSION)),
        schema != null && errorFormat != null && isErrorSchema(schema));
  }

  private boolean isErrorSchema(Schema<?> schema) {
    return schema == errorFormat.schema()
        || extension(schema.getExtensions(), ErrorFormat.MESSAGE_FIELD_EXTENSION) != null;
  }

  private static String headerExample(Header header) {
    Object example = header.getExample();
    if (example == null && header.getSchema() != null) {
      example = header.getSchema().getExample();
    }
    return example == null ? null : String.valueOf(example);
  }

  /**
   * The component schema a resolved schema is. Resolving fully drops {@code $ref}s, but keeps each
   * component as one instance wherever it is used; an equal component is the fallback.
   */
  private String schemaName(Schema<?> schema) {
    if (schema == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return null;
    }
    if (schema.get$ref() != null) {
      return lastSegment(schema.get$ref());
    }
    for (Map.Entry<String, Schema> component : api.getComponents().getSchemas().entrySet()) {
      if (component.getValue() == schema) {
        return component.getKey();
      }
    }
    for (Map.Entry<String, Schema> component : api.getComponents().getSchemas().entrySet()) {
      if (component.getValue().equals(schema)) {
        return component.getKey();
      }
    }
    return null;
  }

  private NamedExample named(String name, Example example, String mediaType) {
    Example resolved = resolve(example);
    return new NamedExample(
        name,
        resolved.getSummary(),
        mediaType,
        Json.mapper().valueToTree(resolved.getValue()),
        resolved.getExtensions() == null ? Map.of() : resolved.getExtensions());
  }

  /**
   * Follows the {@code #/components/examples/...} references the parser leaves in place even when
   * asked to resolve fully (it keeps some example references, depending on where they are used).
   */
  private Example resolve(Example example) {
    Example current = example;
    int hops = 0;
    while (current != null && current.get$ref() != null && hops++ < 16) {
      String name = lastSegment(current.get$ref());
      current =
          api.getComponents() == null || api.getComponents().getExamples() == null
              ? null
              : api.getComponents().getExamples().get(name);
    }
    if (current == null || current.get$ref() != null) {
      throw new IllegalStateException("Dangling example reference " + example.get$ref());
    }
    return current;
  }

  private List<SecurityAlternative> security(Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    List<SecurityAlternative> alternatives = new ArrayList<>();
    if (requirements != null) {
      for (SecurityRequirement requirement : requirements) {
        List<CredentialScheme> schemes = new ArrayList<>();
        for (String name : requirement.keySet()) {
          CredentialScheme scheme = credentialScheme(name);
          if (scheme == null) {
            throw new IllegalStateException("Security requirement names unknown scheme " + name);
          }
          schemes.add(scheme);
        }
        alternatives.add(new SecurityAlternative(schemes));
      }
    }
    return alternatives;
  }

  private CredentialScheme credentialScheme(String name) {
    SecurityScheme scheme =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? null
            : api.getComponents().getSecuritySchemes().get(name);
    if (scheme == null) {
      return null;
    }
    Object pattern = extension(scheme.getExtensions(), CredentialScheme.VALUE_PATTERN_EXTENSION);
    List<CompanionHeader> companions = new ArrayList<>();
    Object listed = extension(scheme.getExtensions(), CredentialScheme.COMPANION_HEADERS_EXTENSION);
    if (listed != null) {
      JsonNode tree = Json.mapper().valueToTree(listed);
      for (JsonNode header : tree) {
        companions.add(
            new CompanionHeader(
                header.path("name").asText(),
                header.path("required").asBoolean(false),
                header.path("description").asText(null)));
      }
    }
    return new CredentialScheme(
        name,
        scheme.getType() == null ? null : scheme.getType().toString(),
        scheme.getIn() == null ? null : scheme.getIn().toString(),
        scheme.getName(),
        pattern == null ? null : EcmaPattern.compile(pattern.toString()),
        companions);
  }

  private ErrorFormat readErrorFormat() {
    String schemaName = null;
    Schema<?> schema = null;
    String messageField = null;
    String codeField = null;
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      for (Map.Entry<String, Schema> component : api.getComponents().getSchemas().entrySet()) {
        Object field =
            extension(component.getValue().getExtensions(), ErrorFormat.MESSAGE_FIELD_EXTENSION);
        if (field != null) {
          if (schemaName != null) {
            throw new IllegalStateException(
                "Two schemas declare "
                    + ErrorFormat.MESSAGE_FIELD_EXTENSION
                    + ": "
                    + schemaName
                    + " and "
                    + component.getKey());
          }
          schemaName = component.getKey();
          schema = component.getValue();
          messageField = field.toString();
          Object code = extension(schema.getExtensions(), ErrorFormat.CODE_FIELD_EXTENSION);
          codeField = code == null ? null : code.toString();
        }
      }
    }
    if (schemaName == null) {
      return null;
    }
    NamedExample template = null;
    if (api.getComponents().getExamples() != null) {
      for (Map.Entry<String, Example> example : api.getComponents().getExamples().entrySet()) {
        if (Boolean.TRUE.equals(
            extension(example.getValue().getExtensions(), ErrorFormat.TEMPLATE_EXTENSION))) {
          if (template != null) {
            throw new IllegalStateException(
                "Two examples are marked "
                    + ErrorFormat.TEMPLATE_EXTENSION
                    + ": "
                    + template.name()
                    + " and "
                    + example.getKey());
          }
          template = named(example.getKey(), example.getValue(), null);
        }
      }
    }
    return new ErrorFormat(schemaName, schema, messageField, codeField, template);
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  private static String lastSegment(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private synchronized AsWritten asWritten() {
    if (asWritten == null) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = read(text, location, options);
      JsonNode tree;
      try {
        tree = new YAMLMapper().readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the document as a tree", e);
      }
      asWritten = new AsWritten(result.getOpenAPI(), messages(result), tree);
    }
    return asWritten;
  }

  private record AsWritten(OpenAPI api, List<String> messages, JsonNode tree) {}

  /**
   * Routes read from a document's JSON tree, in the order {@link PathItem#readOperationsMap()}
   * gives them; empty when a path item holds anything but plain operations.
   */
  static Optional<List<Route>> routesFromJson(JsonNode document) {
    JsonNode paths = document.path("paths");
    if (!paths.isObject()) {
      return Optional.empty();
    }
    List<Route> routes = new ArrayList<>();
    java.util.Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> path = entries.next();
      if (!path.getValue().isObject() || path.getValue().has("$ref")) {
        return Optional.empty();
      }
      for (PathItem.HttpMethod method : PathItem.HttpMethod.values()) {
        JsonNode operation = path.getValue().get(method.name().toLowerCase(java.util.Locale.ROOT));
        if (operation == null) {
          continue;
        }
        if (!operation.isObject()) {
          return Optional.empty();
        }
        JsonNode id = operation.get("operationId");
        String operationId =
            id != null && id.isTextual()
                ? id.textValue()
                : method.name().toLowerCase() + " " + path.getKey();
        routes.add(new Route(method.name(), path.getKey(), operationId));
      }
    }
    return Optional.of(List.copyOf(routes));
  }

  private static String read(java.net.URL url) {
    try (java.io.InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url, e);
    }
  }

  private static final class Shipped {
    static final ContractModel MODEL = parse(ContractDocument.text());
  }

  private static final class Bundled {
    static final ContractModel MODEL = parseBundled(read(ContractDocument.bundledUrl()));
  }

  private static final class BundledRoutes {
    static final Optional<List<Route>> ROUTES = readRoutes();

    private static Optional<List<Route>> readRoutes() {
      try (java.io.InputStream in = ContractDocument.bundledUrl().openStream()) {
        return routesFromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
