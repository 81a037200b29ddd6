package io.contractkit.starrocks.contract.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.error.ServerResponseException;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consumer side: the generated client against the stub. Every documented outcome reaches the caller
 * as a model equal to the example or as the typed error carrying the example's code and message;
 * every request the client sent keeps the contract, judged by the stub and again, independently, by
 * the validator on the stub's journal.
 */
class ClientAgainstStubTest {

  private static final ContractModel CONTRACT = ContractModel.load();
  private static final ErrorFormat ERRORS = CONTRACT.errorFormat().orElseThrow();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createFor(CONTRACT.openApi()).build();

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  @TestFactory
  Stream<DynamicTest> every_documented_outcome_reaches_the_client_as_a_model_or_a_typed_error() {
    return CONTRACT.operations().stream()
        .flatMap(
            operation ->
                operation.examples().stream()
                    .map(
                        example ->
                            DynamicTest.dynamicTest(
                                operation.operationId()
                                    + " answering "
                                    + example.name()
                                    + " ("
                                    + example.status()
                                    + ")",
                                () -> outcome(operation, example))));
  }

  @TestFactory
  Stream<DynamicTest> every_request_example_sent_by_the_client_keeps_the_contract() {
    return CONTRACT.operations().stream()
        .flatMap(
            operation ->
                operation.requestBody().stream()
                    .flatMap(body -> body.examples().stream())
                    .map(
                        example ->
                            DynamicTest.dynamicTest(
                                operation.operationId() + " sending " + example.name(),
                                () -> {
                                  stub.resetRequests();
                                  Object answer =
                                      ClientOperations.call(
                                          client(null), operation, example.value());
                                  assertThat(answer).isNotNull();
                                  assertSentRequestsKeepTheContract();
                                })));
  }

  private static void outcome(ApiOperation operation, ResponseExample example) throws Throwable {
    stub.resetRequests();
    StarRocksSyncClient client = client(PositiveCases.PREFER + "=example=" + example.name());
    JsonNode body = operation.validRequest().body(); // null for an operation without body

    if (example.status() / 100 == 2) {
      Object answer = ClientOperations.call(client, operation, body);
      assertThat(answer).isInstanceOf(ClientOperations.model(example.schemaName()));
      JsonNode asSent = ClientOperations.CLIENT_JSON.valueToTree(answer);
      assertThat(asSent).isEqualTo(example.value());
    } else {
      Throwable failure = catchThrowable(() -> ClientOperations.call(client, operation, body));
      assertThat(failure)
          .isInstanceOf(
              example.status() >= 500
                  ? ServerResponseException.class
                  : ClientRequestException.class);
      ServiceResponseException error = (ServiceResponseException) failure;
      assertThat(error.getHttpStatusCode()).isEqualTo(example.status());
      assertThat(error.getErrorCode()).isEqualTo(example.value().get(ERRORS.codeField()).asText());
      assertThat(error.getErrorMsg())
          .isEqualTo(example.value().get(ERRORS.messageField()).asText());
    }
    assertSentRequestsKeepTheContract();
  }

  private static StarRocksSyncClient client(String preferHeader) {
    StarRocksSyncClient.Builder builder =
        StarRocksSyncClient.builder()
            .endpoint(stub.baseUrl())
            .credentials(Credentials.token("consumer-test-token"));
    if (preferHeader != null) {
      String[] header = preferHeader.split("=", 2);
      builder.requests(request -> request.header(header[0], header[1]));
    }
    return builder.build();
  }

  private static void assertSentRequestsKeepTheContract() {
    assertThat(stub.violations()).as("requests the stub refused").isEmpty();
    List<ServeEvent> events = stub.getAllServeEvents();
    assertThat(events).as("requests the client sent").isNotEmpty();
    for (ServeEvent event : events) {
      LoggedRequest sent = event.getRequest();
      SimpleRequest.Builder request =
          new SimpleRequest.Builder(sent.getMethod().getName(), sent.getUrl());
      sent.getHeaders().all().forEach(header -> request.withHeader(header.key(), header.values()));
      request.withBody(sent.getBodyAsString());
      ValidationReport report = VALIDATOR.validateRequest(request.build());
      assertThat(report.getMessages())
          .as("the validator on %s %s", sent.getMethod(), sent.getUrl())
          .noneSatisfy(
              message -> assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR));
    }
  }
}
