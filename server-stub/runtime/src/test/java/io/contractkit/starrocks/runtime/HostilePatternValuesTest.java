package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.model.ValidRequest;
import io.contractkit.starrocks.runtime.testing.HostileValues;
import io.contractkit.starrocks.runtime.testing.HostileValues.PatternSite;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No request can hold the stub in a regular expression. Every anchored pattern of every request
 * body of the shipped contract and of {@code multi-operation.yaml} gets values built to make a
 * backtracking engine explode ({@link HostileValues}: the near miss seed 2 of {@link
 * QuickCheckDifferentialTest} found, which held swagger-request-validator's Rhino for more than 15
 * CPU-minutes, and the stretched run that holds java.util.regex for minutes), and each request is
 * answered twice: as it is (the quick refusal may word it) and with a query parameter the quick
 * paths never take on (the validator words it). The outcome asserted is the answer java.util.regex
 * reaches without a bound where that is quick (the field's pattern refusal, or none), and the
 * field's pattern refusal for the stretched runs (built to be refused), within a generous bound
 * that only a hang can miss (no speed is asserted). Seeded: {@code -Dhostile.seed=<seed>} replays,
 * the seed is printed and in every failure message.
 */
class HostilePatternValuesTest {

  private static final long SEED = Long.getLong("hostile.seed", 2);

  private static final int VALUES_PER_FIELD = 3;

  /** Far above any answer (milliseconds); only a request stuck in a regex can take this long. */
  private static final Duration HANG = Duration.ofSeconds(10);

  /**
   * A query parameter no operation declares: the quick paths leave such a request to the validator.
   */
  private static final String PROBE = "regex_probe";

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("starrocks-sync.yaml (shipped)", ContractRuntime.bundled()),
        Arguments.of(
            "multi-operation.yaml (api/model test-jar)",
            ContractRuntime.parse(resource("multi-operation.yaml"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void a_value_built_to_backtrack_is_refused_promptly_naming_the_field_and_its_pattern(
      String name, ContractRuntime contract) {
    System.out.println(
        "HostilePatternValuesTest on " + name + ": seed " + SEED + " (-Dhostile.seed= replays)");
    Random random = new Random(SEED);
    ContractValidator validator = contract.validator();
    int refused = 0;
    for (ApiOperation operation : contract.operations()) {
      ValidRequest valid = operation.validRequest();
      if (valid.body() == null || operation.requestBody().isEmpty()) {
        continue;
      }
      JsonNode schema =
          Json.mapper().convertValue(operation.requestBody().get().schema(), JsonNode.class);
      for (PatternSite site : HostileValues.sites(schema, valid.body())) {
        Pattern unbounded = EcmaPattern.compile(site.pattern()).javaEquivalent().orElseThrow();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < VALUES_PER_FIELD; i++) {
          values.add(HostileValues.nearMiss(site, random));
        }
        HostileValues.stretchedRun(site, random).ifPresent(values::add);
        for (String hostile : values) {
          // Near misses: the answer java.util.regex reaches without a bound (a fraction of a
          // second on them). Stretched runs are refused by construction.
          boolean matches = hostile.endsWith("\n") && unbounded.matcher(hostile).find();
          JsonNode body = HostileValues.with(valid.body(), site.pointer(), hostile);
          for (boolean viaValidator : new boolean[] {false, true}) {
            SimpleRequest request = request(operation, valid, body, viaValidator);
            List<Violation> violations =
                assertTimeoutPreemptively(
                    HANG,
                    () -> validator.validate(request, false),
                    () ->
                        "seed "
                            + SEED
                            + ": "
                            + name
                            + " held a request in a regex; "
                            + site
                            + ", a value of "
                            + hostile.length()
                            + " characters");
            // The field's pattern violation (a value at its maximum length also breaks maxLength).
            List<Violation> atField =
                violations.stream()
                    .filter(v -> v.where().equals(ContractValidator.bodyField(site.pointer())))
                    .filter(v -> v.rule().startsWith("ECMA 262 regex"))
                    .toList();
            if (matches) {
              assertThat(atField).as("seed %d: %s %s", SEED, name, site).isEmpty();
              continue;
            }
            assertThat(atField)
                .as("seed %d: %s %s, a value of %d characters", SEED, name, site, hostile.length())
                .singleElement()
                .satisfies(
                    v ->
                        assertThat(v.rule())
                            .contains(ContractValidator.rule("\"" + site.pattern() + "\""))
                            .contains("does not match input string"));
            refused++;
          }
        }
      }
    }
    System.out.printf(
        "  %d hostile requests refused, each naming its field and pattern%n", refused);
    assertThat(refused).as("seed %d: hostile values refused for their pattern", SEED).isPositive();
  }

  private static SimpleRequest request(
      ApiOperation operation, ValidRequest valid, JsonNode body, boolean viaValidator) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(operation.method(), valid.path());
    valid.query().forEach(builder::withQueryParam);
    if (viaValidator) {
      builder.withQueryParam(PROBE, "1");
    }
    valid.headers().forEach(builder::withHeader);
    return builder.withBody(body.toString()).build();
  }

  private static String resource(String name) {
    try (InputStream in =
        HostilePatternValuesTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test class path (api/model tests)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
