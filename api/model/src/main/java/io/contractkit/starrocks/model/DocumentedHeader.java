package io.contractkit.starrocks.model;

import io.swagger.v3.oas.models.media.Schema;

/**
 * A header a response documents.
 *
 * @param name its name
 * @param required whether the response always carries it
 * @param schema its resolved schema, or null
 * @param example its documented example (the header's, else its schema's), or null
 */
public record DocumentedHeader(String name, boolean required, Schema<?> schema, String example) {}
