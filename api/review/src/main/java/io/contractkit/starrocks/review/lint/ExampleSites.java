package io.contractkit.starrocks.review.lint;

import com.fasterxml.jackson.core.JsonPointer;
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
    SchemaWalker.walkComponents(
        api,
        (location, nested) -> {
          if (nested.getExample() != null) {
            sites.add(
                new ExampleSite(
                    "#" + location.appendProperty("example"), null, nested, nested.getExample()));
          }
        });
    return sites;
  }

  private static void operations(
      SpecDocument document, String path, PathItem item, List<ExampleSite> sites) {
    item.readOperationsMap()
        .forEach(
            (method, operation) -> {
              JsonPointer base =
                  JsonPointer.empty()
                      .appendProperty("paths")
                      .appendProperty(path)
                      .appendProperty(method.name().toLowerCase());
              operation(document, base, item, operation, sites);
            });
  }

  private static void operation(
      SpecDocument document,
      JsonPointer base,
      PathItem item,
      Operation operation,
      List<ExampleSite> sites) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = document.parameter(parameters.get(i));
      JsonPointer location = base.appendProperty("parameters").appendIndex(i);
      named(
          document,
          location,
          document.schema(parameter.getSchema()),
          parameter.getExample(),
          parameter.getExamples(),
          sites);
    }
    if (operation.getRequestBody() != null) {
      content(
          document,
          base.appendProperty("requestBody"),
          document.requestBody(operation.getRequestBody()).getContent(),
          sites);
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .forEach(
              (status, declared) -> {
                ApiResponse response = document.response(declared);
                JsonPointer location = base.appendProperty("responses").appendProperty(status);
                content(document, location, response.getContent(), sites);
                if (response.getHeaders() != null) {
                  response
                      .getHeaders()
                      .forEach(
                          (name, declaredHeader) -> {
                            Header header = document.header(declaredHeader);
                            named(
                                document,
                                location.appendProperty("headers").appendProperty(name),
                                document.schema(header.getSchema()),
                                header.getExample(),
                                header.getExamples(),
                                sites);
                          });
                }
              });
    }
  }

  private static void content(
      SpecDocument document, JsonPointer location, Content content, List<ExampleSite> sites) {
    if (content == null) {
      return;
    }
    content.forEach(
        (mediaType, media) ->
            named(
                document,
                location.appendProperty("content").appendProperty(mediaType),
                media.getSchema(),
                media.getExample(),
                media.getExamples(),
                sites));
  }

  private static void named(
      SpecDocument document,
      JsonPointer location,
      Schema<?> schema,
      Object example,
      Map<String, Example> examples,
      List<ExampleSite> sites) {
    if (example != null) {
      sites.add(new ExampleSite("#" + location.appendProperty("example"), null, schema, example));
    }
    if (examples != null) {
      examples.forEach(
          (name, declared) -> {
            Example resolved = document.example(declared);
            String where = "#" + location.appendProperty("examples").appendProperty(name);
            if (declared.get$ref() != null) {
              where += " (" + declared.get$ref() + ")";
            }
            sites.add(new ExampleSite(where, name, schema, resolved.getValue()));
          });
    }
  }
}
