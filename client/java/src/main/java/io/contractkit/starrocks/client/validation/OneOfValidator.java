package io.contractkit.starrocks.client.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link OneOf}: compares {@code String.valueOf(value)} with the allowed values. */
public final class OneOfValidator implements ConstraintValidator<OneOf, Object> {

  private List<String> allowed = List.of();

  @Override
  public void initialize(OneOf annotation) {
    allowed = List.of(annotation.value());
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return value == null || allowed.contains(String.valueOf(value));
  }
}
