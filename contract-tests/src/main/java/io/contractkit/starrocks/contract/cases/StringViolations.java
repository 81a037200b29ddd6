package io.contractkit.starrocks.contract.cases;

import io.contractkit.starrocks.model.FieldBoundaries;
import java.util.List;
import java.util.Optional;

/**
 * Turns a valid string into one that breaks a single boundary of its field while keeping the others
 * where it can, so that a rejection can be traced to that boundary. Patterns are evaluated by the
 * model's {@link io.contractkit.starrocks.model.EcmaPattern}.
 */
final class StringViolations {

  // Characters that identifiers, IDs and keywords in this kind of API do not allow.
  private static final List<String> FOREIGN = List.of("-", " ", "#", ".", "é", "*", "/");

  private StringViolations() {}

  /** Replaces one character so that the pattern no longer matches, length unchanged. */
  static Optional<String> breakPattern(String valid, FieldBoundaries field) {
    int length = valid.length();
    for (int position : new int[] {length / 2, length - 1, 0}) {
      for (String foreign : FOREIGN) {
        if (position < 0 || length == 0) {
          continue;
        }
        String candidate = valid.substring(0, position) + foreign + valid.substring(position + 1);
        if (!field.pattern().matches(candidate) && withinLength(candidate, field)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> tooShort(String valid, FieldBoundaries field) {
    Integer min = field.minLength();
    if (min == null || min == 0 || valid.length() < min) {
      return Optional.empty();
    }
    return Optional.of(valid.substring(0, min - 1));
  }

  static Optional<String> tooLong(String valid, FieldBoundaries field) {
    Integer max = field.maxLength();
    if (max == null || valid.isEmpty()) {
      return Optional.empty();
    }
    String filler = valid.substring(valid.length() - 1);
    return Optional.of(valid + filler.repeat(Math.max(1, max + 1 - valid.length())));
  }

  static Optional<String> notListed(FieldBoundaries field) {
    if (!field.isEnum()) {
      return Optional.empty();
    }
    String candidate = "not_" + field.allowed().get(0);
    return field.allowed().contains(candidate) ? Optional.empty() : Optional.of(candidate);
  }

  private static boolean withinLength(String value, FieldBoundaries field) {
    return (field.minLength() == null || value.length() >= field.minLength())
        && (field.maxLength() == null || value.length() <= field.maxLength());
  }
}
