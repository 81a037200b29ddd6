package io.contractkit.starrocks.contract.cases;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.CredentialScheme;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.model.SecurityAlternative;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Header values for each credential form the contract accepts. A scheme without a value pattern
 * (the IAM token) gets the configured token; a scheme with one (the AK/SK signature and date) gets
 * a value generated from the contract's {@code x-value-pattern}, so the well-formed shape is read
 * from the document rather than written here. Whether a generated value fits is decided by the
 * model's {@link EcmaPattern}, the same policy as every other module's.
 */
public final class CredentialHeaders {

  private final String token;

  public CredentialHeaders(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  /** Headers that satisfy one security alternative of the contract. */
  public Map<String, String> headersFor(SecurityAlternative alternative) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (CredentialScheme scheme : alternative.schemes()) {
      scheme
          .header()
          .ifPresent(
              header ->
                  headers.put(
                      header,
                      scheme.valuePattern() == null ? token : wellFormed(scheme.valuePattern())));
    }
    return headers;
  }

  /** The alternative a real deployment can be called with: the one that takes a plain token. */
  public static SecurityAlternative tokenAlternative(ApiOperation operation) {
    return operation
        .tokenAlternative()
        .orElseThrow(
            () -> new IllegalStateException(operation + " offers no plain-token credential"));
  }

  static String wellFormed(EcmaPattern pattern) {
    return printable(pattern, true);
  }

  static String malformed(EcmaPattern pattern) {
    return printable(pattern, false);
  }

  // Generated strings go into HTTP headers, so only visible ASCII will do; retry until one is,
  // and until the model's pattern policy agrees with the generator.
  private static String printable(EcmaPattern pattern, boolean matching) {
    RgxGen generator = RgxGen.parse(pattern.source());
    Random random = new Random(pattern.source().hashCode());
    for (int attempt = 0; attempt < 1_000; attempt++) {
      String value = matching ? generator.generate(random) : generator.generateNotMatching(random);
      if (!value.isEmpty()
          && value.chars().allMatch(c -> c > 0x20 && c < 0x7f || c == ' ')
          && pattern.matches(value) == matching) {
        return value;
      }
    }
    throw new IllegalStateException("Cannot generate a header value for pattern " + pattern);
  }
}
