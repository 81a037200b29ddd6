package io.contractkit.starrocks.api.lint;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every example in a document, wherever it is written: parameters, headers, request bodies,
 * responses, and the {@code example} of any schema. Named examples given by {@code $ref} are
 * resolved, and the location says both where they are used and where they are defined.
 */
public final class ExampleSites {

  private ExampleSites() {}

  public static List<ExampleSite> of(SpecDocument document) {
    List<ExampleSite> sites = new ArrayList<>();
    OpenAPI api = document.api();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> operations(document, path, item, sites));
    }
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents()
          .getSchemas()
          .forEach(
              (name, schema) ->
                  SchemaWalker.walk(
                      schema,
                      Pointer.of("components", "schemas", name),
                      (location, nested) -> {
                        if (nested.getExample() != null) {
                          sites.add(new ExampleSite(location + "/example", null, nested, nested.getExample()));
                        }
                      }));
    }
    return sites;
  }

  private static void operations(
      SpecDocument document, String path, PathItem item, List<ExampleSite> sites) {
    item.readOperationsMap()
        .forEach(
            (method, operation) -> {
              String base = Pointer.of("paths", path, method.name().toLowerCase());
              operation(document, base, item, operation, sites);
            });
  }

  private static void operation(
      SpecDocument document, String base, PathItem item, Operation operation, List<ExampleSite> sites) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = document.parameter(parameters.get(i));
      String location = Pointer.child(base, "parameters", String.valueOf(i));
      named(document, location, document.schema(parameter.getSchema()), parameter.getExample(), parameter.getExamples(), sites);
    }
    if (operation.getRequestBody() != null) {
      content(document, Pointer.child(base, "requestBody"), document.requestBody(operation.getRequestBody()).getContent(), sites);
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .forEach(
              (status, declared) -> {
                ApiResponse response = document.response(declared);
                String location = Pointer.child(base, "responses", status);
                content(document, location, response.getContent(), sites);
                if (response.getHeaders() != null) {
                  response
                      .getHeaders()
                      .forEach(
                          (name, declaredHeader) -> {
                            Header header = document.header(declaredHeader);
                            named(document, Pointer.child(location, "headers", name), document.schema(header.getSchema()), header.getExample(), header.getExamples(), sites);
                          });
                }
              });
    }
  }

  private static void content(
      SpecDocument document, String location, Content content, List<ExampleSite> sites) {
    if (content == null) {
      return;
    }
    content.forEach(
        (mediaType, media) ->
            named(document, Pointer.child(location, "content", mediaType), media.getSchema(), media.getExample(), media.getExamples(), sites));
  }

  private static void named(
      SpecDocument document,
      String location,
      Schema<?> schema,
      Object example,
      Map<String, Example> examples,
      List<ExampleSite> sites) {
    if (example != null) {
      sites.add(new ExampleSite(location + "/example", null, schema, example));
    }
    if (examples != null) {
      examples.forEach(
          (name, declared) -> {
            Example resolved = document.example(declared);
            String where = Pointer.child(location, "examples", name);
            if (declared.get$ref() != null) {
              where += " (" + declared.get$ref() + ")";
            }
            sites.add(new ExampleSite(where, name, schema, resolved.getValue()));
          });
    }
  }
}
