package io.contractkit.starrocks.stub;

import static io.contractkit.starrocks.stub.ErrorAnswers.violationHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both credential forms of the contract pass; a missing or malformed one gets the contract's 401.
 */
class CredentialsTest {

  @RegisterExtension
  static StarRocksSyncStubExtension stub =
      StarRocksSyncStubExtension.builder().failOnContractViolation(false).build();

  private static final String SIGNATURE =
      "SDK-HMAC-SHA256 Access=HPUATESTACCESSKEY, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature="
          + "0123456789abcdef".repeat(4);
  private static final String SIGNING_TIME = "20261125T021500Z";

  private static Http withoutCredential() {
    return Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token");
  }

  @Test
  void accepts_an_iam_token() {
    assertThat(Http.validRequest(stub.baseUrl()).send().statusCode()).isEqualTo(200);
  }

  @Test
  void accepts_a_well_formed_aksk_signature() {
    assertThat(SIGNATURE).matches(ContractFixtures.valuePattern("aksk_signature"));
    assertThat(SIGNING_TIME).matches(ContractFixtures.valuePattern("aksk_date"));

    HttpResponse<String> response =
        withoutCredential()
            .header("Authorization", SIGNATURE)
            .header("X-Sdk-Date", SIGNING_TIME)
            .header("X-Project-Id", ContractFixtures.pathExample("project_id"))
            .send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void accepts_a_request_signed_by_the_providers_official_sdk() {
    String projectId = ContractFixtures.pathExample("project_id");
    String body = ContractFixtures.firstRequestExample().toString();
    HttpRequest unsigned =
        HttpRequest.newBuilder()
            .withEndpoint(stub.baseUrl())
            .withPath(ContractFixtures.validPath())
            .withMethod(HttpMethod.PUT)
            .withContentType("application/json;charset=UTF-8")
            .withBodyAsString(body)
            .build();
    BasicCredentials credentials =
        new BasicCredentials()
            .withAk("HPUATESTACCESSKEY")
            .withSk("test-secret-key-of-no-account")
            .withProjectId(projectId);

    HttpRequest signed = credentials.processAuthRequest(unsigned, null).join();

    Http request = Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token").body(body);
    for (Map.Entry<String, List<String>> header : signed.getHeaders().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Host")) {
        request.header(header.getKey(), String.join(",", header.getValue()));
      }
    }
    assertThat(signed.getHeaders()).containsKeys("Authorization", "X-Sdk-Date", "X-Project-Id");
    HttpResponse<String> response = request.send();
    assertThat(response.statusCode())
        .as(response.body() + " " + signed.getHeaders())
        .isEqualTo(200);
  }

  @Test
  void answers_a_request_without_credential_with_the_documented_401() {
    HttpResponse<String> response = withoutCredential().send();

    assertThat(response.statusCode()).isEqualTo(401);
    ResponseExample documented = ContractFixtures.operation().firstWithStatus(401).orElseThrow();
    assertThat(Http.json(response)).isEqualTo(documented.value());
    assertThat(violationHeader(response))
        .contains("X-Auth-Token")
        .contains("Authorization")
        .contains("X-Sdk-Date");
    assertThat(stub.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(401));
  }

  @Test
  void answers_a_blank_token_with_401() {
    assertThat(withoutCredential().header("X-Auth-Token", " ").send().statusCode()).isEqualTo(401);
  }

  @Test
  void answers_a_signature_without_its_signing_time_with_401_naming_it() {
    HttpResponse<String> response = withoutCredential().header("Authorization", SIGNATURE).send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(violationHeader(response)).contains("X-Sdk-Date is missing");
  }

  @Test
  void answers_a_malformed_signature_with_401_naming_the_expected_form() {
    HttpResponse<String> response =
        withoutCredential()
            .header("Authorization", "Bearer abc")
            .header("X-Sdk-Date", SIGNING_TIME)
            .send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(violationHeader(response))
        .contains("Authorization does not have the form")
        .contains("SDK-HMAC-SHA256");
  }

  @Test
  void answers_a_signing_time_in_the_wrong_format_with_401() {
    HttpResponse<String> response =
        withoutCredential()
            .header("Authorization", SIGNATURE)
            .header("X-Sdk-Date", "2026-11-25T02:15:00Z")
            .send();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(violationHeader(response)).contains("X-Sdk-Date does not have the form");
  }
}
