package io.contractkit.starrocks.client.validation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.Contract;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.model.DbConfig;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest.IsCreateTaskEnum;
import io.contractkit.starrocks.client.model.TableReplConfig;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A call that breaks the contract fails before anything is sent, naming the field at fault. */
class RequestValidationTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  private StarRocksSyncClient client;

  @BeforeEach
  void client() {
    server.stubFor(
        put(urlPathMatching(".*"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.errors().template().value().toString())));
    client =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(Credentials.token("a-token"))
            .build();
  }

  @Test
  void rejects_a_project_id_that_breaks_its_pattern_without_sending_anything() {
    RequestValidationException error =
        refused(() -> send("0549b4a4-3100-d4f3", Contract.instanceId(), emptyBody(), null));

    assertThat(error.getViolations())
        .extracting(RequestValidationException.Violation::field)
        .contains("project_id");
    assertThat(error.getMessage())
        .contains(
            "project_id",
            Contract.parameter("project_id").schema().getPattern(),
            "0549b4a4-3100-d4f3");
  }

  @Test
  void rejects_an_instance_id_without_its_suffix() {
    String withoutSuffix = Contract.instanceId().substring(0, 32);

    RequestValidationException error =
        refused(() -> send(Contract.projectId(), withoutSuffix, emptyBody(), null));

    assertThat(error.getMessage())
        .contains("instance_id", Contract.parameter("instance_id").schema().getPattern());
  }

  @Test
  void rejects_a_task_name_with_a_hyphen_naming_the_body_field() {
    RequestValidationException error =
        refused(
            () ->
                send(
                    Contract.projectId(),
                    Contract.instanceId(),
                    emptyBody().taskName("sales-to-olap"),
                    null));

    assertThat(error.getViolations())
        .singleElement()
        .extracting(RequestValidationException.Violation::field)
        .isEqualTo("body.task_name");
  }

  @Test
  void names_a_field_inside_a_list_by_its_index() {
    ModifyDataSynchronizationConfigRequest body =
        emptyBody()
            .addDbConfigsItem(new DbConfig().paramName("sync_commit_interval_ms").value("5000"))
            .addDbConfigsItem(new DbConfig().paramName("").value("1"));

    RequestValidationException error =
        refused(() -> send(Contract.projectId(), Contract.instanceId(), body, null));

    assertThat(error.getMessage()).contains("body.db_configs[1].param_name");
  }

  @Test
  void rejects_an_enum_value_the_contract_does_not_name() {
    ModifyDataSynchronizationConfigRequest body =
        emptyBody()
            .isCreateTask(IsCreateTaskEnum.fromValue("yes"))
            .tableReplConfig(
                new TableReplConfig()
                    .replType(TableReplConfig.ReplTypeEnum.fromValue("everything")));

    RequestValidationException error =
        refused(() -> send(Contract.projectId(), Contract.instanceId(), body, null));

    assertThat(error.getViolations())
        .extracting(RequestValidationException.Violation::field)
        .containsExactly("body.is_create_task", "body.table_repl_config.repl_type");
    assertThat(error.getMessage()).contains("true", "false", "include_tables", "exclude_tables");
  }

  @Test
  void rejects_a_language_the_contract_does_not_offer() {
    RequestValidationException error =
        refused(() -> send(Contract.projectId(), Contract.instanceId(), emptyBody(), "fr-fr"));

    assertThat(error.getMessage()).contains("X-Language");
  }

  @Test
  void rejects_a_missing_body() {
    RequestValidationException error =
        refused(() -> send(Contract.projectId(), Contract.instanceId(), null, null));

    assertThat(error.getViolations())
        .extracting(RequestValidationException.Violation::field)
        .containsExactly("body");
  }

  @Test
  void accepts_every_request_example_of_the_contract() throws Exception {
    for (Contract.NamedExample example : Contract.requestExamples()) {
      ModifyDataSynchronizationConfigRequest body =
          JSON.treeToValue(example.value(), ModifyDataSynchronizationConfigRequest.class);
      // Passes the checks and reaches the server, whose documented 400 comes back.
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> send(Contract.projectId(), Contract.instanceId(), body, "zh-cn"))
          .as(example.name())
          .isInstanceOf(ClientRequestException.class);
    }
  }

  /**
   * A string the contract bounds, made one character too long, and where the client must say it is.
   */
  record TooLong(String field, JsonNode body, String projectId, String instanceId) {
    @Override
    public String toString() {
      return field;
    }
  }

  static Stream<TooLong> everyBoundedStringOneCharacterTooLong() {
    List<TooLong> cases = new ArrayList<>();
    for (String parameter : List.of("project_id", "instance_id")) {
      String tooLong = "a".repeat(Contract.parameter(parameter).schema().getMaxLength() + 1);
      cases.add(
          new TooLong(
              parameter,
              JSON.createObjectNode(),
              parameter.equals("project_id") ? tooLong : Contract.projectId(),
              parameter.equals("instance_id") ? tooLong : Contract.instanceId()));
    }
    Schema<?> body = Contract.requestSchema();
    tooLong("body", body, cases);
    return cases.stream();
  }

  /**
   * Walks the request schema; for each bounded string, a body that holds only that string, too
   * long.
   */
  private static void tooLong(String path, Schema<?> declared, List<TooLong> cases) {
    Schema<?> schema = declared; // the model resolves every reference
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        List<TooLong> nested = new ArrayList<>();
        tooLong(path + "." + property.getKey(), property.getValue(), nested);
        for (TooLong inner : nested) {
          ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
          wrapped.set(property.getKey(), inner.body());
          cases.add(
              new TooLong(inner.field(), wrapped, Contract.projectId(), Contract.instanceId()));
        }
      }
    } else if (schema.getItems() != null) {
      List<TooLong> nested = new ArrayList<>();
      tooLong(path + "[0]", schema.getItems(), nested);
      for (TooLong inner : nested) {
        ArrayNode wrapped = JsonNodeFactory.instance.arrayNode().add(inner.body());
        cases.add(new TooLong(inner.field(), wrapped, Contract.projectId(), Contract.instanceId()));
      }
    } else if ("string".equals(schema.getType())
        && schema.getMaxLength() != null
        && schema.getEnum() == null) {
      cases.add(
          new TooLong(
              path,
              JsonNodeFactory.instance.textNode("a".repeat(schema.getMaxLength() + 1)),
              Contract.projectId(),
              Contract.instanceId()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyBoundedStringOneCharacterTooLong")
  void rejects_every_string_longer_than_the_contract_allows_naming_it(TooLong tooLong)
      throws Exception {
    ModifyDataSynchronizationConfigRequest body =
        tooLong.body().isObject()
            ? JSON.treeToValue(tooLong.body(), ModifyDataSynchronizationConfigRequest.class)
            : emptyBody();

    RequestValidationException error =
        refused(() -> send(tooLong.projectId(), tooLong.instanceId(), body, null));

    assertThat(error.getViolations())
        .extracting(RequestValidationException.Violation::field)
        .contains(tooLong.field());
  }

  @Test
  void the_bounded_strings_cover_parameters_and_nested_body_fields() {
    assertThat(everyBoundedStringOneCharacterTooLong().map(TooLong::field))
        .contains(
            "project_id",
            "body.task_name",
            "body.db_configs[0].value",
            "body.table_repl_config.tables[0]");
  }

  @Test
  void sends_a_request_the_contract_would_refuse_when_checks_are_turned_off() {
    StarRocksSyncClient unchecked =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(Credentials.token("a-token"))
            .validateRequests(false)
            .build();

    ClientRequestException error =
        catchThrowableOfType(
            ClientRequestException.class,
            () ->
                unchecked
                    .dataSynchronization()
                    .modifyDataSynchronizationConfig(
                        "not-a-project", Contract.instanceId(), emptyBody().taskName("a-b"), null));

    assertThat(error.getErrorCode())
        .isEqualTo(
            Contract.errors().template().value().get(Contract.errors().codeField()).asText());
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  private RequestValidationException refused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    RequestValidationException error = catchThrowableOfType(RequestValidationException.class, call);
    assertThat(error).as("the call was refused before sending").isNotNull();
    server.verify(0, anyRequestedFor(anyUrl()));
    return error;
  }

  private void send(
      String projectId,
      String instanceId,
      ModifyDataSynchronizationConfigRequest body,
      String language)
      throws Exception {
    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(projectId, instanceId, body, language);
  }

  private static ModifyDataSynchronizationConfigRequest emptyBody() {
    return new ModifyDataSynchronizationConfigRequest();
  }
}
