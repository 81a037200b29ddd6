package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.model.ValidRequest;
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
 * No request can hold the stub in a regular expression. The values are the kind a fuzzer found
 * (seed 2 of {@link QuickCheckDifferentialTest}): a long string generated to match a body field's
 * pattern (rgxgen: repetitions up to a hundred, runs of spaces) with a line break appended, which
 * an anchored ECMA-262 pattern does not match ({@code $} is the end of the input). Each failing
 * position makes a backtracking engine retry every way to split the runs between the pattern's
 * ambiguous repetitions: before the bounded check, swagger-request-validator's Rhino spent more
 * than 15 CPU-minutes on one such {@code table_config} value.
 *
 * <p>Every anchored pattern of every request body of the shipped contract and of {@code
 * multi-operation.yaml} gets such values, and each request is answered twice: as it is (the quick
 * refusal may word it) and with a query parameter the quick paths never take on (the validator
 * words it). The outcome asserted is the refusal naming the field and its pattern, within a
 * generous bound that only a hang can miss (no speed is asserted). Seeded: {@code
 * -Dhostile.seed=<seed>} replays, the seed is printed and in every failure message.
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

  /**
   * A body field with an anchored pattern: where it is (JSON pointer), the pattern and the longest
   * value allowed (values are drawn within it, so that they reach the pattern check as a user's
   * would).
   */
  private record Site(String pointer, String pattern, int maxLength) {}

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
      List<Site> sites = new ArrayList<>();
      collect(schema, valid.body(), "", sites);
      for (Site site : sites) {
        RgxGen generator = RgxGen.parse(site.pattern());
        Pattern unbounded = EcmaPattern.compile(site.pattern()).javaEquivalent().orElseThrow();
        for (int i = 0; i < VALUES_PER_FIELD; i++) {
          String hostile = draw(generator, random, site.maxLength()) + "\n";
          // The answer java.util.regex reaches without a bound (a fraction of a second on these
          // values; Rhino, the validator's engine, took minutes).
          boolean matches = unbounded.matcher(hostile).find();
          JsonNode body = valid.body().deepCopy();
          set(body, site.pointer(), hostile);
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
                            .startsWith("ECMA 262 regex \"")
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

  /** A generated value of at most {@code maxLength} characters. */
  private static String draw(RgxGen generator, Random random, int maxLength) {
    for (int tries = 0; tries < 100; tries++) {
      String value = generator.generate(random);
      if (value.length() <= maxLength) {
        return value;
      }
    }
    throw new IllegalStateException("no generated value within " + maxLength + " characters");
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

  /** The string sites with an anchored pattern that the valid body fills, at any depth. */
  private static void collect(JsonNode schema, JsonNode value, String pointer, List<Site> out) {
    if (schema == null || value == null) {
      return;
    }
    String pattern = schema.path("pattern").textValue();
    if (value.isTextual() && pattern != null && pattern.startsWith("^") && pattern.endsWith("$")) {
      out.add(new Site(pointer, pattern, schema.path("maxLength").asInt(Integer.MAX_VALUE)));
    }
    if (value.isObject()) {
      value
          .fieldNames()
          .forEachRemaining(
              field ->
                  collect(
                      schema.path("properties").get(field),
                      value.get(field),
                      pointer + "/" + RefusalWords.pointerToken(field),
                      out));
    }
    if (value.isArray() && !value.isEmpty()) {
      collect(schema.get("items"), value.get(0), pointer + "/0", out);
    }
  }

  private static void set(JsonNode body, String pointer, String text) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = body.at(pointer.substring(0, last));
    String token = pointer.substring(last + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(token), TextNode.valueOf(text));
    } else {
      ((ObjectNode) parent).put(token.replace("~1", "/").replace("~0", "~"), text);
    }
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
