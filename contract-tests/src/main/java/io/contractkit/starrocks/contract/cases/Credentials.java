package io.contractkit.starrocks.contract.cases;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.contractkit.starrocks.contract.model.CredentialScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Header values for each credential form the contract accepts. A scheme without a value pattern
 * (the IAM token) gets the configured token; a scheme with one (the AK/SK signature and date)
 * gets a value generated from the contract's {@code x-value-pattern}, so the well-formed shape
 * is read from the document rather than written here.
 */
public final class Credentials {

  private final String token;

  public Credentials(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  /** Headers that satisfy one security alternative of the contract. */
  public Map<String, String> headersFor(List<CredentialScheme> alternative) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (CredentialScheme scheme : alternative) {
      headers.put(scheme.header(), scheme.valuePattern() == null ? token : wellFormed(scheme.valuePattern()));
    }
    return headers;
  }

  /** The alternative a real deployment can be called with: the one that takes a plain token. */
  public static List<CredentialScheme> tokenAlternative(List<List<CredentialScheme>> alternatives) {
    return alternatives.stream()
        .filter(alternative -> alternative.stream().allMatch(scheme -> scheme.valuePattern() == null))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The contract offers no plain-token credential"));
  }

  static String wellFormed(String pattern) {
    return printable(pattern, true);
  }

  static String malformed(String pattern) {
    return printable(pattern, false);
  }

  // Generated strings go into HTTP headers, so only visible ASCII will do; retry until one is.
  private static String printable(String pattern, boolean matching) {
    RgxGen generator = RgxGen.parse(pattern);
    Random random = new Random(pattern.hashCode());
    for (int attempt = 0; attempt < 1_000; attempt++) {
      String value = matching ? generator.generate(random) : generator.generateNotMatching(random);
      if (!value.isEmpty() && value.chars().allMatch(c -> c > 0x20 && c < 0x7f || c == ' ')) {
        return value;
      }
    }
    throw new IllegalStateException("Cannot generate a header value for pattern " + pattern);
  }
}
