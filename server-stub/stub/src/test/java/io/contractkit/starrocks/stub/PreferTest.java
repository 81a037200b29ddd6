package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.stub.ErrorAnswers.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.stub.contract.DocumentedExample;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prefer semantics: unknown names and undocumented codes are refused naming what is documented; delays and faults on demand. */
class PreferTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub = StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

  private static Http valid() {
    return Http.validRequest(stub.baseUrl());
  }

  @Test
  void refuses_an_unknown_example_name_listing_the_documented_ones() {
    HttpResponse<String> response = valid().header("Prefer", "example=no_such_example").send();

    JsonNode error = assertRefused(response, 400);
    for (DocumentedExample example : ContractFixtures.operation().examples().all()) {
      assertThat(error.path("error_msg").asText()).contains(example.name());
    }
    assertThat(stub.violations()).singleElement().satisfies(v -> assertThat(v.violations().get(0).where()).isEqualTo("header Prefer"));
  }

  @Test
  void refuses_an_undocumented_status_listing_the_documented_ones() {
    HttpResponse<String> response = valid().header("Prefer", "code=418").send();

    JsonNode error = assertRefused(response, 400);
    ContractFixtures.operation().examples().statuses()
        .forEach(status -> assertThat(error.path("error_msg").asText()).contains(String.valueOf(status)));
  }

  @Test
  void refuses_an_example_asked_with_another_status_than_its_own() {
    DocumentedExample success = ContractFixtures.operation().examples().defaultAnswer().orElseThrow();

    HttpResponse<String> response = valid().header("Prefer", "code=500, example=" + success.name()).send();

    assertRefused(response, 400);
  }

  @Test
  void refuses_a_code_that_is_not_a_number() {
    assertRefused(valid().header("Prefer", "code=teapot").send(), 400);
  }

  @Test
  void ignores_preferences_it_does_not_know_as_rfc_7240_asks() {
    HttpResponse<String> response = valid().header("Prefer", "respond-async, return=minimal").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER)).isEmpty();
  }

  @Test
  void accepts_preferences_separated_by_semicolons_and_in_several_headers() {
    DocumentedExample error = ContractFixtures.operation().examples().firstWithStatus(500).orElseThrow();

    HttpResponse<String> response = valid().header("Prefer", "code=500; delay=1").send();

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Http.json(response)).isEqualTo(error.body());
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER)).contains("code=500, delay=1");
  }

  @Test
  void still_refuses_a_request_that_breaks_the_contract_when_an_example_is_asked() {
    HttpResponse<String> response =
        valid().header("Prefer", "example=" + ContractFixtures.operation().examples().defaultAnswer().orElseThrow().name())
            .body("{\"task_name\": \"a-b\"}")
            .send();

    assertRefused(response, 400);
  }

  @Test
  void delays_the_answer_when_asked() {
    HttpResponse<String> response = valid().header("Prefer", "delay=50").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER)).contains("delay=50");
    assertThat(stub.getAllServeEvents()).singleElement()
        .satisfies(event -> assertThat(event.getResponseDefinition().getFixedDelayMilliseconds()).isEqualTo(50));
  }

  @Test
  void refuses_a_delay_longer_than_its_limit() {
    HttpResponse<String> response = valid().header("Prefer", "delay=" + (StubSettings.DEFAULT_MAX_DELAY_MILLIS + 1)).send();

    JsonNode error = assertRefused(response, 400);
    assertThat(error.path("error_msg").asText()).contains(String.valueOf(StubSettings.DEFAULT_MAX_DELAY_MILLIS));
  }

  @Test
  void drops_the_connection_when_asked_for_a_reset() {
    assertThatThrownBy(() -> valid().header("Prefer", "fault=connection_reset_by_peer").sendOrFail()).isInstanceOf(IOException.class);
  }

  @Test
  void closes_the_connection_without_an_answer_when_asked_for_an_empty_response() {
    assertThatThrownBy(() -> valid().header("Prefer", "fault=empty_response").sendOrFail()).isInstanceOf(IOException.class);
  }

  @Test
  void refuses_an_unknown_fault_listing_the_known_ones() {
    JsonNode error = assertRefused(valid().header("Prefer", "fault=meteor").send(), 400);

    StubFaults.names().forEach(name -> assertThat(error.path("error_msg").asText()).contains(name));
  }
}
