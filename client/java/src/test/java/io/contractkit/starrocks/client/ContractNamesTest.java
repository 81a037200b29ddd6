package io.contractkit.starrocks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.client.auth.AkSkSigner;
import io.contractkit.starrocks.client.auth.TokenCredentials;
import io.contractkit.starrocks.client.error.ServiceResponseException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The few names the hand-written code keeps as constants are the contract's. */
class ContractNamesTest {

  @Test
  void the_request_id_header_is_the_name_the_contract_gives_it() {
    // Every response header of the contract that documents the request ID (its example).
    String requestId = Contract.headerExample("XRequestId");
    Set<String> declaredNames = new HashSet<>();
    Contract.MODEL
        .operations()
        .forEach(
            operation ->
                operation
                    .responses()
                    .values()
                    .forEach(
                        response ->
                            response.headers().stream()
                                .filter(header -> requestId.equals(header.example()))
                                .forEach(header -> declaredNames.add(header.name()))));

    assertThat(declaredNames).containsExactly(ServiceResponseException.REQUEST_ID_HEADER);
  }

  @Test
  void the_token_header_is_the_iam_token_schemes() {
    assertThat(TokenCredentials.HEADER).isEqualTo(Contract.scheme("iam_token").parameterName());
  }

  @Test
  void the_signature_headers_are_the_aksk_schemes() {
    assertThat(AkSkSigner.AUTHORIZATION_HEADER)
        .isEqualTo(Contract.scheme("aksk_signature").parameterName());
    assertThat(AkSkSigner.DATE_HEADER).isEqualTo(Contract.scheme("aksk_date").parameterName());
    assertThat(Contract.valuePattern("aksk_signature").source())
        .startsWith("^" + AkSkSigner.ALGORITHM + " ");
  }

  @Test
  void the_project_header_the_signer_sends_is_a_companion_of_the_aksk_signature() {
    assertThat(Contract.scheme("aksk_signature").companions())
        .anySatisfy(
            header ->
                assertThat(header.name())
                    .isEqualTo(
                        io.contractkit.starrocks.client.auth.AccessKeyCredentials
                            .PROJECT_ID_HEADER));
  }
}
