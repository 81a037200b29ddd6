package io.contractkit.starrocks.server.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.HostileValues;
import io.contractkit.starrocks.runtime.testing.HostileValues.PatternSite;
import io.contractkit.starrocks.runtime.testing.Http;
import io.swagger.v3.core.util.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code @Pattern} constraints are decided in bounded time ({@link
 * BoundedPatternValidator}): a value built against a body field's pattern ({@link
 * HostileValues#stretchedRun}) is refused promptly with a 400 naming the field, never held in a
 * regex. With Hibernate Validator's own {@code @Pattern} validator in its place, seed 2's {@code
 * table_config} value held the server past the 10 s bound (java.util.regex alone ran more than 250
 * s on it before it was stopped); with it, the test takes about two seconds. Seeded: {@code
 * -Dhostile.seed=<seed>} replays.
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
    JsonNode valid = ContractFixtures.operation().validRequest().body();
    int refused = 0;
    for (PatternSite site : HostileValues.sites(schema, valid)) {
      String hostile = HostileValues.stretchedRun(site, random).orElse(null);
      if (hostile == null) {
        continue;
      }
      JsonNode body = HostileValues.with(valid, site.pointer(), hostile);
      HttpResponse<String> response =
          assertTimeoutPreemptively(
              HANG,
              () -> Http.validRequest(server.baseUrl()).body(body).send(),
              () -> "seed " + SEED + ": held in the pattern of " + site.pointer());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(Http.json(response).path("error_msg").asText())
          .contains(site.pointer().substring(site.pointer().lastIndexOf('/') + 1))
          .contains("must match");
      refused++;
    }
    assertThat(refused).as("seed %d: fields with a pattern refused", SEED).isPositive();
  }
}
