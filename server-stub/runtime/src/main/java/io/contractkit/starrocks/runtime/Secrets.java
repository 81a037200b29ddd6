package io.contractkit.starrocks.runtime;

import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.CredentialScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of every log the stub and the reference server write: which request headers
 * are secret, how a secret value is shown, and a last pass that removes any secret value quoted
 * elsewhere in a text (a response, a violation).
 *
 * <p>Secret are the headers the document's security schemes put credentials in, plus the standard
 * and provider credential headers a client may send although the document does not ask for them (a
 * temporary AK/SK adds {@code X-Security-Token}, IAM answers with {@code X-Subject-Token}). A
 * masked value keeps its length and, for an AK/SK signature, its scheme, the first {@value
 * #ACCESS_KEY_SHOWN} characters of the access key id (enough to tell which key signed) and the
 * signed header names; never the signature.
 *
 * <p>Hand-written: WireMock has no redaction of its request log, and a log-framework pattern would
 * miss the stub's own outputs (the JUnit failure message, the console of the standalone jar). The
 * reference server uses Jersey's own header redaction with {@link #headerNames()}.
 */
public final class Secrets {

  /** What replaces a secret. */
  public static final String MASK = "****";

  /** How many leading characters of an AK/SK access key id a log may show. */
  static final int ACCESS_KEY_SHOWN = 4;

  /** Values shorter than this are not searched for in free text: they would mask ordinary words. */
  static final int MIN_REDACTED_LENGTH = 8;

  private static final List<String> ALWAYS_SECRET =
      List.of(
          "Authorization",
          "Proxy-Authorization",
          "Cookie",
          "Set-Cookie",
          "X-Auth-Token",
          "X-Security-Token",
          "X-Subject-Token");

  /** {@code <scheme> <name>=<value>, <name>=<value>...}, the form of a signature header. */
  private static final Pattern SCHEME_AND_PARAMETERS =
      Pattern.compile("^([A-Za-z0-9._~+/-]+)\\s+(\\S.*)$");

  private static final Pattern PARAMETER =
      Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*=\\s*(.*?)\\s*$");

  private static final Set<String> SIGNATURE_HEADERS =
      Set.of("authorization", "proxy-authorization");

  private final Set<String> lowerCaseNames;
  private final List<String> names;

  private Secrets(Collection<String> names) {
    this.names = List.copyOf(new LinkedHashSet<>(names));
    this.lowerCaseNames = new TreeSet<>();
    names.forEach(n -> lowerCaseNames.add(n.toLowerCase(Locale.ROOT)));
  }

  /** The secret headers of this contract: its header security schemes and the usual ones. */
  static Secrets of(ContractModel model) {
    List<String> names = new ArrayList<>(ALWAYS_SECRET);
    for (CredentialScheme scheme : model.securitySchemes()) {
      scheme.header().filter(name -> name != null).ifPresent(names::add);
    }
    return new Secrets(names);
  }

  /** The secret header names, as written (for a redaction list). */
  public List<String> headerNames() {
    return names;
  }

  public boolean isSecret(String headerName) {
    return headerName != null && lowerCaseNames.contains(headerName.toLowerCase(Locale.ROOT));
  }

  /** The value as a log may show it: unchanged for an ordinary header, masked for a secret one. */
  public String show(String headerName, String value) {
    if (!isSecret(headerName) || value == null) {
      return value;
    }
    if (SIGNATURE_HEADERS.contains(headerName.toLowerCase(Locale.ROOT))) {
      Matcher signature = SCHEME_AND_PARAMETERS.matcher(value);
      if (signature.matches()) {
        return Sanitized.of(signature.group(1), 64) + " " + maskParameters(signature.group(2));
      }
    }
    return masked(value);
  }

  private static String maskParameters(String parameters) {
    List<String> shown = new ArrayList<>();
    for (String part : parameters.split(",")) {
      Matcher parameter = PARAMETER.matcher(part);
      if (!parameter.matches()) {
        // Not name=value pairs (a bearer token, say): nothing of it can be shown.
        return masked(parameters);
      }
      String name = parameter.group(1);
      String value = parameter.group(2);
      if (name.equalsIgnoreCase("SignedHeaders")) {
        shown.add(name + "=" + Sanitized.of(value, 256));
      } else if (name.equalsIgnoreCase("Access") && value.length() > 2 * ACCESS_KEY_SHOWN) {
        shown.add(
            name
                + "="
                + Sanitized.of(value.substring(0, ACCESS_KEY_SHOWN), ACCESS_KEY_SHOWN)
                + MASK);
      } else {
        shown.add(name + "=" + MASK);
      }
    }
    return String.join(", ", shown);
  }

  private static String masked(String value) {
    return MASK + " (" + value.length() + " chars)";
  }

  /**
   * The text with every secret this request carries replaced by {@link #MASK}: the whole value of
   * each secret header and each parameter value of a signature header, wherever they are quoted.
   *
   * @param headerValues every value of a request header, by case-insensitive name (empty if none)
   */
  public String redact(String text, Function<String, List<String>> headerValues) {
    if (text == null) {
      return null;
    }
    List<String> secrets = new ArrayList<>();
    for (String name : names) {
      for (String value : headerValues.apply(name)) {
        if (value == null) {
          continue;
        }
        secrets.add(value.trim());
        Matcher signature = SCHEME_AND_PARAMETERS.matcher(value);
        if (signature.matches()) {
          for (String part : signature.group(2).split(",")) {
            Matcher parameter = PARAMETER.matcher(part);
            if (parameter.matches() && !parameter.group(1).equalsIgnoreCase("SignedHeaders")) {
              secrets.add(parameter.group(2));
            }
          }
        }
      }
    }
    // Longest first, so that a whole header value goes before the parameter it contains.
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    String redacted = text;
    for (String secret : secrets) {
      if (secret.length() >= MIN_REDACTED_LENGTH) {
        redacted = redacted.replace(secret, MASK);
      }
    }
    return redacted;
  }
}
