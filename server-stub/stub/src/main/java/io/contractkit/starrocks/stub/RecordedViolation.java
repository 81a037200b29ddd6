package io.contractkit.starrocks.stub;

import io.contractkit.starrocks.stub.contract.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the stub refused, and why: it broke the contract, or asked the stub for something
 * the document does not have.
 *
 * @param request method and URL, such as {@code PUT /v3/.../replication}
 * @param status the status the stub answered with
 * @param violations each problem found, at least one
 */
public record RecordedViolation(String request, int status, List<Violation> violations) {

  @Override
  public String toString() {
    return request
        + " -> "
        + status
        + violations.stream().map(v -> "\n    - " + v).collect(Collectors.joining());
  }
}
