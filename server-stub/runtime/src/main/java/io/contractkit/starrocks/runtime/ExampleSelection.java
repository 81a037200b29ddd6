package io.contractkit.starrocks.runtime;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Chooses the documented answer a request gets, from its {@link Preferences}:
 *
 * <ul>
 *   <li>nothing asked: the first 2xx example, reflecting the request;
 *   <li>{@code code=<status>}: the first example of that status (reflecting for a 2xx);
 *   <li>{@code example=<name>}: that example, verbatim (with {@code code=}, the two must agree).
 * </ul>
 *
 * @param example the chosen example, empty when the status is documented without one
 * @param status the status to answer with
 * @param reflect whether the answer reflects the request's own values
 */
public record ExampleSelection(Optional<ResponseExample> example, int status, boolean reflect) {

  /**
   * @throws PreferenceException naming what is documented, when the request asks for more
   */
  public static ExampleSelection choose(ApiOperation operation, Preferences preferences) {
    if (preferences.example().isPresent()) {
      String name = preferences.example().get();
      ResponseExample example =
          operation
              .example(name)
              .orElseThrow(
                  () ->
                      new PreferenceException(
                          StubError.UNKNOWN_EXAMPLE,
                          "Prefer: example="
                              + Sanitized.whole(name, Sanitized.MAX_WHOLE)
                              + " is not documented for "
                              + operation.operationId()
                              + "; documented examples: "
                              + ContractRuntime.describeExamples(operation)));
      if (preferences.code().isPresent() && preferences.code().getAsInt() != example.status()) {
        throw new PreferenceException(
            StubError.PREFER_CONFLICT,
            "Prefer: example="
                + name
                + " is documented for status "
                + example.status()
                + ", not for code="
                + preferences.code().getAsInt()
                + "; drop code= or ask for an example of that status");
      }
      return new ExampleSelection(Optional.of(example), example.status(), false);
    }
    if (preferences.code().isPresent()) {
      int code = preferences.code().getAsInt();
      if (!operation.statuses().contains(code)) {
        throw new PreferenceException(
            StubError.UNDOCUMENTED_STATUS,
            "Prefer: code="
                + code
                + " is not documented for "
                + operation.operationId()
                + "; documented statuses: "
                + new TreeSet<>(operation.statuses()));
      }
      Optional<ResponseExample> example = operation.firstWithStatus(code);
      return new ExampleSelection(example, code, code >= 200 && code < 300);
    }
    Optional<ResponseExample> example = operation.defaultAnswer();
    int status =
        example
            .map(ResponseExample::status)
            .orElseGet(
                () ->
                    operation.statuses().stream()
                        .filter(s -> s >= 200 && s < 300)
                        .findFirst()
                        .orElse(200));
    return new ExampleSelection(example, status, true);
  }
}
