package io.contractkit.starrocks.review.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contractkit.starrocks.review.lint.SpecDocument;
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
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document as one self-contained HTML page: every operation, parameter, body field (with its
 * type, constraints and description) and every named example. No script, no font, no style sheet
 * from elsewhere: it opens from a CI artifact or a file system with no network.
 *
 * <p>A renderer of our own rather than a generator's template, because the page must show what a
 * reviewer of this contract checks (patterns, length bounds, enums, defaults, "no other fields",
 * each named example by the name the stub selects it with), and must work offline.
 */
public final class ReferenceRenderer {

  private final SpecDocument document;
  private final StringBuilder html = new StringBuilder();

  private ReferenceRenderer(SpecDocument document) {
    this.document = document;
  }

  /** Anchor of an operation on the page. */
  public static String operationAnchor(Operation operation) {
    return "op-"
        + Html.id(operation.getOperationId() == null ? "operation" : operation.getOperationId());
  }

  /** Anchor of a named example on the page. */
  public static String exampleAnchor(Operation operation, String name) {
    return operationAnchor(operation) + "-example-" + Html.id(name);
  }

  public static String render(SpecDocument document) {
    ReferenceRenderer renderer = new ReferenceRenderer(document);
    renderer.page();
    return renderer.html.toString();
  }

  public static Path write(SpecDocument document, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, render(document), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page() {
    OpenAPI api = document.api();
    String title = api.getInfo().getTitle();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(title))
        .append(" ")
        .append(Html.escape(api.getInfo().getVersion()))
        .append(" — API reference</title>")
        .append("<style>")
        .append(STYLE)
        .append("</style></head>\n<body>\n");
    html.append("<header><h1>")
        .append(Html.escape(title))
        .append("</h1><p class=\"version\">Version <strong id=\"doc-version\">")
        .append(Html.escape(api.getInfo().getVersion()))
        .append("</strong> · OpenAPI ")
        .append(Html.escape(api.getOpenapi()))
        .append("</p></header>\n");
    toc();
    html.append("<main>\n<section id=\"overview\"><h2>Overview</h2>")
        .append(Html.blocks(api.getInfo().getDescription()));
    servers(api.getServers());
    security();
    html.append("</section>\n");
    forEachOperation((path, method, operation, item) -> operation(path, method, operation, item));
    html.append("</main>\n</body></html>\n");
  }

  private void toc() {
    html.append("<nav><h2>Contents</h2><ul><li><a href=\"#overview\">Overview</a></li>");
    forEachOperation(
        (path, method, operation, item) -> {
          html.append("<li><a href=\"#")
              .append(operationAnchor(operation))
              .append("\"><span class=\"method\">")
              .append(method)
              .append("</span> ")
              .append(Html.escape(operation.getSummary() == null ? path : operation.getSummary()))
              .append("</a><ul>");
          for (String name : exampleNames(operation)) {
            html.append("<li><a href=\"#")
                .append(exampleAnchor(operation, name))
                .append("\">")
                .append(Html.escape(name))
                .append("</a></li>");
          }
          html.append("</ul></li>");
        });
    html.append("</ul></nav>\n");
  }

  private List<String> exampleNames(Operation operation) {
    List<String> names = new ArrayList<>();
    if (operation.getRequestBody() != null) {
      names.addAll(
          examplesOf(document.requestBody(operation.getRequestBody()).getContent()).keySet());
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .values()
          .forEach(
              response ->
                  names.addAll(examplesOf(document.response(response).getContent()).keySet()));
    }
    return names;
  }

  private static Map<String, Example> examplesOf(Content content) {
    Map<String, Example> examples = new java.util.LinkedHashMap<>();
    if (content != null) {
      content.values().stream()
          .filter(media -> media.getExamples() != null)
          .forEach(media -> examples.putAll(media.getExamples()));
    }
    return examples;
  }

  private void servers(List<Server> servers) {
    if (servers == null || servers.isEmpty()) {
      return;
    }
    html.append("<h3>Servers</h3><ul>");
    for (Server server : servers) {
      html.append("<li><code>")
          .append(Html.escape(server.getUrl()))
          .append("</code> — ")
          .append(Html.inline(server.getDescription()));
      if (server.getVariables() != null) {
        server
            .getVariables()
            .forEach(
                (name, variable) ->
                    html.append("<br><code>{")
                        .append(Html.escape(name))
                        .append("}</code>: default <code>")
                        .append(Html.escape(variable.getDefault()))
                        .append("</code>. ")
                        .append(Html.inline(variable.getDescription())));
      }
      html.append("</li>");
    }
    html.append("</ul>");
  }

  private void security() {
    var components = document.api().getComponents();
    if (components == null || components.getSecuritySchemes() == null) {
      return;
    }
    html.append("<h3>Authentication</h3>");
    if (document.api().getSecurity() != null) {
      html.append("<p>Unless an operation says otherwise, it accepts ")
          .append(alternatives(document.api().getSecurity()))
          .append(".</p>");
    }
    html.append(
        "<table><thead><tr><th>Scheme</th><th>Sent as</th><th>Value format</th><th>Description</th></tr></thead><tbody>");
    components
        .getSecuritySchemes()
        .forEach(
            (name, scheme) -> {
              Object pattern =
                  scheme.getExtensions() == null
                      ? null
                      : scheme.getExtensions().get("x-value-pattern");
              html.append("<tr id=\"security-")
                  .append(Html.id(name))
                  .append("\"><td><code>")
                  .append(Html.escape(name))
                  .append("</code></td><td>")
                  .append(Html.escape(sentAs(scheme)))
                  .append("</td><td>")
                  .append(
                      pattern == null
                          ? ""
                          : "pattern <code class=\"pattern\">"
                              + Html.escape(pattern.toString())
                              + "</code>")
                  .append("</td><td>")
                  .append(Html.blocks(scheme.getDescription()))
                  .append("</td></tr>");
            });
    html.append("</tbody></table>");
  }

  private static String alternatives(
      List<io.swagger.v3.oas.models.security.SecurityRequirement> requirements) {
    List<String> alternatives = new ArrayList<>();
    requirements.forEach(
        requirement -> {
          List<String> schemes = new ArrayList<>();
          requirement
              .keySet()
              .forEach(
                  name ->
                      schemes.add(
                          "<a href=\"#security-"
                              + Html.id(name)
                              + "\"><code>"
                              + Html.escape(name)
                              + "</code></a>"));
          alternatives.add(schemes.isEmpty() ? "no credential" : String.join(" + ", schemes));
        });
    return "one of: " + String.join(" <em>or</em> ", alternatives);
  }

  private static String sentAs(SecurityScheme scheme) {
    if (scheme.getType() == SecurityScheme.Type.APIKEY) {
      return scheme.getIn() + " " + scheme.getName();
    }
    return scheme.getType() + (scheme.getScheme() == null ? "" : " " + scheme.getScheme());
  }

  private interface OperationVisitor {
    void visit(String path, String method, Operation operation, PathItem item);
  }

  private void forEachOperation(OperationVisitor visitor) {
    if (document.api().getPaths() == null) {
      return;
    }
    document
        .api()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            visitor.visit(path, method.name(), operation, item)));
  }

  private void operation(String path, String method, Operation operation, PathItem item) {
    String anchor = operationAnchor(operation);
    html.append("<section class=\"operation\" id=\"")
        .append(anchor)
        .append("\">\n<h2><span class=\"method\">")
        .append(method)
        .append("</span> <code class=\"path\">")
        .append(Html.escape(path))
        .append("</code></h2>");
    html.append("<p class=\"summary\">").append(Html.escape(operation.getSummary())).append("</p>");
    html.append("<p class=\"meta\">operationId <code>")
        .append(Html.escape(operation.getOperationId()))
        .append("</code>");
    if (operation.getTags() != null) {
      html.append(" · tag ").append(Html.escape(String.join(", ", operation.getTags())));
    }
    if (Boolean.TRUE.equals(operation.getDeprecated())) {
      html.append(" · <strong>deprecated</strong>");
    }
    html.append("</p>").append(Html.blocks(operation.getDescription()));
    var security =
        operation.getSecurity() != null ? operation.getSecurity() : document.api().getSecurity();
    if (security != null) {
      html.append("<p class=\"security\">Authentication: ")
          .append(security.isEmpty() ? "none" : alternatives(security))
          .append(".</p>");
    }
    parameters(anchor, item, operation);
    if (operation.getRequestBody() != null) {
      requestBody(anchor, operation, document.requestBody(operation.getRequestBody()));
    }
    if (operation.getResponses() != null) {
      html.append("<h3>Responses</h3>");
      operation
          .getResponses()
          .forEach(
              (status, declared) ->
                  response(anchor, operation, status, document.response(declared)));
    }
    html.append("</section>\n");
  }

  private void parameters(String anchor, PathItem item, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    if (parameters.isEmpty()) {
      return;
    }
    html.append(
        "<h3>Parameters</h3><table class=\"fields\"><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Constraints</th><th>Description</th></tr></thead><tbody>");
    for (Parameter declared : parameters) {
      Parameter parameter = document.parameter(declared);
      Schema<?> schema = document.schema(parameter.getSchema());
      List<String> constraints = schema == null ? new ArrayList<>() : Constraints.of(schema);
      if (parameter.getExample() != null) {
        constraints.add(
            "example <code>" + Html.escape(String.valueOf(parameter.getExample())) + "</code>");
      }
      html.append("<tr id=\"")
          .append(anchor)
          .append("-parameter-")
          .append(Html.id(parameter.getName()))
          .append("\"><td><code>")
          .append(Html.escape(parameter.getName()))
          .append("</code></td><td>")
          .append(Html.escape(parameter.getIn()))
          .append("</td><td>")
          .append(
              Html.escape(schema == null ? "" : Constraints.type(document, parameter.getSchema())))
          .append("</td><td>")
          .append(Boolean.TRUE.equals(parameter.getRequired()) ? "required" : "optional")
          .append("</td><td>")
          .append(String.join("<br>", constraints))
          .append("</td><td>")
          .append(Html.blocks(parameter.getDescription()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private void requestBody(String anchor, Operation operation, RequestBody body) {
    html.append("<h3>Request body</h3><p>")
        .append(Boolean.TRUE.equals(body.getRequired()) ? "Required. " : "Optional. ")
        .append(Html.inline(body.getDescription()))
        .append("</p>");
    content(anchor + "-request", operation, body.getContent());
  }

  private void response(String anchor, Operation operation, String status, ApiResponse response) {
    String id = anchor + "-response-" + Html.id(status);
    html.append("<div class=\"response\" id=\"")
        .append(id)
        .append("\"><h4><span class=\"status s")
        .append(status.charAt(0))
        .append("\">")
        .append(Html.escape(status))
        .append("</span> ")
        .append(Html.inline(firstLine(response.getDescription())))
        .append("</h4>")
        .append(Html.blocks(rest(response.getDescription())));
    if (response.getHeaders() != null && !response.getHeaders().isEmpty()) {
      html.append(
          "<table class=\"fields\"><thead><tr><th>Header</th><th>Type</th><th>Constraints</th><th>Description</th></tr></thead><tbody>");
      response
          .getHeaders()
          .forEach(
              (name, declared) -> {
                Header header = document.header(declared);
                Schema<?> schema = document.schema(header.getSchema());
                html.append("<tr><td><code>")
                    .append(Html.escape(name))
                    .append("</code></td><td>")
                    .append(
                        Html.escape(
                            schema == null ? "" : Constraints.type(document, header.getSchema())))
                    .append("</td><td>")
                    .append(schema == null ? "" : String.join("<br>", Constraints.of(schema)))
                    .append("</td><td>")
                    .append(Html.blocks(header.getDescription()))
                    .append("</td></tr>");
              });
      html.append("</tbody></table>");
    }
    content(id, operation, response.getContent());
    html.append("</div>");
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end);
  }

  private static String rest(String text) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? "" : stripped.substring(end + 1);
  }

  private void content(String id, Operation operation, Content content) {
    if (content == null) {
      return;
    }
    content.forEach(
        (type, media) -> {
          html.append("<p class=\"media\">Body <code>").append(Html.escape(type)).append("</code>");
          if (media.getSchema() != null) {
            html.append(": ").append(Html.escape(Constraints.type(document, media.getSchema())));
          }
          html.append("</p>");
          fields(id, media);
          examples(operation, media);
        });
  }

  private void fields(String id, MediaType media) {
    List<Field> fields = new ArrayList<>();
    collect(media.getSchema(), "", true, new HashSet<>(), fields);
    if (fields.isEmpty()) {
      return;
    }
    Schema<?> root = document.schema(media.getSchema());
    List<String> rootConstraints = root == null ? List.of() : Constraints.of(root);
    if (!rootConstraints.isEmpty()) {
      html.append("<p class=\"constraints\">")
          .append(String.join(" · ", rootConstraints))
          .append("</p>");
    }
    html.append(
        "<table class=\"fields\"><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Constraints</th><th>Description</th></tr></thead><tbody>");
    for (Field field : fields) {
      html.append("<tr class=\"field\" id=\"")
          .append(id)
          .append("-field-")
          .append(Html.id(field.path()))
          .append("\"><td><code>")
          .append(Html.escape(field.path()))
          .append("</code></td><td>")
          .append(Html.escape(field.type()))
          .append("</td><td>")
          .append(field.required() ? "required" : "optional")
          .append("</td><td>")
          .append(String.join("<br>", field.constraints()))
          .append("</td><td>")
          .append(Html.blocks(field.description()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private record Field(
      String path, String type, boolean required, List<String> constraints, String description) {}

  private void collect(
      Schema<?> declared,
      String prefix,
      boolean parentRequired,
      Set<String> refsOnPath,
      List<Field> fields) {
    if (declared == null) {
      return;
    }
    if (declared.get$ref() != null && !refsOnPath.add(declared.get$ref())) {
      return;
    }
    Schema<?> schema = document.schema(declared);
    if (schema.getItems() != null) {
      collect(schema.getItems(), prefix + "[]", parentRequired, refsOnPath, fields);
    }
    if (schema.getProperties() != null) {
      Set<String> required =
          schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                Schema<?> resolved = document.schema(property);
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                String description =
                    property.getDescription() != null
                        ? property.getDescription()
                        : resolved.getDescription();
                fields.add(
                    new Field(
                        path,
                        Constraints.type(document, property),
                        required.contains(name),
                        Constraints.of(resolved),
                        description));
                collect(property, path, required.contains(name), new HashSet<>(refsOnPath), fields);
              });
    }
    if (declared.get$ref() != null) {
      refsOnPath.remove(declared.get$ref());
    }
  }

  private void examples(Operation operation, MediaType media) {
    if (media.getExamples() == null) {
      return;
    }
    media
        .getExamples()
        .forEach(
            (name, declared) -> {
              Example example = document.example(declared);
              html.append("<div class=\"example\" id=\"")
                  .append(exampleAnchor(operation, name))
                  .append("\"><h5>Example <code class=\"example-name\">")
                  .append(Html.escape(name))
                  .append("</code> — ")
                  .append(Html.inline(example.getSummary()))
                  .append("</h5>")
                  .append(Html.blocks(example.getDescription()))
                  .append("<pre><code>")
                  .append(Html.escape(pretty(example.getValue())))
                  .append("</code></pre></div>");
            });
  }

  private static String pretty(Object value) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1f2328;line-height:1.45;display:grid;grid-template-columns:18rem 1fr;}
      header{grid-column:1/3;background:#0b3d62;color:#fff;padding:1rem 2rem}
      header h1{margin:0;font-size:1.5rem} .version{margin:.25rem 0 0;opacity:.9}
      nav{padding:1rem;border-right:1px solid #d0d7de;font-size:.9rem;position:sticky;top:0;align-self:start;max-height:100vh;overflow-y:auto;overflow-x:hidden;overflow-wrap:anywhere}
      nav h2{font-size:1rem} nav ul{list-style:none;padding-left:.75rem;margin:.2rem 0} nav a{color:#0969da;text-decoration:none}
      main{padding:1rem 2rem;min-width:0}
      section{margin-bottom:2.5rem}
      h2 .method,nav .method{background:#0969da;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.8em}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#f6f8fa;padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}
      code.path{font-size:1em}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top} th{background:#f6f8fa}
      td p{margin:0 0 .3rem}
      td:first-child code{white-space:nowrap;overflow-wrap:normal}
      .status{font-weight:bold;border-radius:4px;padding:0 .4rem;color:#fff;background:#57606a}
      .status.s2{background:#1a7f37} .status.s4{background:#bc4c00} .status.s5{background:#cf222e}
      .response{border-left:3px solid #d0d7de;padding-left:1rem;margin:1rem 0}
      .example{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin:.75rem 0;background:#fbfcfd}
      .example h5{margin:.3rem 0;font-size:.95rem}
      pre{background:#f6f8fa;padding:.75rem;overflow:auto;font-size:.85rem} pre code{background:none;padding:0}
      .meta{color:#57606a;font-size:.9rem} .summary{font-size:1.1rem;font-weight:600}
      """;
}
