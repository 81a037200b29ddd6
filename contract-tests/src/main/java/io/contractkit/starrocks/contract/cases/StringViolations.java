package io.contractkit.starrocks.contract.cases;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a valid string into one that breaks a single constraint of its schema while keeping the
 * others where it can, so that a rejection can be traced to that constraint.
 */
final class StringViolations {

  // Characters that identifiers, IDs and keywords in this kind of API do not allow.
  private static final List<String> FOREIGN = List.of("-", " ", "#", ".", "é", "*", "/");

  private StringViolations() {}

  /** Replaces one character so that the pattern no longer matches, length unchanged. */
  static Optional<String> breakPattern(String valid, Schema<?> schema) {
    Pattern pattern = Pattern.compile(schema.getPattern());
    int length = valid.length();
    for (int position : new int[] {length / 2, length - 1, 0}) {
      for (String foreign : FOREIGN) {
        if (position < 0 || length == 0) {
          continue;
        }
        String candidate = valid.substring(0, position) + foreign + valid.substring(position + 1);
        if (!pattern.matcher(candidate).find() && withinLength(candidate, schema)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> tooShort(String valid, Schema<?> schema) {
    Integer min = schema.getMinLength();
    if (min == null || min == 0 || valid.length() < min) {
      return Optional.empty();
    }
    return Optional.of(valid.substring(0, min - 1));
  }

  static Optional<String> tooLong(String valid, Schema<?> schema) {
    Integer max = schema.getMaxLength();
    if (max == null || valid.isEmpty()) {
      return Optional.empty();
    }
    String filler = valid.substring(valid.length() - 1);
    return Optional.of(valid + filler.repeat(max + 1 - valid.length()));
  }

  static Optional<String> notListed(Schema<?> schema) {
    if (schema.getEnum() == null || schema.getEnum().isEmpty()) {
      return Optional.empty();
    }
    String candidate = "not_" + schema.getEnum().get(0);
    return schema.getEnum().contains(candidate) ? Optional.empty() : Optional.of(candidate);
  }

  private static boolean withinLength(String value, Schema<?> schema) {
    return (schema.getMinLength() == null || value.length() >= schema.getMinLength())
        && (schema.getMaxLength() == null || value.length() <= schema.getMaxLength());
  }
}
