package io.contractkit.starrocks.contract.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.contract.cases.RequestFactory;
import io.contractkit.starrocks.contract.judge.Answer;
import io.contractkit.starrocks.contract.judge.AnswerJudge;
import io.contractkit.starrocks.contract.model.Contract;
import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.targets.ServerUnderTest;
import io.contractkit.starrocks.contract.targets.Targets;
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
 * nesting, broken JSON, duplicate keys, bytes that are not UTF-8). Each gets a 2xx or a 4xx in
 * the {@code {error_code, error_msg}} format within the time bound, never a 5xx or a dropped
 * connection, and the server still answers a valid request afterwards. The seed is printed in
 * each test name; {@code -Dcontract.seed=<n>} replays a run.
 */
class MalformedRequestsTest {

  private static final int REQUESTS_PER_SERVER = Integer.getInteger("contract.mutations", 300);
  private static final long SEED = Long.getLong("contract.seed", System.nanoTime());
  private static final Duration TIME_BOUND = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIME_BOUND).build();
  private static final Contract CONTRACT = Contract.load();

  @TestFactory
  Stream<DynamicTest> mutated_requests_get_a_2xx_or_a_4xx_in_the_error_format() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : CONTRACT.endpoints()) {
      tests.add(DynamicTest.dynamicTest("stub, " + endpoint.displayName() + ", seed " + SEED,
          () -> survives(Targets.stub(), endpoint)));
      tests.add(DynamicTest.dynamicTest("reference implementation, " + endpoint.displayName() + ", seed " + SEED,
          () -> survives(Targets.reference(), endpoint)));
    }
    return tests.stream();
  }

  private static void survives(ServerUnderTest server, Endpoint endpoint) throws Exception {
    try (server) {
      RequestFactory requests = new RequestFactory(endpoint, Targets.credentials());
      AnswerJudge judge = new AnswerJudge(endpoint);
      MalformedRequests mutations = new MalformedRequests(List.copyOf(endpoint.requestExamples().values()), SEED);
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < REQUESTS_PER_SERVER && failures.size() < 5; i++) {
        MalformedRequests.Mutated mutated = mutations.next();
        String problem;
        try {
          problem = judge(judge, send(server, endpoint, requests, mutated.body()));
        } catch (java.io.IOException e) {
          problem = "no answer: " + e;
        }
        if (problem != null) {
          failures.add("#" + i + " " + mutated + " -> " + problem);
        }
      }
      assertThat(failures).as("%s under %d mutated requests", server.name(), REQUESTS_PER_SERVER).isEmpty();

      byte[] valid = endpoint.requestExamples().values().iterator().next().toString().getBytes();
      assertThat(send(server, endpoint, requests, valid).statusCode()).as("a valid request afterwards").isBetween(200, 299);
    }
  }

  private static HttpResponse<String> send(ServerUnderTest server, Endpoint endpoint, RequestFactory requests, byte[] body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + requests.path()))
        .timeout(TIME_BOUND)
        .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
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
    response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    List<String> problems = judge.contractProblems(new Answer(status, headers, response.body()));
    return problems.isEmpty() ? null : "status " + status + ": " + problems + " " + abbreviate(response.body());
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
