package io.contractkit.starrocks.contract.model;

import io.swagger.v3.oas.models.media.Schema;

/** A path or header parameter: its name, whether it is required, its schema and example. */
public record ParameterSpec(String name, boolean required, Schema<?> schema, String example) {}
