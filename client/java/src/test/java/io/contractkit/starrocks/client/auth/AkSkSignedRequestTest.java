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
 * A call signed with AK/SK goes through, and what arrives carries a signature a server checking
 * it the provider's way accepts: the official SDK's signer, run on the request as received (its
 * signed headers, its {@code X-Sdk-Date}), computes the same signature.
 */
class AkSkSignedRequestTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ACCESS_KEY = "HPUAEXAMPLEACCESSKEY";
  private static final String SECRET_KEY = "example-secret-access-key-ö";

  @BeforeEach
  void answer() {
    server.stubFor(put(urlPathEqualTo(Contract.path(Contract.projectId(), Contract.instanceId())))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(Contract.responseExample("seed_success").value().toString())));
  }

  @Test
  void a_signed_call_goes_through_with_a_signature_the_providers_signer_confirms() throws Exception {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint(server.baseUrl())
        .credentials(Credentials.accessKey(ACCESS_KEY, SECRET_KEY).withProjectId(Contract.projectId()))
        .build();

    ModifyDataSynchronizationConfigResponse response = client.dataSynchronization().modifyDataSynchronizationConfig(
        Contract.projectId(), Contract.instanceId(),
        new ModifyDataSynchronizationConfigRequest().sourceDatabaseName("sales")
            .addDbConfigsItem(new DbConfig().paramName("sync_commit_interval_ms").value("5000")),
        "zh-cn");

    assertThat(response.getJobId()).isEqualTo(Contract.responseExample("seed_success").value().get("job_id").asText());
    LoggedRequest received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    String authorization = received.getHeader(AkSkSigner.AUTHORIZATION_HEADER);
    assertThat(signedHeaders(authorization)).contains("host", "x-sdk-date", "x-project-id", "x-language", "accept");
    assertThat(authorization).isEqualTo(signatureTheSdkComputesFor(received, signedHeaders(authorization)));
  }

  @Test
  void the_signature_headers_have_the_forms_the_contract_gives() throws Exception {
    StarRocksSyncClient client = StarRocksSyncClient.builder()
        .endpoint(server.baseUrl())
        .credentials(Credentials.accessKey(ACCESS_KEY, SECRET_KEY))
        .build();

    client.dataSynchronization().modifyDataSynchronizationConfig(
        Contract.projectId(), Contract.instanceId(), new ModifyDataSynchronizationConfigRequest(), null);

    LoggedRequest received = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(received.getHeader(AkSkSigner.AUTHORIZATION_HEADER))
        .matches(valuePattern("aksk_signature"))
        .startsWith(AkSkSigner.ALGORITHM + " Access=" + ACCESS_KEY + ", ");
    assertThat(received.getHeader(AkSkSigner.DATE_HEADER)).matches(valuePattern("aksk_date"));
  }

  private static Pattern valuePattern(String scheme) {
    return Pattern.compile(Contract.tree().at("/components/securitySchemes/" + scheme + "/x-value-pattern").asText());
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
        // The SDK looks its own headers up case-sensitively, and the received name may come back
        // lower-cased. Without its date header under its own spelling, the SDK signs with its own
        // clock, and the two signatures only agree when both land in the same second.
        HttpHeader header = received.getHeaders().getHeader(name);
        String key = name.equalsIgnoreCase(AkSkSigner.DATE_HEADER) ? AkSkSigner.DATE_HEADER : header.key();
        request.addHeader(key, header.firstValue());
      }
    }
    Map<String, String> added = AKSKSigner.getInstance()
        .sign(request.build(), new BasicCredentials().withAk(ACCESS_KEY).withSk(SECRET_KEY));
    return added.get(AkSkSigner.AUTHORIZATION_HEADER);
  }
}
