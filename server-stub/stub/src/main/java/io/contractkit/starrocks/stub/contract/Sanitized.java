package io.contractkit.starrocks.stub.contract;

/**
 * Client input quoted in a message or header: printable ASCII only, and short, so that an
 * answer can never carry control characters, break a header line or grow with the input.
 */
public final class Sanitized {

  static final int MAX_QUOTED = 80;

  private Sanitized() {}

  public static String of(String raw) {
    return of(raw, MAX_QUOTED);
  }

  public static String of(String raw, int max) {
    if (raw == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), max) + 3);
    for (int i = 0; i < raw.length() && out.length() < max; i++) {
      char c = raw.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (raw.length() > max) {
      out.append("...");
    }
    return out.toString();
  }
}
