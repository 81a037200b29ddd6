package io.contractkit.starrocks.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.contract.cases.Credentials;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.cases.NegativeCases;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.contract.judge.AnswerJudge;
import io.contractkit.starrocks.contract.model.Contract;
import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.targets.ServerUnderTest;
import io.contractkit.starrocks.contract.targets.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Provider side, driven by the document: every request example, every credential form, every
 * documented response example and status (selected with {@code Prefer}), and one request per
 * constraint of the document that breaks exactly that constraint — sent to each server under
 * test. The report lists every case by name under the server it ran against.
 */
class ProviderConformanceTest {

  private static final Contract CONTRACT = Contract.load();
  private static List<ServerUnderTest> servers;

  @BeforeAll
  static void startServers() {
    servers = Targets.start();
  }

  @AfterAll
  static void stopServers() {
    servers.forEach(ServerUnderTest::close);
  }

  @TestFactory
  Stream<DynamicNode> every_documented_case_against_every_server() {
    Credentials credentials = Targets.credentials();
    return servers.stream().map(server -> DynamicContainer.dynamicContainer(server.name(),
        CONTRACT.endpoints().stream().map(Targets::withConfiguredPathValues).map(endpoint -> DynamicContainer.dynamicContainer(endpoint.displayName(),
            cases(endpoint, credentials, server).stream().map(httpCase -> check(server, endpoint, httpCase))))));
  }

  private static List<HttpCase> cases(Endpoint endpoint, Credentials credentials, ServerUnderTest server) {
    List<HttpCase> cases = new ArrayList<>(PositiveCases.defaults(endpoint, credentials));
    if (server.honoursPrefer()) {
      cases.addAll(PositiveCases.selectedOutcomes(endpoint, credentials));
    }
    cases.addAll(NegativeCases.derive(endpoint, credentials).cases());
    return cases;
  }

  private static DynamicTest check(ServerUnderTest server, Endpoint endpoint, HttpCase httpCase) {
    return DynamicTest.dynamicTest(httpCase.name(), () -> {
      var answer = new CaseRunner(server.baseUrl()).send(httpCase);
      assertThat(new AnswerJudge(endpoint).shortcomings(httpCase, answer))
          .as("%s answering %s", server.name(), httpCase.name())
          .isEmpty();
    });
  }
}
