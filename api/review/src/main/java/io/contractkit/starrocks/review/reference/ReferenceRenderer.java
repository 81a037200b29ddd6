package io.contractkit.starrocks.review.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The document as one self-contained HTML page rendered by Redoc: Redoc's standalone bundle (from
 * its WebJar, {@code redoc.version} in the root pom) and the document as JSON, both inlined, so the
 * page opens from a CI artifact or a file system with no network (its content security policy lets
 * it load nothing from any address). It is the shape {@code redocly build-docs --inlineBundle}
 * writes, produced by Java so that neither this build nor the users of the review need Node.
 *
 * <p>Redoc renders in the browser; the page marks {@code <html data-redoc="ready">} when it has
 * finished (or {@code "failed"}, with Redoc's message on the page). What Redoc does not show a
 * reviewer is added after the document's description as a "Review notes" section ({@link
 * ReviewNotes}).
 */
public final class ReferenceRenderer {

  /** Redoc's options: everything expanded and every vendor extension it can show, shown. */
  private static final String OPTIONS =
      "{\"expandResponses\":\"all\",\"showExtensions\":true,\"requiredPropsFirst\":true,"
          + "\"pathInMiddlePanel\":true,\"jsonSampleExpandLevel\":\"all\","
          + "\"expandSingleSchemaField\":true,\"hideHostname\":false}";

  /**
   * What the page may load: nothing from any address. Redoc 2.1.4 shows its attribution logo from
   * Redocly's CDN with no option to turn it off, and a description may link an image; the policy
   * blocks both in the browser (the logo is then left out), so the page never reaches the network.
   * Scripts and styles are the page's own (inline), the search index's worker and downloads are
   * blob URLs, icons are data URLs.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
          + " img-src data: blob:; font-src data:; worker-src blob:; connect-src blob: data:;"
          + " base-uri 'none'; form-action 'none'";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferenceRenderer() {}

  /**
   * The anchor of an operation on the page: {@code operation/<operationId>}, the id of the section
   * Redoc renders for it (inside {@code tag/<tag>/operation/<operationId>}), which Redoc scrolls to
   * when the page is opened with it, so the review report links straight to the operation. Empty
   * (the top of the page) without an operationId.
   */
  public static String operationAnchor(Operation operation) {
    return operation.getOperationId() == null ? "" : "operation/" + operation.getOperationId();
  }

  /** Anchor of a named example's row in the page's review notes. */
  public static String exampleAnchor(Operation operation, String name) {
    return "review-example-"
        + Html.id(operation.getOperationId() == null ? "operation" : operation.getOperationId())
        + "-"
        + Html.id(name);
  }

  /** The page for {@code document} (which must have been read as an OpenAPI document). */
  public static String render(SpecDocument document) {
    RedocBundle redoc = RedocBundle.get();
    ObjectNode spec = (ObjectNode) document.tree();
    ObjectNode info = spec.with("info");
    info.put(
        "description",
        (info.hasNonNull("description") ? info.get("description").asText() : "")
            + ReviewNotes.markdown(document));
    Info declared = document.api().getInfo();
    String title =
        Html.escape(declared == null ? "API" : declared.getTitle())
            + (declared == null ? "" : " " + Html.escape(declared.getVersion()));
    return "<!DOCTYPE html>\n<html lang=\"en\" data-redoc=\"rendering\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + CONTENT_SECURITY_POLICY
        + "\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"generator\" content=\"Redoc "
        + Html.escape(redoc.version())
        + " (inlined by starrocks-sync-spec-review)\">"
        + "<title>"
        + title
        + " — API reference</title>"
        + "<style>body{margin:0;padding:0}"
        + ".review-notes{font-style:italic}"
        + "#redoc-failure{font-family:sans-serif;color:#cf222e;padding:1rem}</style>"
        + "</head>\n<body>\n"
        + "<noscript>This reference is rendered by Redoc and needs JavaScript.</noscript>\n"
        + "<div id=\"redoc-container\"></div>\n"
        + "<script>\n"
        + redoc.script()
        + "\n</script>\n<script>\n"
        + "(function(){var spec="
        + scriptSafe(spec)
        + ";\nRedoc.init(spec,"
        + OPTIONS
        + ",document.getElementById('redoc-container'),function(error){"
        + "if(error){var p=document.createElement('pre');p.id='redoc-failure';"
        + "p.textContent='Redoc could not render the document: '+error;document.body.prepend(p);}"
        + "document.documentElement.setAttribute('data-redoc',error?'failed':'ready');});})();\n"
        + "</script>\n</body></html>\n";
  }

  /** Writes {@link #render(SpecDocument)} to {@code file}; returns it. */
  public static Path write(SpecDocument document, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(document), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JSON that can stand inside a script element: {@code <}, {@code >} and {@code &} occur only in
   * strings, where their escapes mean the same, so no {@code </script>} can end the element early.
   */
  private static String scriptSafe(ObjectNode spec) {
    try {
      return JSON.writeValueAsString(spec)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The document cannot be written as JSON", e);
    }
  }
}
