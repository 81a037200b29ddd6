package io.contractkit.starrocks.runtime;

/**
 * One way a request breaks the contract.
 *
 * @param where the part of the request: {@code body.db_configs[0].value}, {@code path project_id},
 *     {@code header X-Auth-Token}, {@code Content-Type}, ...
 * @param rule what the contract asks there and how the request differs, in plain words
 */
public record Violation(String where, String rule) {

  @Override
  public String toString() {
    return where + ": " + rule;
  }
}
