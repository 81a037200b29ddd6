package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.stub.ErrorAnswers.assertRefused;
import static io.contractkit.starrocks.stub.ErrorAnswers.assertStubRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Prefer semantics: unknown names and undocumented codes are refused naming what is documented;
 * delays and faults on demand.
 */
class PreferTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub =
      StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

  private static Http valid() {
    return Http.validRequest(stub.baseUrl());
  }

  @Test
  void refuses_an_unknown_example_name_with_its_own_code_listing_the_documented_ones() {
    HttpResponse<String> response = valid().header("Prefer", "example=no_such_example").send();

    JsonNode error = assertStubRefusal(response, StubError.UNKNOWN_EXAMPLE);
    assertThat(error.path("error_msg").asText()).contains("example=no_such_example");
    for (ResponseExample example : ContractFixtures.operation().examples()) {
      assertThat(error.path("error_msg").asText()).contains(example.name());
    }
    assertThat(stub.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.violations().get(0).where()).isEqualTo("header Prefer");
              assertThat(v.stubError()).contains(StubError.UNKNOWN_EXAMPLE);
            });
  }

  @Test
  void a_typo_in_an_example_name_never_carries_the_error_code_of_the_example_it_resembles() {
    ResponseExample documented =
        ContractFixtures.operation().examples().stream()
            .filter(e -> !e.isSuccess())
            .findFirst()
            .orElseThrow();

    JsonNode error =
        assertStubRefusal(
            valid().header("Prefer", "example=" + documented.name() + "x").send(),
            StubError.UNKNOWN_EXAMPLE);

    assertThat(error.path("error_code")).isNotEqualTo(documented.value().path("error_code"));
  }

  @Test
  void quotes_a_long_unknown_example_name_with_its_head_and_its_tail() {
    String name = "head_of_the_name_" + "x".repeat(600) + "_tail_of_the_name";

    JsonNode error =
        assertStubRefusal(
            valid().header("Prefer", "example=" + name).send(), StubError.UNKNOWN_EXAMPLE);

    assertThat(error.path("error_msg").asText())
        .contains("example=head_of_the_name_")
        .contains("_tail_of_the_name")
        .contains("...");
  }

  @Test
  void refuses_an_undocumented_status_with_its_own_code_listing_the_documented_ones() {
    HttpResponse<String> response = valid().header("Prefer", "code=418").send();

    JsonNode error = assertStubRefusal(response, StubError.UNDOCUMENTED_STATUS);
    ContractFixtures.operation()
        .statuses()
        .forEach(
            status ->
                assertThat(error.path("error_msg").asText()).contains(String.valueOf(status)));
  }

  @Test
  void refuses_an_example_asked_with_another_status_than_its_own() {
    ResponseExample success = ContractFixtures.operation().defaultAnswer().orElseThrow();

    HttpResponse<String> response =
        valid().header("Prefer", "code=500, example=" + success.name()).send();

    assertStubRefusal(response, StubError.PREFER_CONFLICT);
  }

  @Test
  void refuses_a_code_that_is_not_a_number_quoting_it() {
    JsonNode error =
        assertStubRefusal(
            valid().header("Prefer", "code=teapot").send(), StubError.MALFORMED_PREFER);

    assertThat(error.path("error_msg").asText()).contains("code=teapot");
  }

  @Test
  void ignores_preferences_it_does_not_know_as_rfc_7240_asks() {
    HttpResponse<String> response =
        valid().header("Prefer", "respond-async, return=minimal").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER))
        .isEmpty();
  }

  @Test
  void accepts_preferences_separated_by_semicolons() {
    ResponseExample error = ContractFixtures.operation().firstWithStatus(500).orElseThrow();

    HttpResponse<String> response = valid().header("Prefer", "code=500; delay=1").send();

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Http.json(response)).isEqualTo(error.value());
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER))
        .contains("code=500, delay=1");
  }

  @Test
  void reads_preferences_from_several_prefer_headers_in_order() {
    ResponseExample error = ContractFixtures.operation().firstWithStatus(500).orElseThrow();

    HttpResponse<String> response =
        valid()
            .addHeader("Prefer", "respond-async")
            .addHeader("Prefer", "code=500")
            .addHeader("Prefer", "delay=1; code=200")
            .send();

    // three header lines: the unknown one ignored, the first code= wins over the later one
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Http.json(response)).isEqualTo(error.value());
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER))
        .contains("code=500, delay=1");
  }

  @Test
  void still_refuses_a_request_that_breaks_the_contract_when_an_example_is_asked() {
    HttpResponse<String> response =
        valid()
            .header(
                "Prefer",
                "example=" + ContractFixtures.operation().defaultAnswer().orElseThrow().name())
            .body("{\"task_name\": \"a-b\"}")
            .send();

    assertRefused(response, 400);
  }

  @Test
  void delays_the_answer_when_asked() {
    HttpResponse<String> response = valid().header("Prefer", "delay=50").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ContractAnswerTransformer.PREFERENCE_APPLIED_HEADER))
        .contains("delay=50");
    assertThat(stub.getAllServeEvents())
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getResponseDefinition().getFixedDelayMilliseconds())
                    .isEqualTo(50));
  }

  @Test
  void refuses_a_delay_longer_than_its_limit() {
    HttpResponse<String> response =
        valid().header("Prefer", "delay=" + (StubSettings.DEFAULT_MAX_DELAY_MILLIS + 1)).send();

    JsonNode error = assertStubRefusal(response, StubError.MALFORMED_PREFER);
    assertThat(error.path("error_msg").asText())
        .contains(String.valueOf(StubSettings.DEFAULT_MAX_DELAY_MILLIS));
  }

  @Test
  void drops_the_connection_when_asked_for_a_reset() {
    assertThatThrownBy(
            () -> valid().header("Prefer", "fault=connection_reset_by_peer").sendOrFail())
        .isInstanceOf(IOException.class);
  }

  @Test
  void closes_the_connection_without_an_answer_when_asked_for_an_empty_response() {
    assertThatThrownBy(() -> valid().header("Prefer", "fault=empty_response").sendOrFail())
        .isInstanceOf(IOException.class);
  }

  @Test
  void refuses_an_unknown_fault_listing_the_known_ones() {
    JsonNode error =
        assertStubRefusal(
            valid().header("Prefer", "fault=meteor").send(), StubError.MALFORMED_PREFER);

    StubFaults.names().forEach(name -> assertThat(error.path("error_msg").asText()).contains(name));
  }
}
