package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.EcmaPattern;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether one scalar JSON value fits a scalar schema (type, enum, length, pattern, range).
 *
 * <p>Built once per schema with its pattern compiled, so that deciding whether a request value may
 * be echoed into an answer costs next to nothing per request.
 */
final class SchemaFit {

  private final String type;
  private final List<?> allowed;
  private final Integer minLength;
  private final Integer maxLength;
  private final EcmaPattern pattern;
  private final BigDecimal minimum;
  private final BigDecimal maximum;

  private SchemaFit(Schema<?> schema) {
    this.type = schema.getType();
    this.allowed = schema.getEnum();
    this.minLength = schema.getMinLength();
    this.maxLength = schema.getMaxLength();
    this.pattern = schema.getPattern() == null ? null : EcmaPattern.compile(schema.getPattern());
    this.minimum = schema.getMinimum();
    this.maximum = schema.getMaximum();
  }

  static SchemaFit of(Schema<?> schema) {
    return new SchemaFit(schema);
  }

  static boolean isScalar(Schema<?> schema) {
    String type = schema == null ? null : schema.getType();
    return "string".equals(type)
        || "integer".equals(type)
        || "number".equals(type)
        || "boolean".equals(type);
  }

  /** Why the value does not fit, or empty when it does. */
  Optional<String> problem(JsonNode value) {
    switch (type) {
      case "string" -> {
        if (!value.isTextual()) {
          return Optional.of("is not a string");
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (minLength != null && length < minLength) {
          return Optional.of("is shorter than minLength " + minLength);
        }
        if (maxLength != null && length > maxLength) {
          return Optional.of("is longer than maxLength " + maxLength);
        }
        if (pattern != null && !pattern.matches(text)) {
          return Optional.of("does not match pattern " + pattern.source());
        }
        if (allowed != null
            && !allowed.isEmpty()
            && allowed.stream().noneMatch(a -> text.equals(String.valueOf(a)))) {
          return Optional.of("is not one of " + allowed);
        }
        return Optional.empty();
      }
      case "integer", "number" -> {
        if (!value.isNumber() || ("integer".equals(type) && !value.isIntegralNumber())) {
          return Optional.of("is not of type " + type);
        }
        BigDecimal number = value.decimalValue();
        if (minimum != null && number.compareTo(minimum) < 0) {
          return Optional.of("is below minimum " + minimum);
        }
        if (maximum != null && number.compareTo(maximum) > 0) {
          return Optional.of("is above maximum " + maximum);
        }
        return Optional.empty();
      }
      case "boolean" -> {
        return value.isBoolean() ? Optional.empty() : Optional.of("is not a boolean");
      }
      default -> {
        return Optional.of("is not a scalar");
      }
    }
  }
}
