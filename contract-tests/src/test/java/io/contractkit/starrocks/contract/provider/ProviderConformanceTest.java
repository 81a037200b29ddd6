package io.contractkit.starrocks.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.contract.cases.CredentialHeaders;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.cases.NegativeCases;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.contract.cases.RequestFactory;
import io.contractkit.starrocks.contract.judge.AnswerJudge;
import io.contractkit.starrocks.contract.targets.ServerUnderTest;
import io.contractkit.starrocks.contract.targets.Targets;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
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
 * constraint of the document that breaks exactly that constraint — sent to each server under test.
 * The report lists every case by name under the server it ran against.
 */
class ProviderConformanceTest {

  private static final ContractModel CONTRACT = Targets.contract();
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
    CredentialHeaders credentials = Targets.credentials();
    return servers.stream()
        .map(
            server ->
                DynamicContainer.dynamicContainer(
                    server.name(),
                    CONTRACT.operations().stream()
                        .map(
                            operation ->
                                DynamicContainer.dynamicContainer(
                                    operation.displayName(),
                                    cases(
                                            new RequestFactory(
                                                operation,
                                                credentials,
                                                Targets.configuredPathValues()),
                                            credentials,
                                            server)
                                        .stream()
                                        .map(httpCase -> check(server, operation, httpCase))))));
  }

  private static List<HttpCase> cases(
      RequestFactory requests, CredentialHeaders credentials, ServerUnderTest server) {
    List<HttpCase> cases = new ArrayList<>(PositiveCases.defaults(requests, credentials));
    if (server.honoursPrefer()) {
      cases.addAll(PositiveCases.selectedOutcomes(requests));
    }
    cases.addAll(NegativeCases.derive(requests, credentials).cases());
    return cases;
  }

  private static DynamicTest check(
      ServerUnderTest server, ApiOperation operation, HttpCase httpCase) {
    return DynamicTest.dynamicTest(
        httpCase.name(),
        () -> {
          var answer = new CaseRunner(server.baseUrl()).send(httpCase);
          assertThat(new AnswerJudge(CONTRACT, operation).shortcomings(httpCase, answer))
              .as("%s answering %s", server.name(), httpCase.name())
              .isEmpty();
        });
  }
}
