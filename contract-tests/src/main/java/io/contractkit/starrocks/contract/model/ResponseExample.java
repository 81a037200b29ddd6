package io.contractkit.starrocks.contract.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A named response example and the status it is documented under. */
public record ResponseExample(String name, int status, JsonNode value) {}
