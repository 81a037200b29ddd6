package io.contractkit.starrocks.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.error.EmptyResponseException;
import io.contractkit.starrocks.client.error.MalformedResponseException;
import io.contractkit.starrocks.client.error.RequestTimeoutException;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.client.error.TransportException;
import io.contractkit.starrocks.conformance.SdkCall.CredentialForm;
import io.contractkit.starrocks.stub.StarRocksSyncStub;
import io.contractkit.starrocks.stub.StubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK against every scenario of {@code hostile.json}, served by the stub: a model that
 * keeps what came, or the typed exception {@code client/java/README.md} names for the neutral error
 * kind; never an untyped crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaSdkHostileAnswersTest {

  private static final JsonNode HOSTILE = Vectors.read("hostile.json");
  private static final JsonNode OUTCOMES = Vectors.read("outcomes.json");
  private static final Path CLIENT_README = Path.of("..", "java", "README.md");

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
  Stream<DynamicTest> every_hostile_answer_becomes_a_model_or_the_typed_exception() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode scenario : HOSTILE.path("scenarios")) {
      tests.add(DynamicTest.dynamicTest(scenario.path("name").asText(), () -> copesWith(scenario)));
    }
    assertThat(tests).as("hostile.json lists scenarios").isNotEmpty();
    return tests.stream();
  }

  @Test
  void the_client_readme_says_what_the_sdk_does_for_every_scenario_and_no_other() throws Exception {
    String readme = Files.readString(CLIENT_README);
    int start = readme.indexOf("## Hostile answers");
    assertThat(start).as("%s has a section ## Hostile answers", CLIENT_README).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
    List<String> listed = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|").matcher(section);
    while (row.find()) {
      listed.add(row.group(1));
    }

    assertThat(listed)
        .containsExactlyElementsOf(HOSTILE.path("scenarios").findValuesAsText("name"));
  }

  private void copesWith(JsonNode scenario) throws Exception {
    JsonNode expect = scenario.path("expect");
    Duration timeout =
        expect.has("client_timeout_ms")
            ? Duration.ofMillis(expect.path("client_timeout_ms").asLong())
            : null;
    StarRocksSyncClient client =
        SdkCall.client(
            stub.baseUrl(), CredentialForm.IAM_TOKEN, scenario.path("prefer").asText(), timeout);
    JsonNode operation = operation(scenario.path("operation_id").asText());

    if (expect.path("kind").asText().equals("model")) {
      JsonNode model = SdkCall.call(client, operation);
      if (expect.has("value_at")) {
        JsonNode at = expect.path("value_at");
        assertThat(model.at(at.path("pointer").asText())).isEqualTo(at.path("value"));
      }
      if (expect.has("absent")) {
        assertThat(model.at(expect.path("absent").asText()).isMissingNode()).isTrue();
      }
      if (expect.has("null_at")) {
        // Java's models have no "absent" beside null: a null field is left out when written.
        assertThat(model.at(expect.path("null_at").asText()).isMissingNode()).isTrue();
      }
    } else {
      Throwable thrown = catchThrowable(() -> SdkCall.call(client, operation));
      assertError(expect, thrown);
    }
    assertThat(stub.violations()).isEmpty();
  }

  private static void assertError(JsonNode expect, Throwable thrown) {
    String error = expect.path("error").asText();
    switch (error) {
      case "service_error" -> {
        assertThat(thrown).isInstanceOf(ServiceResponseException.class);
        ServiceResponseException e = (ServiceResponseException) thrown;
        assertThat(e.getHttpStatusCode()).isEqualTo(expect.path("status").asInt());
        assertThat(e.hasErrorDocument()).isTrue();
        assertThat(e.getErrorCode()).isEqualTo(expect.path("error_code").asText());
        assertThat(e.isRetryable()).isEqualTo(expect.path("retryable").asBoolean());
        assertThat(e.getRetryAfterSeconds()).hasValue(expect.path("retry_after_seconds").asLong());
      }
      case "unexpected_response" -> {
        assertThat(thrown).isInstanceOf(ServiceResponseException.class);
        ServiceResponseException e = (ServiceResponseException) thrown;
        assertThat(e.getHttpStatusCode()).isEqualTo(expect.path("status").asInt());
        assertThat(e.hasErrorDocument()).isFalse();
        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getMessage()).contains("not the API's error document");
      }
      case "empty_response" -> {
        assertThat(thrown).isInstanceOf(EmptyResponseException.class);
        assertThat(((TransportException) thrown).getHttpStatusCode())
            .isEqualTo(expect.path("status").asInt());
      }
      case "malformed_response" -> {
        assertThat(thrown).isInstanceOf(MalformedResponseException.class);
        assertThat(((TransportException) thrown).getHttpStatusCode())
            .isEqualTo(expect.path("status").asInt());
      }
      case "timeout" -> assertThat(thrown).isInstanceOf(RequestTimeoutException.class);
      default ->
          throw new AssertionError(
              "hostile.json names an error kind the test does not know: " + error);
    }
  }

  private static JsonNode operation(String id) {
    for (JsonNode operation : OUTCOMES.path("operations")) {
      if (operation.path("operation_id").asText().equals(id)) {
        return operation;
      }
    }
    throw new AssertionError("outcomes.json has no operation " + id);
  }
}
