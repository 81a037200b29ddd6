package io.contractkit.starrocks.contract.cases;

import java.util.Map;

/**
 * One request the suite sends and what a conforming server must answer. The name says what the case
 * shows, so the test report lists every example and every derived case by name.
 *
 * @param path the request path with parameters filled in and percent-encoded
 * @param body the raw body, or {@code null} for none (raw, so malformed JSON can be sent too)
 */
public record HttpCase(
    String name,
    String method,
    String path,
    Map<String, String> headers,
    String body,
    Expectation expect) {

  @Override
  public String toString() {
    return name;
  }
}
