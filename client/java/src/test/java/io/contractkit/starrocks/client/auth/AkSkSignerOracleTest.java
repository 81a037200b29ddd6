package io.contractkit.starrocks.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import io.contractkit.starrocks.client.Contract;
import io.contractkit.starrocks.client.invoker.ApiClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The signer against the oracle: the provider's official Java SDK core ({@code
 * huaweicloud-sdk-core}), signing the same request at the same time with the same keys, must
 * produce the same {@code Authorization} header, for every one of many generated requests.
 *
 * <p>The requests are generated from a seeded {@link Random} (set {@code -Daksk.seed=N} to try
 * others): methods, paths with unicode and reserved characters, query strings with repeated and
 * empty values, extra headers (mixed case, with {@code _}, {@code Content-Type}, a preset {@code
 * X-Sdk-Date} or {@code X-Sdk-Content-Sha256}), empty and non-empty bodies, optional project id and
 * security token. Each request is given to the SDK as its own builder would carry it (raw path and
 * query values) and to this client as java.net.http would send it (percent-encoded the way the
 * generated client encodes).
 */
class AkSkSignerOracleTest {

  private static final int REQUESTS = 2_000;
  private static final long SEED = Long.getLong("aksk.seed", 20261125L);

  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final List<String> ENDPOINTS =
      List.of(
          "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com",
          "http://127.0.0.1:8080",
          "https://gateway.example.test:8443");

  private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH"};

  /** Characters for paths, query values, bodies and secrets: reserved, unicode, astral. */
  private static final int[] TEXT =
      ("abcXYZ0189-._~ !$&'()*+,;=:@%\"<>[]{}|\\^`" + "äöüßéñçøåÆ中文字한국어日本語ⅣΩ€" + "😀🚀𝄞")
          .codePoints()
          .toArray();

  /**
   * Characters for query parameter names; see {@link
   * #sign_query_names_the_sdk_encodes_as_the_service_does}.
   */
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";

  /**
   * Characters for header values. Values never start or end with a space: java.net.http and the
   * SDK's OkHttp both trim them before sending while the SDK signs them untrimmed, so no such
   * request reaches a server.
   */
  private static final String HEADER_VALUE_CHARS = "abcXYZ0189 -_.,;:=/+*!#$%&'()<>?@[]{}|~^`\"\\";

  @Test
  void signs_every_generated_request_exactly_as_the_providers_official_sdk_does() {
    Random random = new Random(SEED);
    Map<String, Integer> seen = new TreeMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      Generated request = Generated.random(random);
      request.tally(seen);

      String ours = request.signedByThisClient();
      String theirs = request.signedByTheSdk();

      assertThat(ours)
          .as(
              "request %d of seed %d:%n%s%nour canonical request:%n%s%nthe SDK's:%n%s",
              i, SEED, request, request.ourCanonicalRequest(), request.sdkCanonicalRequest())
          .isEqualTo(theirs);
    }
    // The generator really produced the cases the comparison is meant to cover.
    assertThat(seen)
        .containsKeys(
            "query",
            "repeated query name",
            "empty query value",
            "non-ASCII path",
            "non-ASCII query value",
            "empty body",
            "non-empty body",
            "non-ASCII body",
            "extra headers",
            "header with _",
            "Content-Type",
            "preset X-Sdk-Date",
            "X-Sdk-Content-Sha256",
            "project id",
            "security token",
            "contract path");
    seen.forEach((feature, count) -> assertThat(count).as(feature).isGreaterThan(REQUESTS / 50));
  }

  @Test
  void the_contracts_request_examples_are_signed_as_the_sdk_signs_them() {
    Random random = new Random(SEED);
    for (Contract.NamedExample example : Contract.requestExamples()) {
      Generated request = Generated.contractCall(random, example.value().toString());
      assertThat(request.signedByThisClient())
          .as(example.name())
          .isEqualTo(request.signedByTheSdk());
    }
  }

  /**
   * Why query parameter names above are drawn from RFC 3986 unreserved characters: the SDK
   * (3.1.170) puts a name into the URL unencoded and adds the encoded name too, so a name that
   * needs encoding appears twice in its canonical query, and the service (which sees one parameter)
   * would reject that signature. This client signs such a name once, encoded.
   */
  @Test
  void sign_query_names_the_sdk_encodes_as_the_service_does() {
    AkSkSigner signer = new AkSkSigner("AK", "SK");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("https://h.example/a?n%C3%A4me=v%20w&b=1")).GET().build();

    assertThat(signer.canonicalRequest(request, new byte[0], "20260101T000000Z").split("\n")[2])
        .isEqualTo("b=1&n%C3%A4me=v%20w");
  }

  /** One request, described once, and given to both signers. */
  private static final class Generated {
    String method;
    String endpoint;
    List<String> segments = new ArrayList<>();
    Map<String, List<String>> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    String body = "";
    String accessKey;
    String secretKey;
    String projectId;
    String securityToken;
    Instant signingTime;
    boolean contractPath;

    static Generated random(Random random) {
      Generated request = new Generated();
      request.method = METHODS[random.nextInt(METHODS.length)];
      request.endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
      if (random.nextInt(5) == 0) {
        request.contractPath = true;
        request.segments.addAll(
            List.of(
                Contract.path(Contract.projectId(), Contract.instanceId())
                    .substring(1)
                    .split("/")));
      } else {
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
          // The SDK builds a java.net.URL from text, which drops a space that ends the path: no
          // such request leaves the SDK, so segments do not end (or start) with one.
          String segment = text(random, 1, 10).strip();
          request.segments.add(segment.isEmpty() ? "s" : segment);
        }
      }
      if (random.nextBoolean()) {
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
          List<String> values = new ArrayList<>();
          for (int v = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1); v > 0; v--) {
            values.add(random.nextInt(6) == 0 ? "" : text(random, 1, 8));
          }
          request.query.putIfAbsent(chars(random, NAME_CHARS, 1, 6), values);
        }
      }
      request.headers.put(mixedCase(random, "Accept"), "application/json");
      Set<String> names = new LinkedHashSet<>();
      for (int n = random.nextInt(5); n > 0; n--) {
        String name =
            "X-"
                + chars(random, "abcdefghijklmnopqrstuvwxyz0123456789-", 1, 10)
                + (random.nextInt(6) == 0 ? "_" + chars(random, "abc", 1, 3) : "");
        if (names.add(name.toLowerCase(Locale.ROOT))) {
          request.headers.put(
              mixedCase(random, name), chars(random, HEADER_VALUE_CHARS, 0, 20).strip());
        }
      }
      if (random.nextInt(3) == 0) {
        request.headers.put(
            "Content-Type",
            random.nextBoolean() ? "application/json" : "application/json;charset=UTF-8");
      }
      if (random.nextInt(8) == 0) {
        request.headers.put("X-Language", random.nextBoolean() ? "en-us" : "zh-cn");
      }
      request.signingTime = Instant.ofEpochSecond(1_500_000_000L + random.nextInt(500_000_000));
      if (random.nextInt(8) == 0) {
        request.headers.put(
            AkSkSigner.DATE_HEADER, SDK_DATE.format(request.signingTime.minusSeconds(3600)));
      }
      if (random.nextInt(10) == 0) {
        request.headers.put(AkSkSigner.CONTENT_SHA256_HEADER, "UNSIGNED-PAYLOAD");
      }
      int bodyKind = random.nextInt(4);
      request.body = bodyKind == 0 ? "" : bodyKind == 1 ? "{}" : text(random, 1, 200);
      request.accessKey = chars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20, 20);
      request.secretKey = text(random, 10, 40);
      request.projectId = random.nextBoolean() ? chars(random, "0123456789abcdef", 32, 32) : null;
      request.securityToken =
          random.nextInt(4) == 0
              ? chars(
                  random,
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
                  20,
                  60)
              : null;
      return request;
    }

    static Generated contractCall(Random random, String body) {
      Generated request = new Generated();
      request.method = "PUT";
      request.endpoint = ENDPOINTS.get(0);
      request.contractPath = true;
      request.segments.addAll(
          List.of(
              Contract.path(Contract.projectId(), Contract.instanceId()).substring(1).split("/")));
      request.headers.put("Content-Type", "application/json");
      request.headers.put("Accept", "application/json");
      request.body = body;
      request.accessKey = chars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20, 20);
      request.secretKey = chars(random, "abcdefghijklmnopqrstuvwxyz0123456789", 40, 40);
      request.projectId = Contract.projectId();
      request.signingTime = Instant.ofEpochSecond(1_764_000_000L);
      return request;
    }

    /** The request as java.net.http sends it, encoded the way the generated client encodes. */
    HttpRequest.Builder forThisClient() {
      StringBuilder uri = new StringBuilder(endpoint);
      for (String segment : segments) {
        uri.append('/').append(ApiClient.urlEncode(segment));
      }
      List<String> pairs = new ArrayList<>();
      query.forEach(
          (name, values) ->
              values.forEach(value -> pairs.add(name + "=" + ApiClient.urlEncode(value))));
      if (!pairs.isEmpty()) {
        uri.append('?').append(String.join("&", pairs));
      }
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(uri.toString()))
              .method(
                  method,
                  body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(builder::header);
      return builder;
    }

    String signedByThisClient() {
      AccessKeyCredentials credentials =
          Credentials.accessKey(accessKey, secretKey)
              .withClock(Clock.fixed(signingTime, ZoneOffset.UTC));
      if (projectId != null) {
        credentials = credentials.withProjectId(projectId);
      }
      if (securityToken != null) {
        credentials = credentials.withSecurityToken(securityToken);
      }
      HttpRequest.Builder builder = forThisClient();
      credentials.authenticate(builder);
      return builder.build().headers().firstValue(AkSkSigner.AUTHORIZATION_HEADER).orElseThrow();
    }

    /** The request as the SDK's own builder holds it, signed the way the SDK signs a call. */
    String signedByTheSdk() {
      return credentials()
          .syncProcessAuthRequest(forTheSdk().build(), null)
          .getHeader(AkSkSigner.AUTHORIZATION_HEADER);
    }

    /** The SDK's canonical request, for the failure message. */
    String sdkCanonicalRequest() {
      com.huaweicloud.sdk.core.http.HttpRequest.HttpRequestBuilder builder = forTheSdk();
      if (projectId != null) {
        builder.addHeader(AccessKeyCredentials.PROJECT_ID_HEADER, projectId);
      }
      if (securityToken != null) {
        builder.addHeader(AccessKeyCredentials.SECURITY_TOKEN_HEADER, securityToken);
      }
      CapturingSdkSigner signer = new CapturingSdkSigner();
      signer.sign(builder.build(), credentials());
      return signer.canonicalRequest;
    }

    private BasicCredentials credentials() {
      BasicCredentials credentials = new BasicCredentials().withAk(accessKey).withSk(secretKey);
      if (projectId != null) {
        credentials.withProjectId(projectId);
      }
      if (securityToken != null) {
        credentials.withSecurityToken(securityToken);
      }
      return credentials;
    }

    private com.huaweicloud.sdk.core.http.HttpRequest.HttpRequestBuilder forTheSdk() {
      com.huaweicloud.sdk.core.http.HttpRequest.HttpRequestBuilder builder =
          com.huaweicloud.sdk.core.http.HttpRequest.newBuilder()
              .withEndpoint(endpoint)
              .withPath("/" + String.join("/", segments))
              .withMethod(HttpMethod.valueOf(method))
              .withBodyAsString(body.isEmpty() ? null : body);
      query.forEach(builder::addQueryParam);
      headers.forEach(
          (name, value) -> {
            if (name.equals("Content-Type")) {
              builder.withContentType(value);
            } else {
              builder.addHeader(name, value);
            }
          });
      if (!headers.containsKey(AkSkSigner.DATE_HEADER)) {
        builder.addHeader(AkSkSigner.DATE_HEADER, SDK_DATE.format(signingTime));
      }
      return builder;
    }

    String ourCanonicalRequest() {
      HttpRequest.Builder builder = forThisClient();
      if (projectId != null) {
        builder.setHeader(AccessKeyCredentials.PROJECT_ID_HEADER, projectId);
      }
      if (securityToken != null) {
        builder.setHeader(AccessKeyCredentials.SECURITY_TOKEN_HEADER, securityToken);
      }
      HttpRequest request = builder.build();
      String date = headers.getOrDefault(AkSkSigner.DATE_HEADER, SDK_DATE.format(signingTime));
      return new AkSkSigner(accessKey, secretKey)
          .canonicalRequest(request, body.getBytes(StandardCharsets.UTF_8), date);
    }

    void tally(Map<String, Integer> seen) {
      count(seen, "query", !query.isEmpty());
      count(
          seen,
          "repeated query name",
          query.values().stream().anyMatch(values -> values.size() > 1));
      count(
          seen,
          "empty query value",
          query.values().stream().anyMatch(values -> values.contains("")));
      count(seen, "non-ASCII path", segments.stream().anyMatch(Generated::nonAscii));
      count(
          seen,
          "non-ASCII query value",
          query.values().stream().flatMap(List::stream).anyMatch(Generated::nonAscii));
      count(seen, "empty body", body.isEmpty());
      count(seen, "non-empty body", !body.isEmpty());
      count(seen, "non-ASCII body", nonAscii(body));
      count(
          seen,
          "extra headers",
          headers.keySet().stream().anyMatch(name -> name.regionMatches(true, 0, "X-", 0, 2)));
      count(seen, "header with _", headers.keySet().stream().anyMatch(name -> name.contains("_")));
      count(seen, "Content-Type", headers.containsKey("Content-Type"));
      count(seen, "preset X-Sdk-Date", headers.containsKey(AkSkSigner.DATE_HEADER));
      count(seen, "X-Sdk-Content-Sha256", headers.containsKey(AkSkSigner.CONTENT_SHA256_HEADER));
      count(seen, "project id", projectId != null);
      count(seen, "security token", securityToken != null);
      count(seen, "contract path", contractPath);
    }

    private static void count(Map<String, Integer> seen, String feature, boolean present) {
      if (present) {
        seen.merge(feature, 1, Integer::sum);
      }
    }

    private static boolean nonAscii(String text) {
      return text.chars().anyMatch(c -> c > 127);
    }

    @Override
    public String toString() {
      return method
          + " "
          + endpoint
          + " path="
          + segments
          + " query="
          + query
          + " headers="
          + headers
          + " body="
          + body
          + " projectId="
          + projectId
          + " securityToken?="
          + (securityToken != null)
          + " time="
          + signingTime;
    }

    private static String text(Random random, int min, int max) {
      StringBuilder text = new StringBuilder();
      for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
        text.appendCodePoint(TEXT[random.nextInt(TEXT.length)]);
      }
      return text.toString();
    }

    private static String chars(Random random, String alphabet, int min, int max) {
      StringBuilder text = new StringBuilder();
      for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return text.toString();
    }

    private static String mixedCase(Random random, String name) {
      StringBuilder mixed = new StringBuilder();
      for (char c : name.toCharArray()) {
        mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      return mixed.toString();
    }
  }

  /** The SDK's signer, keeping the canonical request it builds. */
  private static final class CapturingSdkSigner extends AKSKSigner {
    String canonicalRequest;

    @Override
    protected String buildCanonicalRequest(String... segments) {
      canonicalRequest = super.buildCanonicalRequest(segments);
      return canonicalRequest;
    }
  }
}
