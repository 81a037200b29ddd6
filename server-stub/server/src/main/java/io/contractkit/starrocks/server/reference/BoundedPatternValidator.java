package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.model.EcmaPattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;

/**
 * The validator of the generated {@code @Pattern} constraints, in place of Hibernate Validator's
 * (registered for {@link Pattern} in {@code META-INF/bounded-patterns.xml}, existing validators
 * excluded). Hibernate's runs java.util.regex without a bound: on the document's {@code
 * table_config} pattern, one 4,089-character value (a keyword, spaces, two semicolons) took it 30.7
 * s, measured on the 2-core build machine, so one request could hold a server thread that long.
 * This one asks {@link EcmaPattern#check}, the contract's own pattern policy (ECMA-262, as the
 * document means it, and the stub's), in bounded time.
 *
 * <p>A value that does not match fails with the constraint's usual message; a value no bounded
 * engine can decide (only for a pattern RE2/J cannot take) fails with a message that says so,
 * rather than being checked without a bound. The generator copies the document's pattern into
 * {@code regexp} and sets no {@code flags}.
 */
public final class BoundedPatternValidator implements ConstraintValidator<Pattern, CharSequence> {

  private EcmaPattern pattern;

  @Override
  public void initialize(Pattern annotation) {
    pattern = EcmaPattern.compile(annotation.regexp());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true; // @NotNull's business, as with Hibernate's own validator
    }
    return switch (pattern.check(value)) {
      case MATCHES -> true;
      case DOES_NOT_MATCH -> false;
      case UNDECIDED -> {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(
                "could not be checked in bounded time against \"{regexp}\"")
            .addConstraintViolation();
        yield false;
      }
    };
  }
}
