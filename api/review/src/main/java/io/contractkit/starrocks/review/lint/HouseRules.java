package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.EcmaPattern;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks a document against every {@link HouseRule}; each finding names its place and rule. */
public final class HouseRules {

  private static final Pattern OPERATION_ID = Pattern.compile("^[a-z]+(?:[A-Z][a-z0-9]*)+$");
  private static final Set<String> VERBS =
      Set.of(
          "add", "batch", "cancel", "check", "create", "delete", "get", "list", "modify", "pause",
          "query", "remove", "reset", "restart", "resume", "set", "show", "start", "stop", "switch",
          "update", "upgrade");
  private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");
  private static final String ERROR_SCHEMA = "#/components/schemas/ErrorResponse";
  private static final List<String> COMPONENT_KINDS =
      List.of("schemas", "parameters", "responses", "requestBodies", "headers", "examples");

  private final SpecDocument document;
  private final OpenAPI api;
  private final JsonNode tree;
  private final List<Finding> findings = new ArrayList<>();

  private HouseRules(SpecDocument document) {
    this.document = document;
    this.api = document.api();
    this.tree = document.tree();
  }

  public static List<Finding> check(SpecDocument document) {
    HouseRules rules = new HouseRules(document);
    rules.run();
    return rules.findings;
  }

  private void run() {
    forEachOperation(this::operationMetadata);
    forEachOperation(this::namedExamples);
    forEachOperation(this::errors);
    forEachOperation(this::operationSecurity);
    described();
    forEachSchema(this::schemaShape);
    boundedRequestStrings();
    noUnusedComponents();
  }

  private void report(HouseRule rule, JsonPointer location, String message) {
    findings.add(new Finding("#" + location, rule.id(), message));
  }

  // operation-metadata
  private void operationMetadata(JsonPointer location, Operation operation) {
    String id = operation.getOperationId();
    if (id == null || !OPERATION_ID.matcher(id).matches()) {
      report(
          HouseRule.OPERATION_METADATA,
          location,
          "operationId '" + id + "' is not camelCase like modifyTaskConfig");
    } else {
      String verb = id.split("(?=[A-Z])")[0];
      if (!VERBS.contains(verb)) {
        report(
            HouseRule.OPERATION_METADATA,
            location,
            "operationId '"
                + id
                + "' does not start with a verb ("
                + String.join(", ", new TreeSet<>(VERBS))
                + ")");
      }
    }
    if (isBlank(operation.getSummary())) {
      report(HouseRule.OPERATION_METADATA, location, "has no summary");
    }
    if (isBlank(operation.getDescription())) {
      report(HouseRule.OPERATION_METADATA, location, "has no description");
    }
    if (operation.getTags() == null || operation.getTags().isEmpty()) {
      report(HouseRule.OPERATION_METADATA, location, "has no tag");
      return;
    }
    Map<String, Tag> declared = new HashMap<>();
    if (api.getTags() != null) {
      api.getTags().forEach(tag -> declared.put(tag.getName(), tag));
    }
    for (String tag : operation.getTags()) {
      if (!declared.containsKey(tag)) {
        report(
            HouseRule.OPERATION_METADATA,
            location,
            "tag '" + tag + "' is not declared under the top-level tags");
      } else if (isBlank(declared.get(tag).getDescription())) {
        report(
            HouseRule.OPERATION_METADATA,
            JsonPointer.compile("/tags"),
            "tag '" + tag + "' has no description");
      }
    }
  }

  // named-examples
  private void namedExamples(JsonPointer location, Operation operation) {
    Set<String> names = new HashSet<>();
    if (operation.getRequestBody() != null) {
      exampleNames(
          location.appendProperty("requestBody"),
          document.requestBody(operation.getRequestBody()).getContent(),
          names);
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .forEach(
              (status, response) ->
                  exampleNames(
                      location.appendProperty("responses").appendProperty(status),
                      document.response(response).getContent(),
                      names));
    }
  }

  private void exampleNames(JsonPointer location, Content content, Set<String> seen) {
    if (content == null || content.isEmpty()) {
      return;
    }
    content.forEach(
        (mediaType, media) -> {
          JsonPointer where = location.appendProperty("content").appendProperty(mediaType);
          Map<String, Example> examples = media.getExamples();
          if (examples == null || examples.isEmpty()) {
            report(HouseRule.NAMED_EXAMPLES, where, "has no named examples");
            return;
          }
          examples.forEach(
              (name, example) -> {
                JsonPointer at = where.appendProperty("examples").appendProperty(name);
                if (!SNAKE_CASE.matcher(name).matches()) {
                  report(
                      HouseRule.NAMED_EXAMPLES,
                      at,
                      "example name '" + name + "' is not snake_case");
                }
                if (!seen.add(name)) {
                  report(
                      HouseRule.NAMED_EXAMPLES,
                      at,
                      "example name '" + name + "' is used twice in this operation");
                }
                if (isBlank(document.example(example).getSummary())) {
                  report(HouseRule.NAMED_EXAMPLES, at, "example has no summary");
                }
              });
        });
  }

  // shared-errors, errors-documented
  private void errors(JsonPointer location, Operation operation) {
    Map<String, ApiResponse> responses =
        operation.getResponses() == null ? Map.of() : operation.getResponses();
    for (String status : List.of("400", "401", "500")) {
      if (!responses.containsKey(status)) {
        report(
            HouseRule.ERRORS_DOCUMENTED,
            location.appendProperty("responses"),
            "does not document a " + status + " answer");
      }
    }
    responses.forEach(
        (status, response) -> {
          if (!(status.startsWith("4") || status.startsWith("5"))) {
            return;
          }
          JsonPointer where = location.appendProperty("responses").appendProperty(status);
          if (response.get$ref() == null
              || !response.get$ref().startsWith("#/components/responses/")) {
            report(
                HouseRule.SHARED_ERRORS,
                where,
                "is written inline; refer to a shared response under components/responses");
          }
          Content content = document.response(response).getContent();
          if (content == null || content.isEmpty()) {
            report(HouseRule.SHARED_ERRORS, where, "has no body; errors carry " + ERROR_SCHEMA);
            return;
          }
          content.forEach(
              (mediaType, media) -> {
                if (media.getSchema() == null
                    || !ERROR_SCHEMA.equals(media.getSchema().get$ref())) {
                  report(
                      HouseRule.SHARED_ERRORS,
                      where
                          .appendProperty("content")
                          .appendProperty(mediaType)
                          .appendProperty("schema"),
                      "is not " + ERROR_SCHEMA);
                }
              });
        });
  }

  // operation-security
  private void operationSecurity(JsonPointer location, Operation operation) {
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
      report(
          HouseRule.OPERATION_SECURITY,
          location,
          "declares no security of its own; validators such as swagger-request-validator would let any request through");
      return;
    }
    Map<String, ?> schemes =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : api.getComponents().getSecuritySchemes();
    operation
        .getSecurity()
        .forEach(
            requirement ->
                requirement.keySet().stream()
                    .filter(name -> !schemes.containsKey(name))
                    .forEach(
                        name ->
                            report(
                                HouseRule.OPERATION_SECURITY,
                                location.appendProperty("security"),
                                "names the undefined security scheme '" + name + "'")));
  }

  // described
  private void described() {
    if (api.getComponents() == null) {
      return;
    }
    var components = api.getComponents();
    describedEach("schemas", components.getSchemas(), Schema::getDescription);
    describedEach("parameters", components.getParameters(), p -> p.getDescription());
    describedEach("headers", components.getHeaders(), h -> h.getDescription());
    describedEach("responses", components.getResponses(), r -> r.getDescription());
    describedEach("securitySchemes", components.getSecuritySchemes(), s -> s.getDescription());
    forEachOperation(
        (location, operation) -> {
          if (operation.getParameters() != null) {
            for (int i = 0; i < operation.getParameters().size(); i++) {
              var parameter = operation.getParameters().get(i);
              if (parameter.get$ref() == null && isBlank(parameter.getDescription())) {
                report(
                    HouseRule.DESCRIBED,
                    location.appendProperty("parameters").appendIndex(i),
                    "parameter '" + parameter.getName() + "' has no description");
              }
            }
          }
        });
    forEachSchema(
        (location, schema) -> {
          if (schema.getProperties() != null) {
            schema
                .getProperties()
                .forEach(
                    (name, property) -> {
                      if (property.get$ref() == null && isBlank(property.getDescription())) {
                        report(
                            HouseRule.DESCRIBED,
                            location.appendProperty("properties").appendProperty(name),
                            "property '" + name + "' has no description");
                      }
                    });
          }
        });
  }

  private <T> void describedEach(
      String kind, Map<String, T> components, Function<T, String> description) {
    if (components != null) {
      components.forEach(
          (name, component) -> {
            if (isBlank(description.apply(component))) {
              report(
                  HouseRule.DESCRIBED,
                  JsonPointer.empty()
                      .appendProperty("components")
                      .appendProperty(kind)
                      .appendProperty(name),
                  "has no description");
            }
          });
    }
  }

  // snake-case-properties, anchored-patterns
  private void schemaShape(JsonPointer location, Schema<?> schema) {
    if (schema.getProperties() != null) {
      schema.getProperties().keySet().stream()
          .filter(name -> !SNAKE_CASE.matcher(name).matches())
          .forEach(
              name ->
                  report(
                      HouseRule.SNAKE_CASE_PROPERTIES,
                      location.appendProperty("properties").appendProperty(name),
                      "property name '" + name + "' is not snake_case"));
    }
    String pattern = schema.getPattern();
    if (pattern != null) {
      if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
        report(
            HouseRule.ANCHORED_PATTERNS,
            location,
            "pattern '"
                + pattern
                + "' is not anchored with ^ and $, so it matches any string that merely contains a match");
      }
      // Compiled as everything else that evaluates the document's patterns compiles them: ECMA-262.
      try {
        EcmaPattern.requireValid(pattern);
      } catch (IllegalArgumentException e) {
        report(
            HouseRule.ANCHORED_PATTERNS,
            location,
            "pattern does not compile as ECMA-262: " + e.getMessage());
      }
    }
  }

  // bounded-request-strings
  private void boundedRequestStrings() {
    List<JsonNode> requestParts = new ArrayList<>();
    forEachOperation(
        (location, operation) -> {
          JsonNode node = tree.at(location);
          requestParts.add(node.path("parameters"));
          requestParts.add(node.path("requestBody"));
        });
    Set<JsonPointer> reached =
        new References(tree).reachableFrom(requestParts.toArray(JsonNode[]::new));
    BiConsumer<JsonPointer, Schema<?>> check =
        (location, schema) -> {
          if (isString(schema)
              && schema.getPattern() == null
              && schema.getEnum() == null
              && schema.getMaxLength() == null) {
            report(
                HouseRule.BOUNDED_REQUEST_STRINGS,
                location,
                "a string clients send has no pattern, enum or maxLength");
          }
        };
    for (JsonPointer ref : reached) {
      String kind = ref.tail().getMatchingProperty();
      String name = ref.tail().tail().getMatchingProperty();
      if (kind.equals("schemas")) {
        SchemaWalker.walk(api.getComponents().getSchemas().get(name), ref, check);
      } else if (kind.equals("parameters")) {
        SchemaWalker.walk(
            api.getComponents().getParameters().get(name).getSchema(),
            ref.appendProperty("schema"),
            check);
      }
    }
    forEachOperation(
        (location, operation) -> {
          if (operation.getParameters() != null) {
            for (int i = 0; i < operation.getParameters().size(); i++) {
              var parameter = operation.getParameters().get(i);
              if (parameter.get$ref() == null) {
                SchemaWalker.walk(
                    parameter.getSchema(),
                    location.appendProperty("parameters").appendIndex(i).appendProperty("schema"),
                    check);
              }
            }
          }
          if (operation.getRequestBody() != null
              && operation.getRequestBody().getContent() != null) {
            operation
                .getRequestBody()
                .getContent()
                .forEach(
                    (mediaType, media) ->
                        SchemaWalker.walk(
                            media.getSchema(),
                            location
                                .appendProperty("requestBody")
                                .appendProperty("content")
                                .appendProperty(mediaType)
                                .appendProperty("schema"),
                            check));
          }
        });
  }

  // no-unused-components
  private void noUnusedComponents() {
    Set<JsonPointer> used = new References(tree).reachableFrom(tree.path("paths"));
    Set<String> usedSchemes = new HashSet<>();
    List<SecurityRequirement> requirements = new ArrayList<>();
    if (api.getSecurity() != null) {
      requirements.addAll(api.getSecurity());
    }
    forEachOperation(
        (location, operation) -> {
          if (operation.getSecurity() != null) {
            requirements.addAll(operation.getSecurity());
          }
        });
    requirements.forEach(requirement -> usedSchemes.addAll(requirement.keySet()));
    for (String kind : COMPONENT_KINDS) {
      tree.path("components")
          .path(kind)
          .fieldNames()
          .forEachRemaining(
              name -> {
                JsonPointer ref =
                    JsonPointer.empty()
                        .appendProperty("components")
                        .appendProperty(kind)
                        .appendProperty(name);
                if (!used.contains(ref)) {
                  report(HouseRule.NO_UNUSED_COMPONENTS, ref, "is not used by any operation");
                }
              });
    }
    tree.path("components")
        .path("securitySchemes")
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!usedSchemes.contains(name)) {
                report(
                    HouseRule.NO_UNUSED_COMPONENTS,
                    JsonPointer.empty()
                        .appendProperty("components")
                        .appendProperty("securitySchemes")
                        .appendProperty(name),
                    "is not required by any security requirement");
              }
            });
  }

  private void forEachOperation(BiConsumer<JsonPointer, Operation> visitor) {
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .forEach(
            (path, item) -> {
              for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                  item.readOperationsMap().entrySet()) {
                visitor.accept(
                    JsonPointer.empty()
                        .appendProperty("paths")
                        .appendProperty(path)
                        .appendProperty(entry.getKey().name().toLowerCase()),
                    entry.getValue());
              }
            });
  }

  private void forEachSchema(BiConsumer<JsonPointer, Schema<?>> visitor) {
    SchemaWalker.walkComponents(api, visitor);
  }

  private static boolean isString(Schema<?> schema) {
    return "string".equals(schema.getType())
        || (schema.getTypes() != null && schema.getTypes().contains("string"));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
