package io.contractkit.starrocks.contract.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.contract.cases.CredentialHeaders;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.cases.NegativeCases;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.contract.cases.RequestFactory;
import io.contractkit.starrocks.contract.judge.AnswerJudge;
import io.contractkit.starrocks.contract.provider.CaseRunner;
import io.contractkit.starrocks.contract.targets.ServerUnderTest;
import io.contractkit.starrocks.contract.targets.Targets;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite bites: the same provider-side cases, pointed at a server broken on purpose in one
 * representative way at a time, report that breakage. A suite that stayed green here would be
 * proving nothing about the real servers.
 */
class SuiteBitesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContractModel CONTRACT = ContractModel.load();
  private static final ApiOperation ENDPOINT = CONTRACT.operations().get(0);
  private static final ErrorFormat ERRORS = CONTRACT.errorFormat().orElseThrow();
  private static final CredentialHeaders CREDENTIALS = Targets.credentials();
  private static ServerUnderTest stub;

  @BeforeAll
  static void startStub() {
    stub = Targets.stub();
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  static Stream<Arguments> brokenServers() {
    return Stream.of(
        broken(
            "renames a response field",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return new MutatingProxy.Reply(
                    reply.status(),
                    reply.contentType(),
                    reply.body().replace("\"job_id\"", "\"jobId\""));
              }
            },
            "jobId"),
        broken(
            "drops a response field",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return new MutatingProxy.Reply(
                    reply.status(),
                    reply.contentType(),
                    reply.body().replaceAll("\"task_name\":\"[^\"]*\",?", ""));
              }
            },
            "missing [task_name]"),
        broken(
            "answers success with 201",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return reply.status() == 200
                    ? new MutatingProxy.Reply(201, reply.contentType(), reply.body())
                    : reply;
              }
            },
            "status 201"),
        broken(
            "answers a client error with 500",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return reply.status() == 400
                    ? new MutatingProxy.Reply(500, reply.contentType(), reply.body())
                    : reply;
              }
            },
            "status 500, expected 400"),
        broken(
            "forgets to validate the body",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Exchange request(MutatingProxy.Exchange exchange) {
                byte[] valid =
                    new RequestFactory(ENDPOINT, CREDENTIALS)
                        .body()
                        .getBytes(StandardCharsets.UTF_8);
                return new MutatingProxy.Exchange(
                    exchange.method(), exchange.path(), exchange.headers(), valid);
              }
            },
            "status 200, expected 400"),
        broken(
            "forgets to check the credential",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Exchange request(MutatingProxy.Exchange exchange) {
                Map<String, List<String>> headers = new java.util.HashMap<>(exchange.headers());
                headers
                    .keySet()
                    .removeIf(
                        name ->
                            ENDPOINT.credentialHeaders().stream().anyMatch(name::equalsIgnoreCase));
                new RequestFactory(ENDPOINT, CREDENTIALS)
                    .headers()
                    .forEach((name, value) -> headers.putIfAbsent(name, List.of(value)));
                return new MutatingProxy.Exchange(
                    exchange.method(), exchange.path(), headers, exchange.body());
              }
            },
            "expected 401"),
        broken(
            "leaves the field out of its error message",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return reply.status() == 400
                    ? withField(reply, ERRORS.messageField(), "Bad request.")
                    : reply;
              }
            },
            "the error does not name"),
        broken(
            "serves a documented error with another error code",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return reply.status() >= 400
                    ? withField(reply, ERRORS.codeField(), "DBS.000000")
                    : reply;
              }
            },
            "is not example"),
        broken(
            "answers errors in its own format",
            new MutatingProxy.Mutant() {
              @Override
              public MutatingProxy.Reply reply(MutatingProxy.Reply reply) {
                return reply.status() >= 400
                    ? new MutatingProxy.Reply(
                        reply.status(), reply.contentType(), "{\"message\":\"no\"}")
                    : reply;
              }
            },
            "missing required properties"));
  }

  @Test
  void reports_nothing_through_a_proxy_that_breaks_nothing() throws Exception {
    assertThat(reportsAgainst(new MutatingProxy.Mutant() {})).isEmpty();
  }

  @ParameterizedTest(name = "reports a server that {0}")
  @MethodSource("brokenServers")
  void reports_a_broken_server(String breakage, MutatingProxy.Mutant mutant, String expectedReport)
      throws Exception {
    List<String> reported = reportsAgainst(mutant);
    assertThat(reported)
        .as(
            "what the suite reports against a server that %s:%n%s",
            breakage, reported.stream().limit(5).collect(Collectors.joining("\n")))
        .anySatisfy(line -> assertThat(line).contains(expectedReport));
  }

  private static List<String> reportsAgainst(MutatingProxy.Mutant mutant) throws Exception {
    List<String> reported = new ArrayList<>();
    try (MutatingProxy broken = new MutatingProxy(stub.baseUrl(), mutant)) {
      CaseRunner runner = new CaseRunner(broken.baseUrl());
      AnswerJudge judge = new AnswerJudge(CONTRACT, ENDPOINT);
      for (HttpCase httpCase : cases()) {
        try {
          judge
              .shortcomings(httpCase, runner.send(httpCase))
              .forEach(problem -> reported.add(httpCase.name() + ": " + problem));
        } catch (RuntimeException validationFilter) {
          reported.add(httpCase.name() + ": " + validationFilter.getMessage());
        }
      }
    }
    return reported;
  }

  private static MutatingProxy.Reply withField(
      MutatingProxy.Reply reply, String name, String value) {
    try {
      ObjectNode body = (ObjectNode) JSON.readTree(reply.body());
      body.put(name, value);
      return new MutatingProxy.Reply(reply.status(), reply.contentType(), body.toString());
    } catch (Exception notAnObject) {
      return reply;
    }
  }

  private static List<HttpCase> cases() {
    List<HttpCase> cases = new ArrayList<>(PositiveCases.defaults(ENDPOINT, CREDENTIALS));
    cases.addAll(PositiveCases.selectedOutcomes(ENDPOINT, CREDENTIALS));
    cases.addAll(NegativeCases.derive(ENDPOINT, CREDENTIALS).cases());
    return cases;
  }

  private static Arguments broken(
      String breakage, MutatingProxy.Mutant mutant, String expectedReport) {
    return Arguments.of(breakage, mutant, expectedReport);
  }
}
