package io.contractkit.starrocks.stub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.api.ContractDocument;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The routes the stub starts its HTTP server with are the parsed contract's operations. */
class ContractRoutesTest {

  @Test
  void routes_read_from_the_bundled_json_are_those_of_the_parsed_contract() throws Exception {
    assertThat(ContractRoutes.of(ContractRoutes.bundledSource())).isEqualTo(ContractRoutes.of(Contract.bundled())).isNotEmpty();
  }

  @Test
  void a_path_item_given_by_reference_is_left_to_the_parser() throws Exception {
    try (InputStream in = ContractDocument.bundledUrl().openStream()) {
      var document = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(in);
      document.withObject("/paths").putObject("/other").put("$ref", "#/components/pathItems/other");

      assertThat(ContractRoutes.fromJson(document)).isEmpty();
    }
  }

  @Test
  void an_operation_without_an_id_is_named_as_the_parsed_contract_names_it() throws Exception {
    String document =
        """
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
         "paths": {"/things/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}}}""";

    assertThat(ContractRoutes.fromJson(new ObjectMapper().readTree(document)).orElseThrow())
        .containsExactly(new ContractRoutes.Route("GET", "/things/{id}", "get /things/{id}"));
  }
}
