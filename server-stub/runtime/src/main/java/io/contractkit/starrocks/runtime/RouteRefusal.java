package io.contractkit.starrocks.runtime;

import io.contractkit.starrocks.model.ApiOperation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer to a request whose path or method the contract does not have: a 404 or a 405 with the
 * stub's own error code, the whole request path quoted (head and tail kept if it is very long) and
 * what the contract has instead. Shared by the stub and the reference server, so that both word it
 * the same way.
 *
 * @param error {@link StubError#UNKNOWN_PATH} or {@link StubError#METHOD_NOT_ALLOWED}
 * @param message the {@code error_msg}
 * @param allow the {@code Allow} header of a 405
 */
public record RouteRefusal(StubError error, String message, Optional<String> allow) {

  /** The longest request path quoted whole in a message; longer ones keep their head and tail. */
  static final int MAX_PATH = 1024;

  /** Why a request with this method and path has no operation in the contract. */
  public static RouteRefusal of(ContractRuntime contract, String method, String path) {
    List<ApiOperation> onPath = contract.operationsOnPath(path);
    if (onPath.isEmpty()) {
      return new RouteRefusal(
          StubError.UNKNOWN_PATH,
          "The contract has no operation on "
              + Sanitized.whole(method, 32)
              + " "
              + Sanitized.whole(path, MAX_PATH)
              + "; it has "
              + contract.operations().stream()
                  .map(o -> o.method() + " " + o.path())
                  .collect(Collectors.joining(", ")),
          Optional.empty());
    }
    String allowed = onPath.stream().map(ApiOperation::method).collect(Collectors.joining(", "));
    return new RouteRefusal(
        StubError.METHOD_NOT_ALLOWED,
        "The contract allows only "
            + allowed
            + " on "
            + onPath.get(0).path()
            + ", not "
            + Sanitized.whole(method, 32),
        Optional.of(allowed));
  }

  public int status() {
    return error.status();
  }
}
