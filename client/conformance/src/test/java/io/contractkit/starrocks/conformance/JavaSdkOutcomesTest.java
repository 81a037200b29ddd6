package io.contractkit.starrocks.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.conformance.SdkCall.CredentialForm;
import io.contractkit.starrocks.stub.StarRocksSyncStub;
import io.contractkit.starrocks.stub.StubSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK against {@code outcomes.json} and the stub, as every other SDK runs it: every
 * documented outcome of every operation, with an IAM token and with AK/SK, arrives as the typed
 * model or the typed service error, and the stub saw no contract violation in what it sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaSdkOutcomesTest {

  private static final JsonNode OUTCOMES = Vectors.read("outcomes.json");

  private StarRocksSyncStub stub;

  @BeforeAll
  void start() {
    stub = StarRocksSyncStub.start(StubSettings.defaults());
  }

  @AfterAll
  void stop() {
    stub.stop();
  }

  @TestFactory
  Stream<DynamicTest> every_documented_outcome_arrives_typed_with_either_credential() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode operation : OUTCOMES.path("operations")) {
      for (JsonNode outcome : operation.path("outcomes")) {
        for (CredentialForm form : CredentialForm.values()) {
          tests.add(
              DynamicTest.dynamicTest(
                  operation.path("operation_id").asText()
                      + " "
                      + outcome.path("prefer").asText()
                      + " with "
                      + form,
                  () -> runs(operation, outcome, form)));
        }
      }
    }
    assertThat(tests).as("outcomes.json lists outcomes").isNotEmpty();
    return tests.stream();
  }

  private void runs(JsonNode operation, JsonNode outcome, CredentialForm form) throws Exception {
    StarRocksSyncClient client =
        SdkCall.client(stub.baseUrl(), form, outcome.path("prefer").asText(), null);
    String kind = outcome.path("kind").asText();
    if (kind.equals("model")) {
      JsonNode model = SdkCall.call(client, operation);
      if (outcome.path("body").isNull()) {
        assertThat(model).isNull();
      } else {
        assertThat(model).isEqualTo(outcome.path("body"));
      }
    } else {
      assertServiceError(client, operation, outcome);
    }
    assertThat(stub.violations())
        .as("violations of the contract the stub saw in what the SDK sent")
        .isEmpty();
  }

  private static void assertServiceError(
      StarRocksSyncClient client, JsonNode operation, JsonNode outcome) {
    String kind = outcome.path("kind").asText();
    assertThat(kind).isEqualTo("service_error");
    Throwable thrown = catchThrowable(() -> SdkCall.call(client, operation));
    assertThat(thrown).isInstanceOf(ServiceResponseException.class);
    ServiceResponseException error = (ServiceResponseException) thrown;
    assertThat(error.getHttpStatusCode()).isEqualTo(outcome.path("status").asInt());
    assertThat(error.getErrorCode()).isEqualTo(text(outcome.path("error_code")));
    assertThat(error.getErrorMsg()).isEqualTo(text(outcome.path("error_msg")));
    assertThat(error.getRequestId()).isEqualTo(text(outcome.path("request_id")));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
