package io.contractkit.starrocks.review.compat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMultipleOf;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * openapi-diff's opinion, as a second engine behind the gate's own rules. Its checks where this
 * contract's policy is deliberately different are switched off, each with the reason; everything
 * else it calls incompatible fails the gate even when no rule of ours names it.
 */
public final class OpenApiDiffCrossCheck {

  /** openapi-diff properties switched off, and why. */
  public static final Map<String, String> OVERRIDDEN =
      Map.ofEntries(
          Map.entry(
              "incompatible.schema.pattern.changed",
              "openapi-diff calls every pattern change incompatible; the `pattern` rule compares"
                  + " the patterns as languages and lets a loosened request pattern through"),
          Map.entry(
              "incompatible.response.enum.increased",
              "this contract's clients keep enum values they do not know (the `enum` rule)"),
          Map.entry(
              "incompatible.response.min.length.increased",
              "a longer minimum in a response only narrows what clients get (the `length` rule)"),
          // The rest each answer a case of the breaking-change corpus (api/review's
          // src/test/resources/corpus) where openapi-diff alone called a compatible change
          // incompatible.
          Map.entry(
              "incompatible.request.max.length.decreased",
              "openapi-diff ignores the pattern: a maxLength the pattern already implies rules out"
                  + " nothing (the `length` rule judges both together;"
                  + " cookie-parameter-max-length-added)"),
          Map.entry(
              "incompatible.request.params.decreased",
              "openapi-diff compares header parameter names case-sensitively; the"
                  + " `parameter-removed` rule compares them as HTTP does"
                  + " (header-parameter-name-case-changed)"),
          Map.entry(
              "incompatible.response.headers.decreased",
              "openapi-diff compares response header names case-sensitively; the"
                  + " `response-header` rule compares them as HTTP does"
                  + " (response-header-name-case-changed)"),
          Map.entry(
              "incompatible.openapi.endpoints.decreased",
              "openapi-diff 2.1.7 reports a missing endpoint when a required request body becomes"
                  + " optional; the `operation-removed` rule finds removed operations"
                  + " (request-body-made-optional)"),
          Map.entry(
              "incompatible.security.requirements.decreased",
              "openapi-diff calls an operation that stops asking for credentials incompatible;"
                  + " the `security` rule checks that every old way in still works"
                  + " (security-removed-from-operation)"),
          Map.entry(
              "incompatible.security.scheme.bearer.format.changed",
              "bearerFormat is a documentation hint (OpenAPI 3.0.3); the `security` rule lists"
                  + " its change (security-bearer-format-changed)"),
          Map.entry(
              "incompatible.security.requirement.schemes.increased",
              "openapi-diff compares an API key's header name case-sensitively; the `security`"
                  + " rule compares it as HTTP does, and finds schemes added to an alternative"
                  + " (security-api-key-header-name-case-changed)"));

  /**
   * openapi-diff findings it cannot switch off by a property, ignored for the same reason: a lower
   * maxItems is incompatible to openapi-diff even in a response, where the `array-size` rule knows
   * that a promise of fewer items breaks no one (response-max-items-lowered); any change of
   * multipleOf is incompatible to it, where the `numeric-range` rule knows that a finer request
   * multipleOf still accepts every old value (request-multiple-of-finer).
   */
  static final Predicate<Changed> IGNORED =
      change ->
          (change instanceof ChangedMaxItems maxItems && maxItems.getContext().isResponse())
              || change instanceof ChangedMultipleOf;

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
        incompatible(diff, IGNORED), diff.isDifferent(), out.toString(StandardCharsets.UTF_8));
  }

  /**
   * openapi-diff's own verdict (a composed change is incompatible when its own part or any part
   * below it is), recomputed with the {@code ignored} findings left out.
   */
  static boolean incompatible(Changed change, Predicate<Changed> ignored) {
    if (change == null || ignored.test(change)) {
      return false;
    }
    if (change instanceof ComposedChanged composed) {
      return composed.isCoreChanged().isIncompatible()
          || composed.getChangedElements().stream()
              .anyMatch(element -> incompatible(element, ignored));
    }
    return change.isIncompatible();
  }
}
