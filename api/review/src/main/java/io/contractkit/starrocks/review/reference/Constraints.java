package io.contractkit.starrocks.review.reference;

import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/** A schema's type and its constraints, in words, for the reference page. */
final class Constraints {

  private Constraints() {}

  static String type(SpecDocument document, Schema<?> declared) {
    Schema<?> schema = document.schema(declared);
    String name =
        declared.get$ref() == null ? "" : " (" + SpecDocument.refName(declared.get$ref()) + ")";
    if (schema == null) {
      return "";
    }
    String type =
        schema.getType() != null
            ? schema.getType()
            : schema.getProperties() != null ? "object" : "any";
    if ("array".equals(type) && schema.getItems() != null) {
      return "array of " + type(document, schema.getItems()) + name;
    }
    return type + (schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")") + name;
  }

  static List<String> of(Schema<?> schema) {
    List<String> constraints = new ArrayList<>();
    if (schema.getPattern() != null) {
      constraints.add(
          "pattern <code class=\"pattern\">" + Html.escape(schema.getPattern()) + "</code>");
    }
    if (schema.getMinLength() != null || schema.getMaxLength() != null) {
      constraints.add(range("characters", schema.getMinLength(), schema.getMaxLength()));
    }
    if (schema.getMinItems() != null || schema.getMaxItems() != null) {
      constraints.add(range("items", schema.getMinItems(), schema.getMaxItems()));
    }
    if (Boolean.TRUE.equals(schema.getUniqueItems())) {
      constraints.add("items unique");
    }
    if (schema.getMinimum() != null) {
      constraints.add(
          (Boolean.TRUE.equals(schema.getExclusiveMinimum()) ? "greater than " : "at least ")
              + schema.getMinimum().toPlainString());
    }
    if (schema.getMaximum() != null) {
      constraints.add(
          (Boolean.TRUE.equals(schema.getExclusiveMaximum()) ? "less than " : "at most ")
              + schema.getMaximum().toPlainString());
    }
    if (schema.getMultipleOf() != null) {
      constraints.add("multiple of " + schema.getMultipleOf().toPlainString());
    }
    if (schema.getEnum() != null) {
      List<String> values = new ArrayList<>();
      schema
          .getEnum()
          .forEach(value -> values.add("<code>" + Html.escape(String.valueOf(value)) + "</code>"));
      constraints.add("one of " + String.join(", ", values));
    }
    if (schema.getDefault() != null) {
      constraints.add(
          "default <code>" + Html.escape(String.valueOf(schema.getDefault())) + "</code>");
    }
    if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
      constraints.add("no other fields");
    }
    if (Boolean.TRUE.equals(schema.getNullable())) {
      constraints.add("nullable");
    }
    if (Boolean.TRUE.equals(schema.getReadOnly())) {
      constraints.add("read-only");
    }
    if (Boolean.TRUE.equals(schema.getWriteOnly())) {
      constraints.add("write-only");
    }
    if (schema.getExample() != null) {
      constraints.add(
          "example <code>" + Html.escape(String.valueOf(schema.getExample())) + "</code>");
    }
    return constraints;
  }

  private static String range(String unit, Integer min, Integer max) {
    if (min != null && max != null) {
      return min.equals(max) ? "exactly " + min + " " + unit : min + " to " + max + " " + unit;
    }
    return min != null ? "at least " + min + " " + unit : "at most " + max + " " + unit;
  }
}
