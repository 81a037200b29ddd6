package io.contractkit.starrocks.stub;

import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request the stub refused, and why: it broke the contract, or asked the stub for something the
 * document does not have ({@link #stubError()} says which).
 *
 * @param request method and URL, such as {@code PUT /v3/.../replication}
 * @param status the status the stub answered with
 * @param violations each problem found, at least one (secrets the request carried are masked)
 * @param stubError the stub's own error code when the request used the stub wrongly; empty when it
 *     broke the contract
 */
public record RecordedViolation(
    String request, int status, List<Violation> violations, Optional<StubError> stubError) {

  /** A request that broke the contract. */
  public RecordedViolation(String request, int status, List<Violation> violations) {
    this(request, status, violations, Optional.empty());
  }

  /**
   * Whether the request broke the contract (rather than asking the stub for what it does not have).
   */
  public boolean brokeTheContract() {
    return stubError.isEmpty();
  }

  @Override
  public String toString() {
    return request
        + " -> "
        + status
        + stubError.map(e -> " " + e.code()).orElse("")
        + violations.stream().map(v -> "\n    - " + v).collect(Collectors.joining());
  }
}
