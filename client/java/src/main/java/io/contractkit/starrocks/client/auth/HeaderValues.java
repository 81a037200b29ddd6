package io.contractkit.starrocks.client.auth;

import java.util.Objects;

/** Checks credential parts that travel in a header, without ever quoting them. */
final class HeaderValues {

  private HeaderValues() {}

  /**
   * The value, if it is non-blank visible ASCII. Checked here because java.net.http would reject it
   * later with a message that quotes the value, and the value may be a secret.
   */
  static String require(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            name + " has a character a header cannot carry, at index " + i);
      }
    }
    return value;
  }

  /**
   * The first characters of an access key ID and a mask: enough to tell which key a client holds,
   * not enough to use or look it up. The ID is no secret to the provider (it travels in every
   * signature), but a full ID in a log is half of what an attacker needs.
   */
  static String masked(String accessKeyId) {
    int shown = Math.min(4, accessKeyId.length() / 4);
    return accessKeyId.substring(0, shown) + "****";
  }
}
