package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The concrete answer of a {@link HostileScenario} for one operation, and what an SDK must make of
 * it.
 *
 * @param scenario the scenario
 * @param operationId the operation it answers
 * @param status the HTTP status sent
 * @param headers the headers sent, in order ({@code Content-Type} first)
 * @param body the exact body text sent ("" for none)
 * @param delayMillis how long the stub waits before answering
 * @param expect the neutral outcome, in the form of {@code hostile.json}'s {@code expect}
 */
public record HostileAnswer(
    HostileScenario scenario,
    String operationId,
    int status,
    Map<String, String> headers,
    String body,
    long delayMillis,
    ObjectNode expect) {

  public HostileAnswer {
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
  }
}
