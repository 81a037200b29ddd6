package io.contractkit.starrocks.review.compat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * openapi-diff's opinion, as a second engine behind the gate's own rules. Its checks where this
 * contract's policy is deliberately different are switched off, each with the reason; everything
 * else it calls incompatible fails the gate even when no rule of ours names it.
 */
public final class OpenApiDiffCrossCheck {

  /** openapi-diff properties switched off, and why. */
  public static final Map<String, String> OVERRIDDEN =
      Map.of(
          "incompatible.schema.pattern.changed",
          "openapi-diff calls every pattern change incompatible; the `pattern` rule compares the"
              + " patterns as languages and lets a loosened request pattern through",
          "incompatible.response.enum.increased",
          "this contract's clients keep enum values they do not know (the `enum` rule)",
          "incompatible.response.min.length.increased",
          "a longer minimum in a response only narrows what clients get (the `length` rule)");

  private OpenApiDiffCrossCheck() {}

  /** What openapi-diff concluded, with its own Markdown rendering of the changes. */
  public record Result(boolean incompatible, boolean different, String markdown) {}

  /**
   * Compares two documents given as text (the model's {@code text()}); openapi-diff parses them
   * itself.
   */
  public static Result compare(String baselineText, String documentText) {
    OpenApiDiffOptions.Builder options = OpenApiDiffOptions.builder();
    OVERRIDDEN.keySet().forEach(property -> options.configProperty(property, "false"));
    ChangedOpenApi diff =
        OpenApiCompare.fromContents(baselineText, documentText, null, options.build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Result(
        diff.isIncompatible(), diff.isDifferent(), out.toString(StandardCharsets.UTF_8));
  }
}
