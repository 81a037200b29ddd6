package io.contractkit.starrocks.review.reference;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer of a contract needs that Redoc does not show, as a small HTML section the
 * reference page adds after the document's own description (so Redoc lists it in its menu).
 *
 * <p>Measured on this repository's document with Redoc 2.1.4 ({@code ReferenceInBrowserTest}):
 *
 * <ul>
 *   <li><b>Example names.</b> Redoc labels a named example by its {@code summary} and shows its
 *       name only when there is none; the house rules require a summary, so the names the stub
 *       selects examples by ({@code Prefer: example=<name>}) would appear nowhere.
 *   <li><b>Vendor extensions.</b> Redoc's {@code showExtensions} shows those of operations,
 *       parameters, responses and schema fields (without their {@code x-}); those a contract gives
 *       roles with elsewhere show nowhere: a security scheme's {@code x-value-pattern} and {@code
 *       x-companion-headers}, an example's {@code x-stub-error-template}, a schema's own {@code
 *       x-error-message-field}. All of the document's extensions are listed here, by JSON pointer,
 *       whatever their name, so one table answers "which roles does the document declare".
 * </ul>
 *
 * Everything else of the hand-written renderer this replaced (fields, constraints, examples'
 * bodies, security, servers) Redoc shows itself.
 */
final class ReviewNotes {

  /** The heading Redoc turns into a menu entry. */
  static final String HEADING = "Review notes";

  private final SpecDocument document;
  private final StringBuilder html = new StringBuilder();

  private ReviewNotes(SpecDocument document) {
    this.document = document;
  }

  /** Markdown (with HTML blocks, which Redoc's Markdown renderer keeps) for the description. */
  static String markdown(SpecDocument document) {
    ReviewNotes notes = new ReviewNotes(document);
    notes.examples();
    notes.extensions();
    return "\n\n# "
        + HEADING
        + "\n\n<p class=\"review-notes\">Added to the rendered reference by the spec review: what"
        + " a reviewer checks that the page above and below does not show. Not part of the"
        + " document.</p>\n\n"
        + notes.html;
  }

  private void examples() {
    html.append("## Named examples\n\n")
        .append("<table id=\"review-named-examples\"><thead><tr><th>Operation</th>")
        .append("<th>Where</th><th>Name</th><th>Summary</th></tr></thead><tbody>\n");
    if (document.api().getPaths() != null) {
      document
          .api()
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> examples(method.name(), path, operation)));
    }
    html.append("</tbody></table>\n\n")
        .append("<p>A response example is what the stub answers to <code>Prefer: example=")
        .append("&lt;name&gt;</code>.</p>\n\n");
  }

  private void examples(String method, String path, Operation operation) {
    String label = method + " " + path;
    if (operation.getRequestBody() != null) {
      examples(
          label,
          operation,
          "request body",
          document.requestBody(operation.getRequestBody()).getContent());
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .forEach(
              (status, response) ->
                  examples(
                      label,
                      operation,
                      "response " + status,
                      document.response(response).getContent()));
    }
  }

  private void examples(String label, Operation operation, String where, Content content) {
    if (content == null) {
      return;
    }
    content.forEach(
        (mediaType, media) -> {
          if (media.getExamples() == null) {
            return;
          }
          for (Map.Entry<String, Example> named : media.getExamples().entrySet()) {
            Example example = document.example(named.getValue());
            html.append("<tr id=\"")
                .append(ReferenceRenderer.exampleAnchor(operation, named.getKey()))
                .append("\"><td><code>")
                .append(Html.escape(label))
                .append("</code></td><td>")
                .append(Html.escape(where + " (" + mediaType + ")"))
                .append("</td><td><code class=\"example-name\">")
                .append(Html.escape(named.getKey()))
                .append("</code></td><td>")
                .append(Html.escape(example.getSummary()))
                .append("</td></tr>\n");
          }
        });
  }

  private void extensions() {
    List<String[]> rows = new ArrayList<>();
    collect(document.tree(), JsonPointer.empty(), rows);
    html.append("## Vendor extensions\n\n");
    if (rows.isEmpty()) {
      html.append("<p>The document has none.</p>\n\n");
      return;
    }
    html.append("<table id=\"review-vendor-extensions\"><thead><tr><th>Where (JSON pointer)")
        .append("</th><th>Extension</th><th>Value</th></tr></thead><tbody>\n");
    for (String[] row : rows) {
      html.append("<tr><td><code>")
          .append(Html.escape(row[0]))
          .append("</code></td><td><code>")
          .append(Html.escape(row[1]))
          .append("</code></td><td><code class=\"extension-value\">")
          .append(Html.escape(row[2]))
          .append("</code></td></tr>\n");
    }
    html.append("</tbody></table>\n\n");
  }

  private static void collect(JsonNode node, JsonPointer where, List<String[]> rows) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), where.appendIndex(i), rows);
      }
      return;
    }
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getKey().startsWith("x-")) {
                JsonNode value = field.getValue();
                rows.add(
                    new String[] {
                      "#" + where,
                      field.getKey(),
                      value.isTextual() ? value.asText() : value.toString()
                    });
              } else {
                collect(field.getValue(), where.appendProperty(field.getKey()), rows);
              }
            });
  }
}
