package io.contractkit.starrocks.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.contractkit.starrocks.model.ValidRequest;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link ContractShortcut} answers exactly as WireMock's own handler does: the same requests,
 * derived from each document (valid ones, documented examples, every body field changed, removed or
 * mistyped, every header left out, odd path values, other methods and routes), go to a stub with
 * the shortcut and to one without ({@code -Dstarrocks.stub.shortcut=false}); statuses, headers,
 * bodies, journal entries and recorded violations must be the same, and the shortcut must have
 * answered every request it may take.
 */
class ContractShortcutTest {

  private static final long SEED = Long.parseLong(System.getProperty("shortcut.seed", "20261130"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Per operation, at most this many requests (drawn with the seed) beside the valid ones. */
  private static final int CHANGED_PER_OPERATION = 80;

  static Stream<Arguments> documents() throws IOException {
    return Stream.of(
        Arguments.of("starrocks-sync.yaml (shipped)", ContractRuntime.bundled()),
        Arguments.of(
            "multi-operation.yaml (api/model test-jar)",
            ContractRuntime.parse(multiOperationDocument())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void answers_and_journals_every_request_as_wiremock_does(String name, ContractRuntime contract)
      throws Exception {
    System.out.println(
        "ContractShortcutTest on " + name + ": seed " + SEED + " (-Dshortcut.seed replays)");
    List<Sent> requests = requests(contract, new Random(SEED));
    StubSettings settings = StubSettings.defaults().withContract(contract);
    try (StarRocksSyncStub shortcut = StarRocksSyncStub.start(settings);
        StarRocksSyncStub wireMock = withoutShortcut(settings)) {
      long mayTakeShortcut = 0;
      for (Sent request : requests) {
        Answer quick = request.to(shortcut.baseUrl());
        Answer plain = request.to(wireMock.baseUrl());
        assertThat(quick).as("seed %d: %s", SEED, request).isEqualTo(plain);
        if (!request.headers().containsKey("Prefer")) {
          mayTakeShortcut++;
        }
      }
      assertThat(journal(shortcut, shortcut.port())).isEqualTo(journal(wireMock, wireMock.port()));
      assertThat(shortcut.violations().toString()).isEqualTo(wireMock.violations().toString());
      assertThat(shortcut.violations()).as("refused requests were compared too").isNotEmpty();
      assertThat(shortcut.shortcutAnswers()).isEqualTo(mayTakeShortcut);
      assertThat(wireMock.shortcutAnswers()).isZero();
      System.out.printf(
          "  %d requests, %d of them answered by the shortcut, %d refused%n",
          requests.size(), mayTakeShortcut, shortcut.violations().size());
    }
  }

  @Test
  void steps_aside_while_a_test_has_its_own_mapping_and_comes_back_after_a_reset() {
    ContractRuntime contract = ContractRuntime.bundled();
    Sent valid = Sent.valid(contract.operations().get(0));
    try (StarRocksSyncStub stub = StarRocksSyncStub.start(StubSettings.defaults())) {
      assertThat(valid.to(stub.baseUrl()).status()).isEqualTo(200);
      assertThat(stub.shortcutAnswers()).isEqualTo(1);

      stub.wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(418)));
      assertThat(valid.to(stub.baseUrl()).status()).isEqualTo(418);
      assertThat(stub.shortcutAnswers()).isEqualTo(1);

      stub.wireMock().resetToDefaultMappings();
      assertThat(valid.to(stub.baseUrl()).status()).isEqualTo(200);
      assertThat(stub.shortcutAnswers()).isEqualTo(2);
    }
  }

  @Test
  void the_readme_says_how_to_turn_it_off() throws IOException {
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md")))
        .contains("-D" + ContractShortcut.SWITCH_PROPERTY + "=false");
  }

  private static StarRocksSyncStub withoutShortcut(StubSettings settings) {
    String before = System.getProperty(ContractShortcut.SWITCH_PROPERTY);
    System.setProperty(ContractShortcut.SWITCH_PROPERTY, "false");
    try {
      return StarRocksSyncStub.start(settings);
    } finally {
      if (before == null) {
        System.clearProperty(ContractShortcut.SWITCH_PROPERTY);
      } else {
        System.setProperty(ContractShortcut.SWITCH_PROPERTY, before);
      }
    }
  }

  /** The journal as JSON, without what differs by nature: ids, dates, timings, the port. */
  private static List<JsonNode> journal(StarRocksSyncStub stub, int port) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    for (ServeEvent event : stub.wireMock().getAllServeEvents()) {
      String text = Json.write(event).replace(Integer.toString(port), "0");
      ObjectNode entry = (ObjectNode) JSON.readTree(text);
      strip(entry, "id", "timing");
      strip(entry.path("request"), "id", "loggedDate", "loggedDateString");
      strip(entry.path("stubMapping"), "id", "uuid");
      strip(entry.path("response").path("headers"), "Matched-Stub-Id");
      for (JsonNode subEvent : entry.path("subEvents")) {
        strip(subEvent, "timeOffsetNanos");
      }
      entries.add(entry);
    }
    assertThat(entries).as("journal entries").isNotEmpty();
    return entries;
  }

  private static void strip(JsonNode node, String... fields) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of(fields));
    }
  }

  /** Requests derived from the document: valid, documented, and changed one place at a time. */
  private static List<Sent> requests(ContractRuntime contract, Random random) {
    List<Sent> all = new ArrayList<>();
    for (ApiOperation operation : contract.operations()) {
      Sent valid = Sent.valid(operation);
      all.add(valid);
      List<Sent> changed = new ArrayList<>();
      operation
          .requestBody()
          .ifPresent(
              body ->
                  body.examples().stream()
                      .map(NamedExample::value)
                      .forEach(v -> changed.add(valid.withBody(v.toString()))));
      JsonNode body = operation.validRequest().body();
      if (body != null) {
        for (JsonNode variant : bodyVariants(body)) {
          changed.add(valid.withBody(variant.toString()));
        }
        changed.add(valid.withBody("{"));
        changed.add(valid.withBody(""));
        changed.add(valid.withHeader("Content-Type", "text/plain"));
      }
      for (String header : valid.headers().keySet()) {
        changed.add(valid.withoutHeader(header));
      }
      for (ApiParameter parameter : operation.parameters()) {
        if (parameter.location() == ParameterLocation.COOKIE) {
          continue;
        }
        for (String value : List.of("a-b", "x".repeat(300), "%25", "Ünï")) {
          ValidRequest odd = operation.validRequest(Map.of(parameter.name(), value));
          changed.add(valid.at(odd.pathAndQuery()).withHeaders(odd.headers()));
        }
      }
      for (String method : List.of("GET", "POST", "DELETE", "PATCH")) {
        if (!method.equals(operation.method())) {
          changed.add(valid.withMethod(method));
        }
      }
      changed.add(valid.at(valid.path() + "/more"));
      changed.add(valid.at("/not/in/the/contract"));
      operation.examples().stream()
          .findFirst()
          .ifPresent(
              example -> changed.add(valid.withHeader("Prefer", "example=" + example.name())));
      java.util.Collections.shuffle(changed, random);
      all.addAll(changed.subList(0, Math.min(CHANGED_PER_OPERATION, changed.size())));
      // What WireMock reads apart from the contract: cookies, a multipart body, a forwarded IP.
      all.add(valid.withHeader("Cookie", "session=abc; theme=dark"));
      all.add(valid.withHeader("X-Forwarded-For", "203.0.113.7"));
      all.add(
          valid
              .withHeader("Content-Type", "multipart/form-data; boundary=b0undary")
              .withBody(
                  "--b0undary\r\nContent-Disposition: form-data; name=\"part\"\r\n\r\nvalue\r\n--b0undary--\r\n"));
    }
    return all;
  }

  /**
   * The body with each field, at every depth, changed in one way or left out; one unknown field.
   */
  private static List<JsonNode> bodyVariants(JsonNode body) {
    List<JsonNode> variants = new ArrayList<>();
    collect(body, body, "", variants);
    if (body.isObject()) {
      ObjectNode unknown = body.deepCopy();
      unknown.put("not_in_the_contract", "x");
      variants.add(unknown);
    }
    return variants;
  }

  private static void collect(JsonNode root, JsonNode node, String pointer, List<JsonNode> out) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String field = names.next();
        String at = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
        ObjectNode without = root.deepCopy();
        ((ObjectNode) without.at(pointer.isEmpty() ? "" : pointer)).remove(field);
        out.add(without);
        collect(root, node.get(field), at, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(root, node.get(i), pointer + "/" + i, out);
      }
    } else {
      for (JsonNode replacement :
          List.of(
              new TextNode(""),
              new TextNode(node.asText() + "-"),
              new TextNode("y".repeat(2000)),
              JSON.getNodeFactory().numberNode(12345),
              JSON.getNodeFactory().nullNode(),
              JSON.getNodeFactory().booleanNode(true))) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
          object.set(last, replacement);
        } else if (parent.isArray()) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) parent)
              .set(Integer.parseInt(last), replacement);
        }
        out.add(copy);
      }
    }
  }

  /** One request, as sent to both stubs. */
  private record Sent(String method, String path, Map<String, String> headers, String body) {

    static Sent valid(ApiOperation operation) {
      ValidRequest valid = operation.validRequest();
      Map<String, String> headers = new LinkedHashMap<>(valid.headers());
      operation
          .tokenAlternative()
          .map(SecurityAlternative::headers)
          .filter(names -> !names.isEmpty())
          .ifPresent(names -> headers.put(names.get(0), "shortcut-test-token"));
      return new Sent(
          valid.method(),
          valid.pathAndQuery(),
          headers,
          valid.body() == null ? "" : valid.body().toString());
    }

    Sent withBody(String value) {
      return new Sent(method, path, headers, value);
    }

    Sent withMethod(String value) {
      return new Sent(value, path, headers, body);
    }

    Sent at(String value) {
      return new Sent(method, value, headers, body);
    }

    Sent withHeader(String name, String value) {
      Map<String, String> changed = new LinkedHashMap<>(headers);
      changed.put(name, value);
      return new Sent(method, path, changed, body);
    }

    Sent withHeaders(Map<String, String> values) {
      Map<String, String> changed = new LinkedHashMap<>(headers);
      changed.putAll(values);
      return new Sent(method, path, changed, body);
    }

    Sent withoutHeader(String name) {
      Map<String, String> changed = new LinkedHashMap<>(headers);
      changed.remove(name);
      return new Sent(method, path, changed, body);
    }

    Answer to(String baseUrl) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(builder::header);
      try {
        HttpResponse<String> response =
            CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answerHeaders.putAll(response.headers().map());
        answerHeaders.remove("Matched-Stub-Id");
        answerHeaders.remove("Date");
        return new Answer(response.statusCode(), answerHeaders.toString(), response.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private record Answer(int status, String headers, String body) {}

  private static String multiOperationDocument() throws IOException {
    try (InputStream in = ContractModel.class.getResourceAsStream("/multi-operation.yaml")) {
      assertThat(in).as("multi-operation.yaml from the contract model's test-jar").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
