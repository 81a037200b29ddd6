package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The cheap routes-only view, the bundled form of the contract and the listing of its security
 * schemes.
 */
class RoutesAndSchemesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theBundledRoutesAreThoseOfTheParsedContract() {
    assertThat(ContractModel.bundledRoutes()).isPresent();
    assertThat(ContractModel.bundledRoutes().get())
        .isNotEmpty()
        .isEqualTo(ContractModel.bundled().routes())
        .isEqualTo(ContractModel.load().routes());
  }

  @Test
  void theBundledFormIsTheSameContract() {
    ContractModel bundled = ContractModel.bundled();
    ContractModel yaml = ContractModel.load();
    assertThat(bundled.responseExampleNames()).isEqualTo(yaml.responseExampleNames());
    assertThat(bundled.errorFormat().map(ErrorFormat::messageField))
        .isEqualTo(yaml.errorFormat().map(ErrorFormat::messageField));
    assertThat(bundled.operations())
        .extracting(ApiOperation::credentialHeaders)
        .isEqualTo(yaml.operations().stream().map(ApiOperation::credentialHeaders).toList());
  }

  @Test
  void theBundledFormParsedWithoutTheParsersStartUpIsWhatTheParserReads() throws Exception {
    String bundled = ContractModel.bundled().text();
    assertThat(io.swagger.v3.core.util.Json.pretty(ContractModel.parseBundled(bundled).openApi()))
        .isEqualTo(io.swagger.v3.core.util.Json.pretty(ContractModel.parse(bundled).openApi()));
    assertThat(ContractModel.parseBundled(bundled).operations())
        .extracting(ApiOperation::examples)
        .isEqualTo(
            ContractModel.parse(bundled).operations().stream()
                .map(ApiOperation::examples)
                .toList());
  }

  @Test
  void routesWithoutAnOperationIdAreNamedAsTheModelNamesThem() throws Exception {
    String document =
        """
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
         "paths": {"/things/{id}": {"get": {"responses": {"200": {"description": "ok"}}},
                                     "put": {"operationId": "putThing", "responses": {"200": {"description": "ok"}}}}}}
        """;
    assertThat(ContractModel.routesFromJson(JSON.readTree(document)).orElseThrow())
        .isEqualTo(ContractModel.parse(document).routes());
  }

  @Test
  void aPathItemReferenceIsLeftToTheParser() throws Exception {
    assertThat(
            ContractModel.routesFromJson(
                JSON.readTree("{\"paths\": {\"/a\": {\"$ref\": \"#/x\"}}}")))
        .isEmpty();
    assertThat(ContractModel.routesFromJson(JSON.readTree("{}"))).isEmpty();
  }

  @Test
  void everySecuritySchemeIsListedWithItsHeader() {
    ContractModel model = ContractModel.load();
    assertThat(model.securitySchemes()).isNotEmpty();
    assertThat(model.securitySchemes().stream().flatMap(s -> s.header().stream()).toList())
        .containsAll(
            model.operations().stream().flatMap(op -> op.credentialHeaders().stream()).toList());
  }
}
