package io.contractkit.starrocks.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the {@code Prefer} request header the way Prism does: {@code Prefer: example=<name>},
 * {@code Prefer: code=<status>}, both together, plus this stub's {@code delay=<ms>} and {@code
 * fault=<name>}.
 *
 * <p>Preferences are separated by commas (several headers are read in order) or semicolons. As RFC
 * 7240 asks, a preference the stub does not know (such as {@code respond-async}) is ignored and the
 * first occurrence of a repeated one wins; a known one with a malformed value is an error, because
 * a test that asked for an outcome must not silently get another one.
 */
public final class PreferHeader {

  public static final String NAME = "Prefer";

  private PreferHeader() {}

  /** Parses every value of the header; {@link Preferences#NONE} when there is none. */
  public static Preferences parse(List<String> values) {
    String example = null;
    Integer code = null;
    Long delay = null;
    String fault = null;
    String hostile = null;
    if (values == null) {
      return Preferences.NONE;
    }
    for (String value : values) {
      for (String token : value.split("[,;]")) {
        int eq = token.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = token.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String raw = unquote(token.substring(eq + 1).trim());
        switch (key) {
          case "example" -> example = example != null ? example : requireName(key, raw);
          case "code" -> code = code != null ? code : parseStatus(raw);
          case "delay" -> delay = delay != null ? delay : parseDelay(raw);
          case "fault" ->
              fault = fault != null ? fault : requireName(key, raw).toLowerCase(Locale.ROOT);
          case "hostile" ->
              hostile = hostile != null ? hostile : requireName(key, raw).toLowerCase(Locale.ROOT);
          default -> {
            // not ours: ignored, as RFC 7240 asks
          }
        }
      }
    }
    return new Preferences(
        Optional.ofNullable(example),
        code == null ? OptionalInt.empty() : OptionalInt.of(code),
        delay == null ? OptionalLong.empty() : OptionalLong.of(delay),
        Optional.ofNullable(fault),
        Optional.ofNullable(hostile));
  }

  private static String unquote(String raw) {
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw;
  }

  private static String requireName(String key, String raw) {
    if (raw.isEmpty()) {
      throw new PreferenceException(
          StubError.MALFORMED_PREFER, "Prefer: " + key + "= needs a value");
    }
    return raw;
  }

  private static int parseStatus(String raw) {
    try {
      int status = Integer.parseInt(raw);
      if (status >= 100 && status <= 599) {
        return status;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new PreferenceException(
        StubError.MALFORMED_PREFER,
        "Prefer: code="
            + Sanitized.whole(raw, Sanitized.MAX_WHOLE)
            + " is not an HTTP status code (100 to 599)");
  }

  private static long parseDelay(String raw) {
    try {
      long delay = Long.parseLong(raw);
      if (delay >= 0) {
        return delay;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new PreferenceException(
        StubError.MALFORMED_PREFER,
        "Prefer: delay="
            + Sanitized.whole(raw, Sanitized.MAX_WHOLE)
            + " is not a number of milliseconds (0 or more)");
  }
}
