package com.example.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.ClientRequestException;
import io.contractkit.starrocks.client.model.DbConfig;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client calling the stub, both taken by coordinates: one Jackson has to serve both. */
class ClientAgainstStubTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  static final String PROJECT = "0549b4a43100d4f32f51c01c2fe4acdb";
  static final String INSTANCE = "61a4ea66210545909d74a05c27a7179bin17";

  static final ModifyDataSynchronizationConfigRequest CHANGE = new ModifyDataSynchronizationConfigRequest()
      .sourceDatabaseName("sales")
      .taskName("nightly_orders")
      .addDbConfigsItem(new DbConfig().paramName("sync_commit_interval_ms").value("10000"));

  @Test
  void a_change_comes_back_as_the_stubs_typed_answer() throws Exception {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint(stub.baseUrl())
        .credentials(Credentials.token("my-iam-token"))
        .build();

    ModifyDataSynchronizationConfigResponse answer =
        client.dataSynchronization().modifyDataSynchronizationConfig(PROJECT, INSTANCE, CHANGE, null);

    assertThat(answer.getSourceDatabaseName()).isEqualTo("sales");
    assertThat(answer.getTaskName()).isEqualTo("nightly_orders");
    assertThat(answer.getJobId()).isNotBlank();
    stub.verify(putRequestedFor(urlPathEqualTo(
        "/v3/" + PROJECT + "/instances/" + INSTANCE + "/starrocks/databases/replication")));
  }

  @Test
  void a_documented_refusal_is_a_typed_error_with_its_code() {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint(stub.baseUrl())
        .credentials(Credentials.token("my-iam-token"))
        .requests(request -> request.header("Prefer", "example=instance_not_found"))
        .build();

    ClientRequestException refusal = catchThrowableOfType(ClientRequestException.class,
        () -> client.dataSynchronization().modifyDataSynchronizationConfig(PROJECT, INSTANCE, CHANGE, null));

    assertThat(refusal.getHttpStatusCode()).isEqualTo(400);
    assertThat(refusal.getErrorCode()).isEqualTo("DBS.200022");
  }
}
