package io.contractkit.starrocks.client.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value, as a string, is one of those the contract's {@code enum} names; {@code null} is valid.
 * The generated code puts it on enum properties and parameters: the models' enums are open (they
 * keep values the service adds), so only this check stops an unknown value from being sent.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

  /** The values the contract allows. */
  String[] value();

  String message() default "must be one of {value}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
