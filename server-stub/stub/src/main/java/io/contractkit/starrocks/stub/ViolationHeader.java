package io.contractkit.starrocks.stub;

import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.Violation;
import java.util.List;

/**
 * The {@code X-Contract-Violations} response header: every violation of a refused request on one
 * line, separated by {@code " | "}, printable ASCII only, and bounded in length so that the answer
 * always fits the HTTP server's header limit.
 */
public final class ViolationHeader {

  public static final String NAME = "X-Contract-Violations";

  static final int MAX_LENGTH = 4000;
  private static final int MAX_ONE = 400;
  private static final String SEPARATOR = " | ";

  private ViolationHeader() {}

  public static String of(List<Violation> violations) {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < violations.size(); i++) {
      String one = Sanitized.of(violations.get(i).toString(), MAX_ONE);
      String more = " (+" + (violations.size() - i) + " more)";
      if (header.length() + SEPARATOR.length() + one.length() + more.length() > MAX_LENGTH) {
        return header.append(more).toString();
      }
      if (i > 0) {
        header.append(SEPARATOR);
      }
      header.append(one);
    }
    return header.toString();
  }
}
