package io.contractkit.starrocks.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.client.model.CheckResult;
import io.contractkit.starrocks.client.model.DbConfigCheckResult;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import io.contractkit.starrocks.client.model.TableReplConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider may add fields and enum values; a client built today must survive both. */
class ForwardCompatibilityTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper CLIENT_JSON = ApiClient.createDefaultObjectMapper();

  @Test
  void a_response_property_the_contract_does_not_know_is_kept_and_serialises_back_unchanged()
      throws Exception {
    ObjectNode answer = (ObjectNode) Contract.responseExample("seed_success").value().deepCopy();
    answer.putObject("added_by_the_provider_later").put("anything", 1);
    ((ObjectNode) answer.get("source_db_config_check_results").get(0)).put("severity", "low");

    ModifyDataSynchronizationConfigResponse response = call(answer);

    assertThat(response.getAdditionalProperty("added_by_the_provider_later"))
        .isEqualTo(java.util.Map.of("anything", 1));
    assertThat(response.getSourceDbConfigCheckResults().get(0).getAdditionalProperty("severity"))
        .isEqualTo("low");
    assertThat((Object) CLIENT_JSON.valueToTree(response)).isEqualTo(answer);
  }

  @Test
  void an_unknown_check_result_is_kept_as_its_string_and_serialises_back_unchanged()
      throws Exception {
    ObjectNode answer =
        (ObjectNode) Contract.responseExample("config_check_failed").value().deepCopy();
    ((ObjectNode) answer.get("source_db_config_check_results").get(0))
        .put("check_result", "pending");

    ModifyDataSynchronizationConfigResponse response = call(answer);

    DbConfigCheckResult first = response.getSourceDbConfigCheckResults().get(0);
    assertThat(first.getCheckResult().getValue()).isEqualTo("pending");
    assertThat(first.getCheckResult().isKnown()).isFalse();
    assertThat(first.getCheckResult()).isEqualTo(CheckResult.fromValue("pending"));
    assertThat((Object) CLIENT_JSON.valueToTree(response)).isEqualTo(answer);
  }

  @Test
  void a_known_check_result_is_the_constant() throws Exception {
    JsonNode answer = Contract.responseExample("config_check_failed").value();

    ModifyDataSynchronizationConfigResponse response = call(answer);

    for (DbConfigCheckResult result : response.getSourceDbConfigCheckResults()) {
      assertThat(result.getCheckResult().isKnown()).isTrue();
      assertThat(CheckResult.values()).contains(result.getCheckResult());
    }
  }

  @Test
  void every_enumeration_of_the_models_is_open() throws Exception {
    assertThat(CLIENT_JSON.writeValueAsString(CheckResult.fromValue("pending")))
        .isEqualTo("\"pending\"");
    assertThat(
            CLIENT_JSON
                .readValue("\"blocked_tables\"", TableReplConfig.ReplTypeEnum.class)
                .getValue())
        .isEqualTo("blocked_tables");
    assertThat(
            CLIENT_JSON
                .readValue(
                    "\"maybe\"", ModifyDataSynchronizationConfigRequest.IsCreateTaskEnum.class)
                .isKnown())
        .isFalse();
  }

  private ModifyDataSynchronizationConfigResponse call(JsonNode answer) throws Exception {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(answer.toString())));
    return WireMockClients.client(server)
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);
  }
}
