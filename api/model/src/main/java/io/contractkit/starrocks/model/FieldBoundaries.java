package io.contractkit.starrocks.model;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The boundaries the document sets a scalar field (a parameter or a body property): what case
 * derivation breaks one at a time. Absent bounds are empty / {@code null}.
 *
 * @param type the schema type ({@code string}, {@code integer}, ...), or null
 * @param minLength the minimum length in characters, or null
 * @param maxLength the maximum length in characters, or null
 * @param pattern the ECMA-262 pattern, or null
 * @param allowed the enumerated values as strings, empty when the field is not an enum
 * @param minimum the inclusive minimum, or null
 * @param maximum the inclusive maximum, or null
 * @param example the documented example value as a string, or null
 * @param defaultValue the documented default as a string, or null
 */
public record FieldBoundaries(
    String type,
    Integer minLength,
    Integer maxLength,
    EcmaPattern pattern,
    List<String> allowed,
    BigDecimal minimum,
    BigDecimal maximum,
    String example,
    String defaultValue) {

  public FieldBoundaries {
    allowed = List.copyOf(allowed);
  }

  public static FieldBoundaries of(Schema<?> schema) {
    if (schema == null) {
      return new FieldBoundaries(null, null, null, null, List.of(), null, null, null, null);
    }
    return new FieldBoundaries(
        schema.getType(),
        schema.getMinLength(),
        schema.getMaxLength(),
        schema.getPattern() == null ? null : EcmaPattern.compile(schema.getPattern()),
        schema.getEnum() == null
            ? List.of()
            : schema.getEnum().stream().map(String::valueOf).toList(),
        schema.getMinimum(),
        schema.getMaximum(),
        schema.getExample() == null ? null : String.valueOf(schema.getExample()),
        schema.getDefault() == null ? null : String.valueOf(schema.getDefault()));
  }

  public Optional<EcmaPattern> patternIfAny() {
    return Optional.ofNullable(pattern);
  }

  public boolean isEnum() {
    return !allowed.isEmpty();
  }

  /** Whether any string constraint (enum, pattern, length) is set. */
  public boolean constrainsStrings() {
    return isEnum() || pattern != null || minLength != null || maxLength != null;
  }

  /**
   * Whether a string value keeps every string boundary (length in UTF-16 units, as ECMA counts).
   */
  public boolean admits(String value) {
    return (minLength == null || value.length() >= minLength)
        && (maxLength == null || value.length() <= maxLength)
        && (pattern == null || pattern.matches(value))
        && (allowed.isEmpty() || allowed.contains(value));
  }

  /**
   * A documented valid value: the example, else the default, else the first enum value; empty when
   * the document shows none.
   */
  public Optional<String> documentedValue() {
    if (example != null) {
      return Optional.of(example);
    }
    if (defaultValue != null) {
      return Optional.of(defaultValue);
    }
    return allowed.isEmpty() ? Optional.empty() : Optional.of(allowed.get(0));
  }
}
