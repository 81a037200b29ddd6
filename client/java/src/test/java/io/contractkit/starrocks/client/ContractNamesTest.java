package io.contractkit.starrocks.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.client.auth.AkSkSigner;
import io.contractkit.starrocks.client.auth.TokenCredentials;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The few names the hand-written code keeps as constants are the contract's. */
class ContractNamesTest {

  @Test
  void the_request_id_header_is_the_name_the_contract_gives_it() {
    Set<String> declaredNames = new HashSet<>();
    collectHeaderNames(Contract.tree(), "#/components/headers/XRequestId", declaredNames);

    assertThat(declaredNames).containsExactly(ServiceResponseException.REQUEST_ID_HEADER);
  }

  @Test
  void the_token_header_is_the_iam_token_schemes() {
    assertThat(TokenCredentials.HEADER).isEqualTo(scheme("iam_token").get("name").asText());
  }

  @Test
  void the_signature_headers_are_the_aksk_schemes() {
    assertThat(AkSkSigner.AUTHORIZATION_HEADER).isEqualTo(scheme("aksk_signature").get("name").asText());
    assertThat(AkSkSigner.DATE_HEADER).isEqualTo(scheme("aksk_date").get("name").asText());
    assertThat(scheme("aksk_signature").get("x-value-pattern").asText()).startsWith("^" + AkSkSigner.ALGORITHM + " ");
  }

  private static JsonNode scheme(String name) {
    return Contract.tree().at("/components/securitySchemes/" + name);
  }

  /** Names under which any {@code headers} map of the document refers to {@code ref}. */
  private static void collectHeaderNames(JsonNode node, String ref, Set<String> names) {
    if (node.isObject()) {
      JsonNode headers = node.get("headers");
      if (headers != null && headers.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> header = it.next();
          if (ref.equals(header.getValue().path("$ref").asText())) {
            names.add(header.getKey());
          }
        }
      }
      node.elements().forEachRemaining(child -> collectHeaderNames(child, ref, names));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectHeaderNames(child, ref, names));
    }
  }
}
