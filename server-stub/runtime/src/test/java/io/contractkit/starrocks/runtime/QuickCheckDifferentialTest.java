package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.ValidRequest;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick check is one-sided on any document: over requests whose values are derived from each
 * operation's own schemas ({@link SchemaDerivedValues}: every pattern, length, enum, type, bound
 * and nesting, valid and nearly valid, one site at a time and then several at once), it never
 * accepts a request the validator refuses, and where it refuses one itself, its violations are the
 * validator's, word for word and in the same order (so never a refusal of a valid request). Run on
 * the shipped contract and on the model's {@code multi-operation.yaml}, so that a field, an
 * operation or a keyword added to a document is covered with no change here.
 *
 * <p>Seeded: the seed is printed and is in every failure message; {@code -Dquickcheck.seed=<seed>}
 * replays a run, {@code -Dquickcheck.seed=random} draws a new one. The default is a fixed seed, so
 * that every build runs the same requests; explore with random seeds by hand, and fix what they
 * find. Seed 2 found a {@code table_config} value on which the validator's Rhino-based ECMA regex
 * backtracked for more than 15 CPU-minutes; patterns are now decided in bounded time ({@link
 * BoundedPatterns}) and seed 2 passes in about 13 s.
 */
class QuickCheckDifferentialTest {

  private static final long SEED = seed(System.getProperty("quickcheck.seed", "42"));

  private static long seed(String given) {
    return "random".equals(given) ? System.nanoTime() : Long.parseLong(given);
  }

  /** Requests of several changes at once, drawn from the single-change variants, per operation. */
  private static final int COMBINED_PER_OPERATION = 400;

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("starrocks-sync.yaml (shipped)", ContractRuntime.bundled()),
        Arguments.of(
            "multi-operation.yaml (api/model test-jar)",
            ContractRuntime.parse(resource("multi-operation.yaml"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void never_accepts_what_the_validator_refuses_and_refuses_only_in_its_words(
      String name, ContractRuntime contract) {
    System.out.println(
        "QuickCheckDifferentialTest on "
            + name
            + ": seed "
            + SEED
            + " (-Dquickcheck.seed="
            + SEED
            + " replays)");
    Random random = new Random(SEED);
    SchemaDerivedValues values = new SchemaDerivedValues(random);
    ContractValidator validator = contract.validator();
    int quicklyAccepted = 0;
    int refused = 0;
    int quicklyRefused = 0;
    int compared = 0;
    for (ApiOperation operation : contract.operations()) {
      List<Case> cases = cases(operation, values);
      List<Case> all = new ArrayList<>(cases);
      for (int i = 0; i < COMBINED_PER_OPERATION && !cases.isEmpty(); i++) {
        all.add(cases.get(random.nextInt(cases.size())).combinedWith(random, values, operation));
      }
      for (Case c : all) {
        SimpleRequest request = c.request(operation);
        boolean quick = validator.quicklyValid(request);
        List<Violation> verdict = validator.validatorVerdict(request, false);
        compared++;
        if (quick) {
          quicklyAccepted++;
          assertThat(verdict)
              .as(
                  "seed %d: %s quickly accepted %s %s headers %s body %s",
                  SEED, name, operation.method(), c.path(operation), c.headers(operation), c.body())
              .isEmpty();
        }
        if (!verdict.isEmpty()) {
          refused++;
        }
        Optional<List<Violation>> quickRefusal = validator.quickRefusal(request);
        if (quickRefusal.isPresent()) {
          quicklyRefused++;
          assertThat(quickRefusal.get())
              .as(
                  "seed %d: %s quickly refused %s %s headers %s body %s",
                  SEED, name, operation.method(), c.path(operation), c.headers(operation), c.body())
              .isNotEmpty()
              .containsExactlyElementsOf(verdict);
        }
      }
    }
    System.out.printf(
        "  %d requests compared, %d quickly accepted, %d refused by the validator, %d of them"
            + " quickly (the same violations, word for word)%n",
        compared, quicklyAccepted, refused, quicklyRefused);
    // Both kinds must come often, or the comparison proves nothing.
    assertThat(quicklyAccepted).as("seed %d: quickly accepted", SEED).isGreaterThan(compared / 50);
    assertThat(refused).as("seed %d: refused", SEED).isGreaterThan(compared / 4);
    // And the quick refusal must answer often, or its word-for-word comparison proves nothing.
    assertThat(quicklyRefused).as("seed %d: quickly refused", SEED).isGreaterThan(refused / 20);
  }

  /** One request: parameter values (by name) and a body, the rest from the valid request. */
  private record Case(Map<String, String> parameters, JsonNode body) {

    SimpleRequest request(ApiOperation operation) {
      ValidRequest valid = operation.validRequest(parameters);
      SimpleRequest.Builder builder = new SimpleRequest.Builder(operation.method(), valid.path());
      valid.query().forEach((name, value) -> builder.withQueryParam(name, value));
      valid.headers().forEach(builder::withHeader);
      if (body != null) {
        builder.withBody(body.toString());
      }
      return builder.build();
    }

    String path(ApiOperation operation) {
      return operation.validRequest(parameters).pathAndQuery();
    }

    Map<String, String> headers(ApiOperation operation) {
      return operation.validRequest(parameters).headers();
    }

    /** This case with one more site changed (a parameter or the body). */
    Case combinedWith(Random random, SchemaDerivedValues values, ApiOperation operation) {
      List<Case> next = new ArrayList<>();
      for (ApiParameter parameter : operation.parameters()) {
        if (parameter.schema() != null && parameter.location() != ParameterLocation.COOKIE) {
          JsonNode schema = Json.mapper().convertValue(parameter.schema(), JsonNode.class);
          List<JsonNode> strings =
              values.strings(
                  schema,
                  parameters.getOrDefault(
                      parameter.name(), parameter.documentedValue().orElse("x")));
          JsonNode pick = strings.get(random.nextInt(strings.size()));
          Map<String, String> changed = new HashMap<>(parameters);
          changed.put(parameter.name(), pick.asText());
          next.add(new Case(changed, body));
        }
      }
      if (body != null) {
        JsonNode schema = bodySchema(operation);
        List<JsonNode> variants = values.variants(schema, body);
        if (!variants.isEmpty()) {
          next.add(new Case(parameters, variants.get(random.nextInt(variants.size()))));
        }
      }
      return next.isEmpty() ? this : next.get(random.nextInt(next.size()));
    }
  }

  /** Every request with one site changed: each parameter, each body site, from every example. */
  private static List<Case> cases(ApiOperation operation, SchemaDerivedValues values) {
    List<Case> cases = new ArrayList<>();
    JsonNode validBody = operation.validRequest().body();
    cases.add(new Case(Map.of(), validBody));
    for (ApiParameter parameter : operation.parameters()) {
      if (parameter.schema() == null || parameter.location() == ParameterLocation.COOKIE) {
        continue;
      }
      JsonNode schema = Json.mapper().convertValue(parameter.schema(), JsonNode.class);
      String documented = parameter.documentedValue().orElse("x");
      for (JsonNode value : values.strings(schema, documented)) {
        if (parameter.location() == ParameterLocation.PATH && value.asText().isEmpty()) {
          continue; // an empty path segment is another route, not this operation's value
        }
        cases.add(new Case(Map.of(parameter.name(), value.asText()), validBody));
      }
    }
    if (validBody != null) {
      JsonNode schema = bodySchema(operation);
      List<JsonNode> bases = new ArrayList<>();
      operation
          .requestBody()
          .ifPresent(body -> body.examples().stream().map(NamedExample::value).forEach(bases::add));
      if (bases.isEmpty()) {
        bases.add(validBody);
      }
      for (JsonNode base : bases) {
        cases.add(new Case(Map.of(), base));
        for (JsonNode variant : values.variants(schema, base)) {
          cases.add(new Case(Map.of(), variant));
        }
      }
    }
    return cases;
  }

  /** The body's schema in the JSON form the validator and the quick check read. */
  private static JsonNode bodySchema(ApiOperation operation) {
    return Json.mapper()
        .convertValue(operation.requestBody().orElseThrow().schema(), JsonNode.class);
  }

  private static String resource(String name) {
    try (InputStream in =
        QuickCheckDifferentialTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test class path (api/model tests)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
