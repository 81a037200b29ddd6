package io.contractkit.starrocks.server.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.swagger.v3.core.util.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code @Pattern} constraints are decided in bounded time ({@link
 * BoundedPatternValidator}): a value built against a body field's pattern is refused promptly with
 * a 400 naming the field, never held in a regex. The values: strings generated from each anchored
 * pattern (rgxgen), cut after their longest run of one character, that run stretched to the field's
 * maximum length, and one of the value's characters twice, the first the pattern refuses. With
 * Hibernate Validator's own {@code @Pattern} validator in its place, seed 2's {@code table_config}
 * value held the server past the 10 s bound (java.util.regex alone ran more than 250 s on it before
 * it was stopped); with it, the test takes about a second. Seeded: {@code -Dhostile.seed=<seed>}
 * replays.
 */
class BoundedPatternsTest {

  private static final long SEED = Long.getLong("hostile.seed", 2);

  /** Far above any answer; only a request stuck in a regex can take this long. */
  private static final Duration HANG = Duration.ofSeconds(10);

  private static ReferenceServer server;

  @BeforeAll
  static void start() {
    server = ReferenceServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_value_built_to_backtrack_is_refused_promptly_naming_the_field() {
    System.out.println("BoundedPatternsTest: seed " + SEED + " (-Dhostile.seed= replays)");
    Random random = new Random(SEED);
    JsonNode schema =
        Json.mapper()
            .convertValue(
                ContractFixtures.operation().requestBody().orElseThrow().schema(), JsonNode.class);
    int refused = 0;
    JsonNode valid = ContractFixtures.operation().validRequest().body();
    List<String[]> sites = new ArrayList<>();
    collect(schema, valid, "", sites);
    for (String[] site : sites) {
      String pointer = site[0];
      String pattern = site[1];
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      String hostile = hostile(pattern, Integer.parseInt(site[2]), random);
      if (hostile == null) {
        continue;
      }
      JsonNode body = valid.deepCopy();
      ((ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/')))).put(name, hostile);
      HttpResponse<String> response =
          assertTimeoutPreemptively(
              HANG,
              () -> Http.validRequest(server.baseUrl()).body(body).send(),
              () -> "seed " + SEED + ": held in the pattern of " + pointer);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(Http.json(response).path("error_msg").asText())
          .contains(name)
          .contains("must match");
      refused++;
    }
    assertThat(refused).as("seed %d: fields with a pattern refused", SEED).isPositive();
  }

  /**
   * Object members with an anchored pattern that the valid body fills: pointer, pattern, maxLength.
   */
  private static void collect(JsonNode schema, JsonNode value, String pointer, List<String[]> out) {
    if (schema == null || value == null) {
      return;
    }
    String pattern = schema.path("pattern").textValue();
    if (value.isTextual() && pattern != null && pattern.startsWith("^") && pattern.endsWith("$")) {
      out.add(new String[] {pointer, pattern, schema.path("maxLength").asText("4096")});
    }
    if (value.isObject()) {
      value
          .fieldNames()
          .forEachRemaining(
              name ->
                  collect(
                      schema.path("properties").get(name),
                      value.get(name),
                      pointer + "/" + name,
                      out));
    }
    if (value.isArray() && !value.isEmpty()) {
      collect(schema.get("items"), value.get(0), pointer + "/0", out);
    }
  }

  /**
   * A value of {@code maxLength} characters that the pattern refuses: a generated match up to its
   * longest run of one character, that run stretched, and one of its characters twice; null when
   * none is found.
   */
  private static String hostile(String pattern, int maxLength, Random random) {
    EcmaPattern oracle = EcmaPattern.compile(pattern);
    RgxGen generator = RgxGen.parse(pattern);
    for (int tries = 0; tries < 20; tries++) {
      String value = generator.generate(random);
      if (value.isEmpty() || value.length() >= maxLength) {
        continue;
      }
      int runStart = 0;
      int runLength = 0;
      for (int i = 0; i < value.length(); ) {
        int end = i;
        while (end < value.length() && value.charAt(end) == value.charAt(i)) {
          end++;
        }
        if (end - i > runLength) {
          runStart = i;
          runLength = end - i;
        }
        i = end;
      }
      // Cut after the run, so that the stretched run is what the pattern meets last.
      String stretched =
          value.substring(0, runStart)
              + String.valueOf(value.charAt(runStart)).repeat(maxLength - 2 - runStart);
      for (char end : value.chars().distinct().mapToObj(c -> (char) c).toList()) {
        String candidate = stretched + end + end;
        if (oracle.check(candidate) == EcmaPattern.Outcome.DOES_NOT_MATCH) {
          return candidate;
        }
      }
    }
    return null;
  }
}
