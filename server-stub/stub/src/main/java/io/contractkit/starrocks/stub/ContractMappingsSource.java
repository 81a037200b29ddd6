package io.contractkit.starrocks.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.contractkit.starrocks.model.Route;
import io.contractkit.starrocks.runtime.ContractRoutes;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The stub's default mappings, derived from the contract: one per operation (its method and path
 * template), answered by {@link ContractAnswerTransformer}, and a catch-all of the lowest priority
 * that answers every other request with a 404 or 405 in the API's error format.
 *
 * <p>As WireMock's mappings source, they come back on every reset to the default mappings, and
 * nothing is read from or written to disk. Mappings a test adds itself (WireMock's default priority
 * is {@value #CONTRACT_PRIORITY}, newest first) take precedence over the contract's.
 */
final class ContractMappingsSource implements MappingsSource {

  static final int CONTRACT_PRIORITY = 5;
  static final int CATCH_ALL_PRIORITY = 1000;
  static final String METADATA_KEY = "starrocks-sync-contract";

  private final Supplier<ContractRuntime> contract;
  private final AtomicReset reset;

  ContractMappingsSource(Supplier<ContractRuntime> contract, AtomicReset reset) {
    this.contract = contract;
    this.reset = reset;
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    try {
      // The routes alone: for the bundled contract, without waiting for the document's parse.
      for (Route route : ContractRoutes.of(contract)) {
        stubMappings.addMapping(mappingOf(route));
      }
      stubMappings.addMapping(
          any(anyUrl())
              .atPriority(CATCH_ALL_PRIORITY)
              .withName("not in the contract")
              .withMetadata(Map.of(METADATA_KEY, "catch-all"))
              .willReturn(aResponse().withTransformers(ContractAnswerTransformer.NAME))
              .build());
    } finally {
      // After a reset to the default mappings: requests waited for these (AtomicReset).
      reset.defaultMappingsLoaded();
    }
  }

  /** The mapping of one operation: its method and path template, answered by the contract. */
  static StubMapping mappingOf(Route route) {
    return request(route.method(), urlPathTemplate(route.template()))
        .atPriority(CONTRACT_PRIORITY)
        .withName(route.operationId())
        .withMetadata(Map.of(METADATA_KEY, route.operationId()))
        .willReturn(
            aResponse()
                .withTransformers(ContractAnswerTransformer.NAME)
                .withTransformerParameter(
                    ContractAnswerTransformer.OPERATION_PARAMETER, route.operationId()))
        .build();
  }

  /** Whether a mapping is one of these (not one a test added). */
  static boolean isContractMapping(StubMapping mapping) {
    return mapping.getMetadata() != null && mapping.getMetadata().containsKey(METADATA_KEY);
  }

  @Override
  public void save(List<StubMapping> stubMappings) {
    refuseToSave();
  }

  @Override
  public void save(StubMapping stubMapping) {
    refuseToSave();
  }

  @Override
  public void remove(StubMapping stubMapping) {
    refuseToSave();
  }

  @Override
  public void removeAll() {
    refuseToSave();
  }

  private static void refuseToSave() {
    throw new UnsupportedOperationException(
        "This stub's mappings come from the OpenAPI document; nothing is saved to or removed from disk");
  }
}
