package io.contractkit.starrocks.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.CredentialScheme;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What other languages will reproduce byte for byte is right in the first place. */
class SigningVectorsTest {

  private static final JsonNode SIGNING = Vectors.read("signing.json");

  private static JsonNode signingCase(String name) {
    for (JsonNode c : SIGNING.path("cases")) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("signing.json has no case " + name);
  }

  @Test
  void covers_every_case_the_vectors_format_promises() {
    List<String> names = new ArrayList<>();
    SIGNING.path("cases").forEach(c -> names.add(c.path("name").asText()));

    assertThat(names)
        .contains(
            "empty_body",
            "non_ascii_body",
            "query_unsorted_repeated_and_reserved",
            "path_segments_needing_percent_encoding",
            "non_default_port_https",
            "default_port_https",
            "header_with_underscore_not_signed",
            "upper_and_lower_case_header_names",
            "request_already_carries_x_sdk_date");
  }

  @Test
  void every_authorization_has_the_form_the_contract_accepts() {
    List<EcmaPattern> forms =
        ContractRuntime.bundled().model().securitySchemes().stream()
            .map(CredentialScheme::valuePattern)
            .filter(p -> p != null)
            .toList();

    for (JsonNode c : SIGNING.path("cases")) {
      String authorization = c.path("authorization").asText();
      assertThat(forms)
          .as(
              "%s: %s matches the x-value-pattern of a security scheme",
              c.path("name"), authorization)
          .anyMatch(form -> form.matches(authorization));
      assertThat(c.path("string_to_sign").asText())
          .startsWith(SIGNING.path("algorithm").asText() + "\n" + c.path("sdk_date").asText());
    }
  }

  @Test
  void sorts_and_encodes_the_query_and_the_path() {
    assertThat(
            signingCase("query_unsorted_repeated_and_reserved")
                .path("canonical_request")
                .asText()
                .split("\n")[2])
        .isEqualTo(
            "a=2&a=1&empty=&flag=&plus=a%2Bb&reserved=%2F%3F%26%3D%3A&space=a%20b&tilde=~x&z=last");
    assertThat(
            signingCase("path_segments_needing_percent_encoding")
                .path("canonical_request")
                .asText()
                .split("\n")[1])
        .isEqualTo("/v3/proj%20ect/instances/in%C3%A9st%3Aa%40b/x%2Fy/~user/");
  }

  @Test
  void signs_the_host_with_its_port_only_when_it_is_not_the_default() {
    assertThat(signingCase("non_default_port_https").path("canonical_request").asText())
        .contains("\nhost:gaussdbformysql.ap-southeast-1.myhuaweicloud.com:8443\n");
    assertThat(signingCase("default_port_https").path("canonical_request").asText())
        .contains("\nhost:gaussdbformysql.ap-southeast-1.myhuaweicloud.com\n");
    assertThat(signingCase("explicit_default_port_http").path("canonical_request").asText())
        .contains("\nhost:localhost\n");
  }

  @Test
  void leaves_out_content_type_and_names_with_an_underscore_and_lower_cases_the_rest() {
    assertThat(signingCase("header_with_underscore_not_signed").path("signed_headers").asText())
        .isEqualTo("host;x-language;x-sdk-date");
    assertThat(signingCase("upper_and_lower_case_header_names").path("signed_headers").asText())
        .isEqualTo("host;x-language;x-project-id;x-sdk-date");
  }

  @Test
  void signs_the_date_a_request_already_carries() {
    JsonNode c = signingCase("request_already_carries_x_sdk_date");

    assertThat(c.path("sdk_date").asText())
        .isEqualTo("20250101T000000Z")
        .isNotEqualTo(c.path("now").asText());
    assertThat(c.path("canonical_request").asText()).contains("\nx-sdk-date:20250101T000000Z\n");
  }

  @Test
  void hashes_the_exact_utf8_bytes_of_a_non_ascii_body() throws Exception {
    JsonNode c = signingCase("non_ascii_body");
    String[] lines = c.path("canonical_request").asText().split("\n");
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(c.path("body").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(lines[lines.length - 1]).isEqualTo(java.util.HexFormat.of().formatHex(hash));
    assertThat(signingCase("empty_body").path("canonical_request").asText())
        .endsWith("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
