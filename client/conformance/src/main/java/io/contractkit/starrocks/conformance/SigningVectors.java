package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.client.auth.AkSkSigner;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code signing.json}: AK/SK signatures computed by the Java client's {@link AkSkSigner} (itself
 * checked against the provider's SDK core), with every intermediate step, for the cases other
 * signers get wrong: empty and non-ASCII bodies, unsorted, repeated and reserved query parameters,
 * path segments to encode, default and other ports, headers with {@code _}, mixed-case names, a
 * request that already carries its date.
 */
final class SigningVectors {

  static final String ACCESS_KEY = "HPUAEXAMPLEKEY";
  static final String SECRET_KEY = "example-secret";
  static final Instant NOW = Instant.parse("2026-11-25T02:15:00Z");

  private static final String BASE =
      "http://localhost:8080/v3/0549b4a43100d4f32f51c01c2fe4acdb/instances/61a4ea66210545909d74a05c27a7179bin17/starrocks/databases/replication";
  private static final String JSON_BODY = "{\"source_database_name\":\"sales\"}";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One request to sign: headers as name/value pairs in sending order. */
  record Case(String name, String method, String url, List<List<String>> headers, String body) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "put_with_body_and_project_header",
              "PUT",
              BASE + "?b=2&a=1",
              List.of(
                  List.of("Content-Type", "application/json"),
                  List.of("X-Project-Id", "0549b4a43100d4f32f51c01c2fe4acdb")),
              JSON_BODY),
          new Case("empty_body", "GET", BASE, List.of(), ""),
          new Case(
              "non_ascii_body",
              "PUT",
              BASE,
              List.of(List.of("Content-Type", "application/json; charset=utf-8")),
              "{\"source_database_name\":\"販売_données_€\"}"),
          new Case(
              "query_unsorted_repeated_and_reserved",
              "GET",
              BASE
                  + "?z=last&a=2&a=1&space=a%20b&plus=a+b&reserved=%2F%3F%26%3D%3A&empty=&flag&tilde=~x",
              List.of(),
              ""),
          new Case(
              "path_segments_needing_percent_encoding",
              "DELETE",
              "http://localhost:8080/v3/proj%20ect/instances/in%C3%A9st:a@b/x%2Fy/%7Euser",
              List.of(),
              ""),
          new Case(
              "non_default_port_https",
              "PUT",
              "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com:8443/v3/p/instances/i/starrocks/databases/replication",
              List.of(List.of("Content-Type", "application/json")),
              JSON_BODY),
          new Case(
              "default_port_https",
              "PUT",
              "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com/v3/p/instances/i/starrocks/databases/replication",
              List.of(List.of("Content-Type", "application/json")),
              JSON_BODY),
          new Case(
              "explicit_default_port_http",
              "PUT",
              "http://localhost:80/v3/p/instances/i/starrocks/databases/replication",
              List.of(List.of("Content-Type", "application/json")),
              JSON_BODY),
          new Case(
              "header_with_underscore_not_signed",
              "PUT",
              BASE,
              List.of(
                  List.of("Content-Type", "application/json"),
                  List.of("X_Custom_Header", "not signed"),
                  List.of("X-Language", "en-us")),
              JSON_BODY),
          new Case(
              "upper_and_lower_case_header_names",
              "PUT",
              BASE,
              List.of(
                  List.of("content-type", "application/json"),
                  List.of("X-PROJECT-ID", "0549b4a43100d4f32f51c01c2fe4acdb"),
                  List.of("x-language", "zh-cn")),
              JSON_BODY),
          new Case(
              "request_already_carries_x_sdk_date",
              "PUT",
              BASE,
              List.of(
                  List.of("Content-Type", "application/json"),
                  List.of(AkSkSigner.DATE_HEADER, "20250101T000000Z")),
              JSON_BODY));

  private SigningVectors() {}

  static ObjectNode write() {
    AkSkSigner signer = new AkSkSigner(ACCESS_KEY, SECRET_KEY);
    ObjectNode root = NODES.objectNode();
    root.put("algorithm", AkSkSigner.ALGORITHM);
    ArrayNode cases = root.putArray("cases");
    for (Case c : CASES) {
      byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
      AkSkSigner.Signature signature = signer.signature(request(c, body), body, NOW);
      ObjectNode node = cases.addObject();
      node.put("name", c.name());
      node.put("access_key", ACCESS_KEY);
      node.put("secret_key", SECRET_KEY);
      node.put("method", c.method());
      node.put("url", c.url());
      ArrayNode headers = node.putArray("headers");
      c.headers().forEach(pair -> headers.addArray().add(pair.get(0)).add(pair.get(1)));
      node.put("body", c.body());
      node.put("now", DATE.format(NOW));
      node.put("sdk_date", signature.date());
      node.put("canonical_request", signature.canonicalRequest());
      node.put("string_to_sign", signature.stringToSign());
      node.put("signed_headers", signature.signedHeaders());
      node.put("authorization", signature.authorization());
    }
    return root;
  }

  static HttpRequest request(Case c, byte[] body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(c.url()))
            .method(
                c.method(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    c.headers().forEach(pair -> builder.header(pair.get(0), pair.get(1)));
    return builder.build();
  }
}
