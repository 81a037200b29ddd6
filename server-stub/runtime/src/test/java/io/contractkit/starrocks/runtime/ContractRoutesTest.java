package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.model.Route;
import org.junit.jupiter.api.Test;

/** The routes the stub starts its HTTP server with are the parsed contract's operations. */
class ContractRoutesTest {

  @Test
  void routes_of_the_bundled_source_are_those_of_the_parsed_contract() {
    assertThat(ContractRoutes.of(ContractRoutes.bundledSource()))
        .isEqualTo(ContractRoutes.of(ContractRuntime.bundled()))
        .isNotEmpty();
  }

  @Test
  void any_other_source_is_parsed_for_its_routes() {
    ContractRuntime parsed = ContractRuntime.parse(ContractDocument.text());
    assertThat(ContractRoutes.of(() -> parsed))
        .isEqualTo(ContractRoutes.of(ContractRuntime.bundled()))
        .extracting(Route::method)
        .isNotEmpty();
  }
}
