package io.contractkit.starrocks.runtime;

/**
 * Client input quoted in a message or header: printable ASCII only, and short, so that an answer
 * can never carry control characters, break a header line or grow with the input.
 */
public final class Sanitized {

  static final int MAX_QUOTED = 80;

  /** The bound of a value quoted whole in the stub's own error messages (see {@link #whole}). */
  public static final int MAX_WHOLE = 256;

  private Sanitized() {}

  public static String of(String raw) {
    return of(raw, MAX_QUOTED);
  }

  /**
   * The whole value when it is at most {@code max} characters long; otherwise its head and its tail
   * with {@code "..."} between them, so that both ends of a long path or name stay visible (where a
   * typo usually is, and what tells two long values apart).
   */
  public static String whole(String raw, int max) {
    if (raw == null) {
      return "null";
    }
    if (raw.length() <= max) {
      return of(raw, max);
    }
    int head = (max + 1) / 2;
    int tail = max - head;
    return of(raw.substring(0, head), head) + "..." + of(raw.substring(raw.length() - tail), tail);
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
