package io.contractkit.starrocks.contract.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.contract.cases.RequestFactory;
import io.contractkit.starrocks.contract.judge.Answer;
import io.contractkit.starrocks.contract.judge.AnswerJudge;
import io.contractkit.starrocks.contract.targets.ServerUnderTest;
import io.contractkit.starrocks.contract.targets.Targets;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.ParameterLocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness: hundreds of mutated requests per server (wrong types, unicode, huge strings, deep
 * nesting, broken JSON, duplicate keys, bytes that are not UTF-8). Each gets a 2xx or a 4xx in the
 * {@code {error_code, error_msg}} format within the time bound, never a 5xx or a dropped
 * connection, and the server still answers a valid request afterwards. The seed is printed (on the
 * console and in each test name); {@code -Dcontract.seed=<n>} replays a run.
 */
class MalformedRequestsTest {

  private static final int REQUESTS_PER_SERVER = Integer.getInteger("contract.mutations", 300);
  private static final long SEED = seed();
  private static final Duration TIME_BOUND = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIME_BOUND).build();
  private static final ContractModel CONTRACT = Targets.contract();

  /**
   * {@code -Dcontract.seed}, else a fresh one; printed either way, so a failure can be replayed.
   */
  static long seed() {
    String configured = System.getProperty("contract.seed", "").trim();
    long seed = configured.isEmpty() ? System.nanoTime() : Long.parseLong(configured);
    System.out.println(
        "MalformedRequestsTest seed "
            + seed
            + (configured.isEmpty() ? " (fresh)" : " (from -Dcontract.seed)")
            + "; replay with -Dcontract.seed="
            + seed);
    return seed;
  }

  @TestFactory
  Stream<DynamicTest> mutated_requests_get_a_2xx_or_a_4xx_in_the_error_format() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiOperation operation : CONTRACT.operations()) {
      tests.add(
          DynamicTest.dynamicTest(
              "stub, " + operation.displayName() + ", seed " + SEED,
              () -> survives(Targets.stub(), operation)));
      if (!Targets.otherDocument()) {
        tests.add(
            DynamicTest.dynamicTest(
                "reference implementation, " + operation.displayName() + ", seed " + SEED,
                () -> survives(Targets.reference(), operation)));
      }
    }
    return tests.stream();
  }

  private static void survives(ServerUnderTest server, ApiOperation operation) throws Exception {
    try (server) {
      RequestFactory requests = new RequestFactory(operation, Targets.credentials());
      AnswerJudge judge = new AnswerJudge(CONTRACT, operation);
      MalformedRequests mutations =
          new MalformedRequests(
              operation.requestBody().stream()
                  .flatMap(body -> body.examples().stream())
                  .map(NamedExample::value)
                  .toList(),
              Stream.concat(
                      operation.parameters(ParameterLocation.PATH).stream(),
                      operation.parameters(ParameterLocation.QUERY).stream())
                  .map(parameter -> parameter.name())
                  .toList(),
              SEED);
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < REQUESTS_PER_SERVER && failures.size() < 5; i++) {
        MalformedRequests.Mutated mutated = mutations.next();
        String problem;
        try {
          String path = requests.path(mutated.parameters());
          HttpResponse<String> answer =
              send(
                  server,
                  operation,
                  path,
                  requests,
                  mutated.body() != null ? mutated.body() : bytes(requests));
          // A path value that no longer fits the template (an empty segment) asks for another
          // route, which the contract does not have: any 4xx in the error format is right then.
          problem =
              operation.path().matches(path.split("\\?", 2)[0])
                  ? judge(judge, answer)
                  : judgeOffRoute(answer);
        } catch (java.io.IOException e) {
          problem = "no answer: " + e;
        }
        if (problem != null) {
          failures.add("#" + i + " " + mutated + " -> " + problem);
        }
      }
      assertThat(failures)
          .as("%s under %d mutated requests", server.name(), REQUESTS_PER_SERVER)
          .isEmpty();

      assertThat(send(server, operation, requests.path(), requests, bytes(requests)).statusCode())
          .as("a valid request afterwards")
          .isBetween(200, 299);
    }
  }

  private static byte[] bytes(RequestFactory requests) {
    return requests.body() == null
        ? null
        : requests.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(
      ServerUnderTest server,
      ApiOperation operation,
      String path,
      RequestFactory requests,
      byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(TIME_BOUND)
            .method(
                operation.method(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> header : requests.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A 2xx, or a 4xx that the document allows: documented status, documented error body. */
  private static String judge(AnswerJudge judge, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return null;
    }
    if (status < 400 || status >= 500) {
      return "status " + status + ": " + abbreviate(response.body());
    }
    Map<String, String> headers = new HashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    List<String> problems = judge.contractProblems(new Answer(status, headers, response.body()));
    return problems.isEmpty()
        ? null
        : "status " + status + ": " + problems + " " + abbreviate(response.body());
  }

  /** A 4xx whose body carries the document's error fields (the code and the message). */
  private static String judgeOffRoute(HttpResponse<String> response) {
    int status = response.statusCode();
    ErrorFormat errors =
        CONTRACT
            .errorFormat()
            .orElseThrow(() -> new IllegalStateException("the document declares no error format"));
    try {
      JsonNode body = new ObjectMapper().readTree(response.body());
      if (status >= 400
          && status < 500
          && body != null
          && (errors.codeField() == null || body.hasNonNull(errors.codeField()))
          && body.hasNonNull(errors.messageField())) {
        return null;
      }
    } catch (java.io.IOException e) {
      // not JSON: reported below
    }
    return "status "
        + status
        + " for a path off the operation's route: "
        + abbreviate(response.body());
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
