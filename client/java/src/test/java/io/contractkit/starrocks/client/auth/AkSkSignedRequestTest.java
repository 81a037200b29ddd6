package io.contractkit.starrocks.client.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import io.contractkit.starrocks.client.Contract;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.model.DbConfig;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.client.model.ModifyDataSynchronizationConfigResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A call signed with AK/SK goes through, and what arrives carries a signature a server checking it
 * the provider's way accepts: the official SDK's signer, run on the request as received (its signed
 * headers, its {@code X-Sdk-Date}), computes the same signature.
 */
class AkSkSignedRequestTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ACCESS_KEY = "HPUAEXAMPLEACCESSKEY";
  private static final String SECRET_KEY = "example-secret-access-key-ö";

  @BeforeEach
  void answer() {
    server.stubFor(
        put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Contract.responseExample("seed_success").value().toString())));
  }

  @Test
  void a_signed_call_goes_through_with_a_signature_the_providers_signer_confirms()
      throws Exception {
    StarRocksSyncClient client =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(
                Credentials.accessKey(ACCESS_KEY, SECRET_KEY).withProjectId(Contract.projectId()))
            .build();

    ModifyDataSynchronizationConfigResponse response =
        client
            .dataSynchronization()
            .modifyDataSynchronizationConfig(
                Contract.projectId(),
                Contract.instanceId(),
                new ModifyDataSynchronizationConfigRequest()
                    .sourceDatabaseName("sales")
                    .addDbConfigsItem(
                        new DbConfig().paramName("sync_commit_interval_ms").value("5000")),
                "zh-cn");

    assertThat(response.getJobId())
        .isEqualTo(Contract.responseExample("seed_success").value().get("job_id").asText());
    LoggedRequest received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    String authorization = received.getHeader(AkSkSigner.AUTHORIZATION_HEADER);
    assertThat(signedHeaders(authorization))
        .contains("host", "x-sdk-date", "x-project-id", "x-language", "accept");
    assertThat(authorization)
        .isEqualTo(signatureTheSdkComputesFor(received, signedHeaders(authorization)));
  }

  @Test
  void the_signature_headers_have_the_forms_the_contract_gives() throws Exception {
    StarRocksSyncClient client =
        StarRocksSyncClient.builder()
            .endpoint(server.baseUrl())
            .credentials(Credentials.accessKey(ACCESS_KEY, SECRET_KEY))
            .build();

    client
        .dataSynchronization()
        .modifyDataSynchronizationConfig(
            Contract.projectId(),
            Contract.instanceId(),
            new ModifyDataSynchronizationConfigRequest(),
            null);

    LoggedRequest received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(
            Contract.valuePattern("aksk_signature")
                .matches(received.getHeader(AkSkSigner.AUTHORIZATION_HEADER)))
        .as(
            "%s has the form of aksk_signature's x-value-pattern",
            received.getHeader(AkSkSigner.AUTHORIZATION_HEADER))
        .isTrue();
    assertThat(received.getHeader(AkSkSigner.AUTHORIZATION_HEADER))
        .startsWith(AkSkSigner.ALGORITHM + " Access=" + ACCESS_KEY + ", ");
    assertThat(
            Contract.valuePattern("aksk_date").matches(received.getHeader(AkSkSigner.DATE_HEADER)))
        .as(
            "%s has the form of aksk_date's x-value-pattern",
            received.getHeader(AkSkSigner.DATE_HEADER))
        .isTrue();
  }

  private static List<String> signedHeaders(String authorization) {
    Matcher matcher = Pattern.compile("SignedHeaders=([^,]+),").matcher(authorization);
    assertThat(matcher.find()).isTrue();
    return List.of(matcher.group(1).split(";"));
  }

  /** The official signer on the received request, restricted to the headers the client signed. */
  private static String signatureTheSdkComputesFor(LoggedRequest received, List<String> signed) {
    URI url = URI.create(received.getAbsoluteUrl());
    com.huaweicloud.sdk.core.http.HttpRequest.HttpRequestBuilder request =
        com.huaweicloud.sdk.core.http.HttpRequest.newBuilder()
            .withEndpoint(url.getScheme() + "://" + url.getRawAuthority())
            .withPath(URLDecoder.decode(url.getRawPath(), StandardCharsets.UTF_8))
            .withMethod(HttpMethod.valueOf(received.getMethod().getName()))
            .withBodyAsString(received.getBodyAsString());
    for (String name : signed) {
      if (!name.equals("host")) {
        // As received, in the sender's case: the SDK looks its own headers up case-sensitively
        // (X-Sdk-Date under another case is not seen, and the SDK signs with the current time).
        // WireMock's getHeader(name) answers with the caller's case, so find the received key.
        HttpHeader header =
            received.getHeaders().all().stream()
                .filter(candidate -> candidate.key().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no received header " + name));
        request.addHeader(header.key(), header.firstValue());
      }
    }
    Map<String, String> added =
        AKSKSigner.getInstance()
            .sign(request.build(), new BasicCredentials().withAk(ACCESS_KEY).withSk(SECRET_KEY));
    return added.get(AkSkSigner.AUTHORIZATION_HEADER);
  }
}
