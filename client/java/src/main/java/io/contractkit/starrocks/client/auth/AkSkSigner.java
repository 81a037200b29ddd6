package io.contractkit.starrocks.client.auth;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's AK/SK request signature, {@code SDK-HMAC-SHA256}, computed exactly as its official
 * Java SDK core computes it (the tests compare the two on generated requests).
 *
 * <p>The canonical request is, one per line: the method; the path, each segment percent-encoded
 * (RFC 3986 unreserved characters kept) and followed by {@code /}; the query, parameters sorted by
 * encoded name, values in their order; one {@code name:value} line per signed header, sorted; the
 * signed header names joined by {@code ;}; the hex SHA-256 of the body (or the value of {@value
 * #CONTENT_SHA256_HEADER} when the request sets it). Signed are all headers of the request except
 * {@code Content-Type} and names with {@code _}, plus {@code host} and {@value #DATE_HEADER}. The
 * string to sign is the algorithm, the date and the hex SHA-256 of the canonical request, one per
 * line; the signature is its hex HMAC-SHA256 under the secret key.
 */
public final class AkSkSigner {

  /** The signing algorithm, first word of the {@code Authorization} value. */
  public static final String ALGORITHM = "SDK-HMAC-SHA256";

  /** Header with the signing time, in UTC, as {@code yyyyMMdd'T'HHmmss'Z'}. */
  public static final String DATE_HEADER = "X-Sdk-Date";

  /** Header that, when set, replaces the body hash in the canonical request. */
  public static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

  public static final String AUTHORIZATION_HEADER = "Authorization";

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final HexFormat HEX = HexFormat.of();

  private final String accessKeyId;
  private final byte[] secretKey;

  public AkSkSigner(String accessKeyId, String secretAccessKey) {
    this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
    this.secretKey =
        Objects.requireNonNull(secretAccessKey, "secretAccessKey").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The headers that sign {@code request}: {@value #AUTHORIZATION_HEADER}, and {@value
   * #DATE_HEADER} unless the request already has one (its value is then what is signed).
   *
   * @param body the bytes the request will send, empty when it has no body
   * @param now the signing time, used when the request has no {@value #DATE_HEADER}
   */
  public Map<String, String> sign(HttpRequest request, byte[] body, Instant now) {
    Signature signature = signature(request, body, now);
    Map<String, String> added = new LinkedHashMap<>();
    if (request.headers().firstValue(DATE_HEADER).isEmpty()) {
      added.put(DATE_HEADER, signature.date());
    }
    added.put(AUTHORIZATION_HEADER, signature.authorization());
    return added;
  }

  /**
   * Every step of the signature of {@code request}, for conformance vectors that other languages'
   * signers must reproduce byte for byte, and for diagnosis; it holds no secret.
   *
   * @param date the {@value #DATE_HEADER} value signed (the request's own, else {@code now})
   * @param canonicalRequest the canonical request
   * @param stringToSign the string whose HMAC is the signature
   * @param signedHeaders the signed header names, joined by {@code ;}
   * @param authorization the {@value #AUTHORIZATION_HEADER} value
   */
  public record Signature(
      String date,
      String canonicalRequest,
      String stringToSign,
      String signedHeaders,
      String authorization) {}

  /** The signature of {@code request} with its intermediate steps (see {@link #sign}). */
  public Signature signature(HttpRequest request, byte[] body, Instant now) {
    String date =
        request.headers().firstValue(DATE_HEADER).orElseGet(() -> DATE_FORMAT.format(now));
    SortedMap<String, String> headers = signedHeaders(request, date);
    String signedHeaderNames = String.join(";", headers.keySet());
    String canonical = canonicalRequest(request, headers, signedHeaderNames, body);
    String stringToSign = ALGORITHM + "\n" + date + "\n" + HEX.formatHex(sha256(bytes(canonical)));
    String signature = HEX.formatHex(hmacSha256(secretKey, bytes(stringToSign)));
    String authorization =
        ALGORITHM
            + " Access="
            + accessKeyId
            + ", SignedHeaders="
            + signedHeaderNames
            + ", Signature="
            + signature;
    return new Signature(date, canonical, stringToSign, signedHeaderNames, authorization);
  }

  /** The canonical request the signature covers, for diagnosis; it holds no secret. */
  String canonicalRequest(HttpRequest request, byte[] body, String date) {
    SortedMap<String, String> headers = signedHeaders(request, date);
    return canonicalRequest(request, headers, String.join(";", headers.keySet()), body);
  }

  private static String canonicalRequest(
      HttpRequest request,
      SortedMap<String, String> headers,
      String signedHeaderNames,
      byte[] body) {
    StringBuilder canonicalHeaders = new StringBuilder();
    headers.forEach(
        (name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
    return String.join(
        "\n",
        request.method(),
        canonicalUri(request.uri()),
        canonicalQuery(request.uri().getRawQuery()),
        canonicalHeaders,
        signedHeaderNames,
        payloadHash(request, body));
  }

  private static SortedMap<String, String> signedHeaders(HttpRequest request, String date) {
    SortedMap<String, String> headers = new TreeMap<>();
    request
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.contains("_")
                  && !values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.US), values.get(0));
              }
            });
    headers.put("host", host(request.uri()));
    headers.put(DATE_HEADER.toLowerCase(Locale.US), date);
    return headers;
  }

  /** The Host header java.net.http sends: the port only when it is not the scheme's default. */
  private static String host(URI uri) {
    int port = uri.getPort();
    boolean secure = "https".equalsIgnoreCase(uri.getScheme());
    boolean defaultPort = port == -1 || (secure ? port == 443 : port == 80);
    return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
  }

  private static String canonicalUri(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.equals("/")) {
      return "/";
    }
    StringBuilder canonical = new StringBuilder();
    for (String segment : path.split("/")) {
      canonical.append(encode(decode(segment))).append('/');
    }
    return canonical.toString();
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    SortedMap<String, List<String>> parameters = new TreeMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters
          .computeIfAbsent(encode(decode(name)), key -> new ArrayList<>())
          .add(encode(decode(value)));
    }
    List<String> canonical = new ArrayList<>();
    parameters.forEach(
        (name, values) -> values.forEach(value -> canonical.add(name + "=" + value)));
    return String.join("&", canonical);
  }

  private static String payloadHash(HttpRequest request, byte[] body) {
    return request
        .headers()
        .firstValue(CONTENT_SHA256_HEADER)
        .orElseGet(() -> HEX.formatHex(sha256(body)));
  }

  /** Percent-encodes all but the RFC 3986 unreserved characters, with upper-case hex digits. */
  static String encode(String text) {
    byte[] utf8 = bytes(text);
    StringBuilder encoded = new StringBuilder(utf8.length);
    for (byte b : utf8) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded
            .append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  /** Undoes percent-encoding ({@code +} stays a plus sign); a malformed escape stays as it is. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 2 < text.length()
          && isHex(text.charAt(i + 1))
          && isHex(text.charAt(i + 2))) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          raw = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(raw, 0, raw.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] hmacSha256(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      // The key is never part of the message.
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "AkSkSigner[accessKeyId=" + HeaderValues.masked(accessKeyId) + ", secretAccessKey=****]";
  }
}
