package io.contractkit.starrocks.review.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding ids: {@code <rule>-<12 hex digits>} from a SHA-256 of the rule, the direction and
 * the element's JSON pointer (never of the order of findings, a line number or the time), so that
 * the same change gets the same id in every run and on every machine, and a pull-request comment or
 * a code-scanning alert can follow it from one push to the next while lines move. Two findings that
 * would share an id (the same rule twice on one element, say minLength and maxLength) are told
 * apart by their text.
 */
public final class FindingIds {

  private FindingIds() {}

  public static String id(String rule, String direction, String pointer) {
    return rule + "-" + hash(rule + "\n" + direction + "\n" + pointer);
  }

  /** The id of a finding that shares its element and rule with another one. */
  public static String disambiguated(String id, String text) {
    return id + "-" + hash(text).substring(0, 6);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
