package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.util.RegexECMA262Helper;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quick check only ever saves the validator work: it accepts the documented requests and
 * answers, and it never accepts a request or an answer the validator refuses, over thousands of
 * generated near-misses (seeded, so a failure repeats).
 */
class QuickCheckTest {

  private static final ContractRuntime CONTRACT = ContractRuntime.bundled();
  private static final ContractValidator VALIDATOR = CONTRACT.validator();
  private static final ApiOperation OPERATION = CONTRACT.operations().get(0);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> TRICKY =
      List.of(
          "",
          " ",
          "a",
          "ab",
          "abc",
          "abc_def",
          "abc-def",
          "abc\n",
          "abc\r\n",
          "\nabc",
          "ab\u0085c",
          "ab\u00a0c",
          "abcé",
          "ééé",
          "\uD83D\uDE00abc",
          "abc\uD83D\uDE00",
          "a".repeat(63),
          "a".repeat(64),
          "a".repeat(65),
          "a".repeat(128),
          "a".repeat(129),
          "a".repeat(1024),
          "a".repeat(1025),
          "0".repeat(32) + "in07",
          "A".repeat(32) + "IN07",
          "0".repeat(31) + "in07",
          "0".repeat(32) + "no07",
          "order by id",
          "ORDER BY id",
          "order by id;",
          "order by id; buckets 3",
          "order by id;\n",
          " ;",
          "buckets",
          "order by",
          "key columns(a,b); distributed by hash(a)",
          "include_tables",
          "exclude_tables",
          "all",
          "part",
          "true",
          "false",
          "True",
          "en-us",
          "zh-cn",
          "EN-US",
          "fr-fr",
          "x\u2028y",
          "x\ty",
          "null");

  @Test
  void accepts_every_documented_request_without_asking_the_validator() {
    for (Map.Entry<String, JsonNode> example : requestExamples().entrySet()) {
      SimpleRequest request =
          request(validPath(), "application/json", null, null, example.getValue().toString(), null);
      assertThat(VALIDATOR.validatorVerdict(request, false)).as(example.getKey()).isEmpty();
      assertThat(VALIDATOR.quicklyValid(request)).as(example.getKey()).isTrue();
    }
  }

  @Test
  void accepts_the_documented_answers_and_their_reflections_without_asking_the_validator() {
    ResponseExample answer = OPERATION.defaultAnswer().orElseThrow();
    for (JsonNode example : requestExamples().values()) {
      JsonNode reflected =
          CONTRACT
              .reflection(OPERATION, answer.status())
              .orElseThrow()
              .apply(answer.value(), example)
              .body();
      assertThat(
              VALIDATOR.answerQuicklyFits(
                  validPath(), OPERATION.method(), answer.status(), answer.mediaType(), reflected))
          .as("%s", reflected)
          .isTrue();
    }
  }

  @Test
  void never_accepts_a_request_the_validator_refuses() {
    Random random = new Random(20261125L);
    List<JsonNode> examples = new ArrayList<>(requestExamples().values());
    int quick = 0;
    int refused = 0;
    for (int i = 0; i < 3000; i++) {
      // Mostly one thing wrong at a time, so that the valid and the nearly valid both come often.
      JsonNode example = examples.get(random.nextInt(examples.size())).deepCopy();
      JsonNode body = random.nextBoolean() ? mutate(example, random) : example;
      String path = random.nextInt(6) == 0 ? mutatePath(random) : validPath();
      String contentType =
          random.nextInt(3) > 0
              ? "application/json"
              : pick(
                  random,
                  "application/json; charset=utf-8",
                  "application/json;charset=UTF-8",
                  "Application/JSON",
                  "application/json; charset=\"utf-8\"",
                  "text/plain",
                  "application/json, text/plain",
                  "application/jsonx",
                  "application/json; =x",
                  null);
      String language =
          random.nextInt(3) > 0
              ? null
              : pick(random, "en-us", "zh-cn", "EN-US", "fr-fr", "", " en-us");
      String accept =
          random.nextInt(3) > 0
              ? null
              : pick(random, "*/*", "application/json", "text/html", "application/*");
      String query = random.nextInt(8) > 0 ? null : pick(random, "x=1", "");
      SimpleRequest request = request(path, contentType, language, accept, body.toString(), query);
      boolean accepted = VALIDATOR.quicklyValid(request);
      List<Violation> verdict = VALIDATOR.validatorVerdict(request, false);
      if (accepted) {
        quick++;
        assertThat(verdict)
            .as(
                "quickly accepted: %s %s (Content-Type %s, X-Language %s, Accept %s) %s",
                request.getPath(), query, contentType, language, accept, body)
            .isEmpty();
      }
      if (!verdict.isEmpty()) {
        refused++;
      }
    }
    // The generator must produce both kinds, or the comparison proves nothing.
    assertThat(quick).isGreaterThan(500);
    assertThat(refused).isGreaterThan(1000);
  }

  @Test
  void never_accepts_an_answer_the_validator_refuses() {
    Random random = new Random(7L);
    ResponseExample answer = OPERATION.defaultAnswer().orElseThrow();
    List<JsonNode> bodies = new ArrayList<>();
    OPERATION.examples().stream()
        .filter(e -> e.status() == answer.status())
        .forEach(e -> bodies.add(e.value()));
    int quick = 0;
    int refused = 0;
    for (int i = 0; i < 2000; i++) {
      JsonNode body = mutate(bodies.get(random.nextInt(bodies.size())).deepCopy(), random);
      boolean accepted =
          VALIDATOR.answerQuicklyFits(
              validPath(), OPERATION.method(), answer.status(), answer.mediaType(), body);
      boolean fits =
          VALIDATOR.answerFits(
              validPath(),
              OPERATION.method(),
              answer.status(),
              answer.mediaType(),
              body.toString());
      if (accepted) {
        quick++;
        assertThat(fits).as("quickly accepted answer %s", body).isTrue();
      }
      if (!fits) {
        refused++;
      }
    }
    assertThat(quick).isGreaterThan(200);
    assertThat(refused).isGreaterThan(200);
  }

  @Test
  void translates_a_pattern_only_into_one_that_matches_what_the_ecma_engine_matches() {
    List<String> patterns =
        new ArrayList<>(
            List.of(
                "^[A-Za-z0-9_]{3,128}$",
                "^[A-Za-z0-9]{32}in07$",
                "^a.c$",
                "^a\\s+b$",
                "^[^,\\s]+$",
                "^(ab|cd)*$",
                "^x(?:y|z)?$",
                "[0-9]{8}T[0-9]{6}Z",
                "^a\\.b\\-c$",
                "^[ =:(][^;]*$",
                "^\\d+\\w*\\D?$"));
    schemaPatterns(CONTRACT.model().openApi().getComponents().getSchemas().values(), patterns);
    Random random = new Random(3L);
    for (String ecma : patterns) {
      Optional<Pattern> java = javaOf(ecma);
      assertThat(java).as("translates %s", ecma).isPresent();
      for (int i = 0; i < 200; i++) {
        String input = i < TRICKY.size() ? TRICKY.get(i) : randomString(random);
        if (input.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
          continue; // left to the validator by the quick check
        }
        assertThat(java.get().matcher(input).find())
            .as("%s on %s", ecma, input)
            .isEqualTo(RegexECMA262Helper.regMatch(ecma, input));
      }
    }
  }

  @Test
  void leaves_patterns_it_cannot_promise_to_the_validator() {
    for (String ecma :
        List.of(
            "(?=a)b", "\\bword", "(a)\\1", "a{2}+", "[]", "[^]", "a{,3}", "\\u0041", "\\p{L}", "x]",
            "(?<n>a)")) {
      assertThat(javaOf(ecma)).as(ecma).isEmpty();
    }
  }

  /** The java.util.regex equivalent the one pattern policy (EcmaPattern) evaluates with, if any. */
  private static Optional<Pattern> javaOf(String ecma) {
    try {
      return io.contractkit.starrocks.model.EcmaPattern.compile(ecma).javaEquivalent();
    } catch (IllegalArgumentException notEcma) {
      return Optional.empty();
    }
  }

  private static void schemaPatterns(
      Iterable<? extends io.swagger.v3.oas.models.media.Schema> schemas, List<String> into) {
    for (io.swagger.v3.oas.models.media.Schema<?> schema : schemas) {
      if (schema == null) {
        continue;
      }
      if (schema.getPattern() != null) {
        into.add(schema.getPattern());
      }
      if (schema.getProperties() != null) {
        schemaPatterns(schema.getProperties().values(), into);
      }
      if (schema.getItems() != null) {
        schemaPatterns(List.of(schema.getItems()), into);
      }
    }
  }

  private static JsonNode mutate(JsonNode node, Random random) {
    int changes = 1 + random.nextInt(2);
    for (int c = 0; c < changes; c++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(node, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      if (container instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int kind = random.nextInt(10);
        if (kind == 0 || names.isEmpty()) {
          object.put(
              pick(random, "unknown_field", "task_name", "repl_type", "value"),
              TRICKY.get(random.nextInt(TRICKY.size())));
        } else if (kind == 1) {
          object.remove(names.get(random.nextInt(names.size())));
        } else {
          object.set(names.get(random.nextInt(names.size())), randomValue(random));
        }
      } else if (container instanceof ArrayNode array) {
        if (random.nextBoolean() && !array.isEmpty()) {
          array.set(random.nextInt(array.size()), randomValue(random));
        } else {
          array.add(array.isEmpty() ? randomValue(random) : array.get(0).deepCopy());
        }
      }
    }
    return node;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), into);
      }
    }
  }

  private static JsonNode randomValue(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.numberNode(random.nextInt(100));
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.nullNode();
      case 3 -> NODES.objectNode();
      case 4 -> NODES.arrayNode();
      case 5 -> NODES.numberNode(1.5);
      case 6 -> NODES.textNode(randomString(random));
      default -> NODES.textNode(TRICKY.get(random.nextInt(TRICKY.size())));
    };
  }

  private static String randomString(Random random) {
    String alphabet = "abcXYZ019_- ;=:(,.\n\té\u0085\u00a0";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String mutatePath(Random random) {
    String path = validPath();
    return switch (random.nextInt(7)) {
      case 0 -> path.toUpperCase();
      case 1 -> path + "/";
      case 2 -> path.replaceFirst("/v3/.", "/v3/%41");
      case 3 -> path.replaceFirst("/v3/.", "/v3/+");
      case 4 -> path.replaceFirst("in17", "IN17");
      case 5 -> path.replaceFirst("/v3/..", "/v3/");
      default -> path.replaceFirst("/starrocks/", "/StarRocks/");
    };
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static SimpleRequest request(
      String path, String contentType, String language, String accept, String body, String query) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(OPERATION.method(), path);
    builder.withHeader("X-Auth-Token", "token");
    if (contentType != null) {
      builder.withHeader("Content-Type", contentType);
    }
    if (language != null) {
      builder.withHeader("X-Language", language);
    }
    if (accept != null) {
      builder.withHeader("Accept", accept);
    }
    if (query != null) {
      builder.withQueryParam(
          query.contains("=") ? query.substring(0, query.indexOf('=')) : query, "1");
    }
    return builder.withBody(body).build();
  }

  private static String validPath() {
    String path = OPERATION.path().template();
    for (Parameter parameter : model().getParameters()) {
      if ("path".equals(parameter.getIn())) {
        path =
            path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
      }
    }
    return path;
  }

  private static io.swagger.v3.oas.models.Operation model() {
    PathItem item = CONTRACT.model().openApi().getPaths().get(OPERATION.path().template());
    return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(OPERATION.method()));
  }

  private static Map<String, JsonNode> requestExamples() {
    Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
    OPERATION
        .requestBody()
        .orElseThrow()
        .examples()
        .forEach(e -> examples.put(e.name(), e.value()));
    return examples;
  }
}
