package io.contractkit.starrocks.contract.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A named response example, the status it is documented under, and the name of the component
 * schema its body follows (what generated code names its model class after).
 */
public record ResponseExample(String name, int status, JsonNode value, String schemaName) {}
