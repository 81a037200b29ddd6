package io.contractkit.starrocks.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;

/**
 * A parameter of an operation, references resolved.
 *
 * @param name the parameter's name (a header name as the document spells it)
 * @param location where it travels
 * @param required whether the operation requires it (path parameters always are)
 * @param description its description, or null
 * @param schema its resolved schema, or null
 * @param example its documented example (the parameter's, else its schema's), or null
 * @param boundaries the boundaries its schema sets
 */
public record ApiParameter(
    String name,
    ParameterLocation location,
    boolean required,
    String description,
    Schema<?> schema,
    String example,
    FieldBoundaries boundaries) {

  /** A valid value the document shows: the example, else the default, else the first enum value. */
  public Optional<String> documentedValue() {
    return example != null ? Optional.of(example) : boundaries.documentedValue();
  }
}
