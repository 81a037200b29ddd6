package io.contractkit.starrocks.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.runtime.testing.SecretRequests;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit extension as a consumer's test sees it, run through JUnit's own engine: a test whose
 * request breaks the contract fails, listing the violation; everything else passes.
 */
class StarRocksSyncStubExtensionTest {

  private static Events run(Class<?> consumerTests) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(consumerTests))
        .execute()
        .testEvents();
  }

  @Test
  void fails_a_test_whose_request_breaks_the_contract_listing_the_violation() {
    run(ConsumerWithABadRequest.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("sends_a_task_name_with_a_hyphen"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.contains("broke the contract")
                                && m.contains("body.task_name")
                                && m.contains("PUT /v3/")))));
  }

  @Test
  void tells_a_test_that_broke_the_contract_what_to_change_and_how_to_opt_out() {
    run(ConsumerWithABadRequest.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("sends_a_task_name_with_a_hyphen"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("fix what your code sends")
                                && m.contains("with a Prefer header")
                                && m.contains("stub.clearViolations()")
                                && m.contains("failOnContractViolation(false)")))));
  }

  @Test
  void
      tells_a_test_whose_prefer_header_is_wrong_to_fix_it_without_suggesting_a_prefer_header_instead() {
    run(ConsumerWithAnUnknownExampleName.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("asks_for_an_example_with_a_typo"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains(StubError.UNKNOWN_EXAMPLE.code())
                                && m.contains("example=" + ConsumerWithAnUnknownExampleName.NAME)
                                && !m.contains("broke the contract")
                                && !m.contains("with a Prefer header")
                                && m.contains("stub.clearViolations()")
                                && m.contains("failOnContractViolation(false)")))));
  }

  @Test
  void lists_a_refused_request_without_the_secrets_it_carried() {
    run(ConsumerWithSecretsAndABadSignature.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("sends_a_malformed_signature"),
                finishedWithFailure(
                    message(
                        m -> {
                          assertThat(m).contains("-> 401");
                          SecretRequests.assertNoSecretIn(m);
                          return true;
                        }))));
  }

  @Test
  void fails_a_test_that_sends_no_credential() {
    run(ConsumerWithoutToken.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("forgets_the_token"),
                finishedWithFailure(
                    message(m -> m.contains("-> 401") && m.contains("X-Auth-Token")))));
  }

  @Test
  void passes_a_test_whose_requests_keep_the_contract_and_offers_wiremock_verify() {
    Events events = run(ConsumerWithAGoodRequest.class);

    events.assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void starts_each_test_with_no_violation_and_an_empty_journal() {
    Events events = run(ConsumerWithABadThenAGoodTest.class);

    events
        .assertThatEvents()
        .haveExactly(1, event(test("first_sends_a_bad_request"), finishedWithFailure()))
        .haveExactly(1, event(test("then_sends_a_good_one"), finishedSuccessfully()));
  }

  @Test
  void lets_a_test_provoke_violations_on_purpose_when_switched_off() {
    run(ConsumerThatSwitchedTheCheckOff.class)
        .assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void lets_a_test_forgive_the_violations_it_provoked() {
    run(ConsumerThatClearsViolations.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void runs_as_an_instance_field_too() {
    run(ConsumerWithAnInstanceField.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("sends_a_bad_request"),
                finishedWithFailure(message(m -> m.contains("body.task_name")))));
  }

  @Test
  void keeps_checking_requests_that_a_test_answers_with_its_own_mapping() {
    run(ConsumerWithItsOwnMapping.class)
        .assertThatEvents()
        .haveExactly(
            1, event(test("overrides_the_answer_and_sends_a_good_request"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                test("overrides_the_answer_and_sends_a_bad_request"),
                finishedWithFailure(message(m -> m.contains("body.task_name")))));
  }

  // The consumer tests below are run by the tests above, not by Surefire (nested classes are
  // excluded).

  static class ConsumerWithABadRequest {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void sends_a_task_name_with_a_hyphen() {
      Http.validRequest(stub.baseUrl()).body("{\"task_name\": \"nightly-orders\"}").send();
    }
  }

  static class ConsumerWithAnUnknownExampleName {
    static final String NAME = ContractFixtures.operation().examples().get(0).name() + "_typo";

    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void asks_for_an_example_with_a_typo() {
      Http.validRequest(stub.baseUrl()).header("Prefer", "example=" + NAME).send();
    }
  }

  static class ConsumerWithSecretsAndABadSignature {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void sends_a_malformed_signature() {
      SecretRequests.send(stub.baseUrl());
    }
  }

  static class ConsumerWithoutToken {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void forgets_the_token() {
      Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token").send();
    }
  }

  static class ConsumerWithAGoodRequest {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void sends_the_documented_request() {
      assertThat(Http.validRequest(stub.baseUrl()).send().statusCode()).isEqualTo(200);
      stub.verify(
          1, putRequestedFor(urlPathTemplate(ContractFixtures.operation().path().template())));
      assertThat(stub.violations()).isEmpty();
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ConsumerWithABadThenAGoodTest {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    @Order(1)
    void first_sends_a_bad_request() {
      Http.validRequest(stub.baseUrl()).body("[]").send();
    }

    @Test
    @Order(2)
    void then_sends_a_good_one() {
      Http.validRequest(stub.baseUrl()).send();
      assertThat(stub.getAllServeEvents()).hasSize(1);
    }
  }

  static class ConsumerThatSwitchedTheCheckOff {
    @RegisterExtension
    static StarRocksSyncStubExtension stub =
        StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

    @Test
    void sends_a_bad_request_on_purpose() {
      assertThat(Http.validRequest(stub.baseUrl()).body("[]").send().statusCode()).isEqualTo(400);
      assertThat(stub.violations()).hasSize(1);
    }
  }

  static class ConsumerThatClearsViolations {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void checks_its_error_handling_then_forgives() {
      assertThat(
              Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token").send().statusCode())
          .isEqualTo(401);
      stub.clearViolations();
    }
  }

  static class ConsumerWithItsOwnMapping {
    @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void overrides_the_answer_and_sends_a_good_request() {
      stub.stubFor(put(urlPathMatching("/v3/.*")).willReturn(aResponse().withStatus(503)));

      assertThat(Http.validRequest(stub.baseUrl()).send().statusCode()).isEqualTo(503);
    }

    @Test
    void overrides_the_answer_and_sends_a_bad_request() {
      stub.stubFor(put(urlPathMatching("/v3/.*")).willReturn(aResponse().withStatus(503)));

      assertThat(
              Http.validRequest(stub.baseUrl())
                  .body("{\"task_name\": \"a-b\"}")
                  .send()
                  .statusCode())
          .isEqualTo(503);
    }
  }

  static class ConsumerWithAnInstanceField {
    @RegisterExtension StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

    @Test
    void sends_a_bad_request() {
      Http.validRequest(stub.baseUrl()).body("{\"task_name\": \"a-b\"}").send();
    }
  }
}
