package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.http.Fault;
import io.contractkit.starrocks.runtime.PreferenceException;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.StubError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The network faults {@code Prefer: fault=<name>} can ask for: WireMock's own, by their names in
 * lower case ({@code connection_reset_by_peer}, {@code empty_response}, {@code
 * malformed_response_chunk}, {@code random_data_then_close}).
 */
public final class StubFaults {

  private StubFaults() {}

  public static List<String> names() {
    return Arrays.stream(Fault.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
  }

  static Fault named(String name) {
    return Arrays.stream(Fault.values())
        .filter(f -> f.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new PreferenceException(
                    StubError.MALFORMED_PREFER,
                    "Prefer: fault="
                        + Sanitized.whole(name, Sanitized.MAX_WHOLE)
                        + " is not a fault this stub knows; known faults: "
                        + names()));
  }
}
