package io.contractkit.starrocks.review.lint;

import io.swagger.v3.oas.models.media.Schema;

/**
 * One example in the document and the schema it must satisfy.
 *
 * @param location where the example is used (a JSON pointer)
 * @param name the example's name in an {@code examples} map, or {@code null} for a lone {@code
 *     example}
 * @param schema the schema the value must validate against
 * @param value the example value as the parser read it
 */
public record ExampleSite(String location, String name, Schema<?> schema, Object value) {}
