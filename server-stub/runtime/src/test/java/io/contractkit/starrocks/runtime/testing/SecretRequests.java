package io.contractkit.starrocks.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Requests that carry real-looking credentials (an IAM token, an AK/SK signature with a temporary
 * credential's security token), and the check that a log shows none of them.
 */
public final class SecretRequests {

  /** The length and alphabet of an IAM token (the real ones are a few kB of base64). */
  public static final String TOKEN =
      "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG9w0BBwGgghe"
          + "UBIIXkHsidG9rZW4iOnsiZXhwaXJlc19hdCI6IjIwMjYtMTEtMjZUMDI6MTU6MDAuMDAwMDAwWiIsIm1ldGhvZHMiOlsicGFzc3dvcmQiXX19"
              .repeat(8);

  public static final String ACCESS_KEY_ID = "HPUAL7YOXNZ1Q2W3E4R5";
  public static final String SIGNATURE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  public static final String SECURITY_TOKEN =
      "gQpjbi1ub3J0aC00iZ0sS2R5UkJvVXpVb1JtZ2Z4dnZ2cHJzZWN1cml0eXRva2VuZXhhbXBsZQ"
          + "Zx".repeat(100);
  private static final String DATE = "20261125T021500Z";

  private SecretRequests() {}

  /**
   * The requests: accepted with a token, accepted with AK/SK, refused for a bad signature, an
   * unknown path.
   */
  public static void send(String baseUrl) {
    Http.validRequest(baseUrl).header("X-Auth-Token", TOKEN).send();
    Http.validRequest(baseUrl)
        .withoutHeader("X-Auth-Token")
        .header("Authorization", authorization(SIGNATURE))
        .header("X-Sdk-Date", DATE)
        .header("X-Security-Token", SECURITY_TOKEN)
        .send();
    Http.validRequest(baseUrl)
        .withoutHeader("X-Auth-Token")
        .header("Authorization", authorization(SIGNATURE + "zz"))
        .header("X-Security-Token", SECURITY_TOKEN)
        .send();
    Http.validRequest(baseUrl).header("X-Auth-Token", TOKEN).path("/v3/not/in/the/contract").send();
  }

  private static String authorization(String signature) {
    return "SDK-HMAC-SHA256 Access="
        + ACCESS_KEY_ID
        + ", SignedHeaders=content-type;host;x-sdk-date, Signature="
        + signature;
  }

  /** No secret, nor any part of it longer than the access key id's shown head, is in the output. */
  public static void assertNoSecretIn(String output) {
    for (String secret : List.of(TOKEN, SIGNATURE, SECURITY_TOKEN)) {
      for (int i = 0; i + 12 <= secret.length(); i += 6) {
        assertThat(output)
            .as("the log shows part of a secret")
            .doesNotContain(secret.substring(i, i + 12));
      }
    }
    assertThat(output)
        .as("the log shows more of the access key id than its head")
        .doesNotContain(ACCESS_KEY_ID.substring(0, 5));
  }
}
