package io.contractkit.starrocks.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.contract.cases.Credentials;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.cases.NegativeCases;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.contract.model.Contract;
import io.contractkit.starrocks.contract.model.Endpoint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derivation itself is right: judged by an independent validator of the same document, every
 * derived valid request is valid and every derived invalid request is invalid. Without this, a
 * lenient server and a wrong case could agree and hide each other.
 */
class DerivedCasesTest {

  private static final Contract CONTRACT = Contract.load();
  private static final Credentials CREDENTIALS = new Credentials("derived-cases-token");
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(ContractDocument.url().toString()).build();

  static Stream<HttpCase> negativeCases() {
    return CONTRACT.endpoints().stream().flatMap(endpoint -> NegativeCases.derive(endpoint, CREDENTIALS).cases().stream());
  }

  static Stream<HttpCase> positiveCases() {
    return CONTRACT.endpoints().stream().flatMap(endpoint -> Stream.concat(
        PositiveCases.defaults(endpoint, CREDENTIALS).stream(),
        PositiveCases.selectedOutcomes(endpoint, CREDENTIALS).stream()));
  }

  @Test
  void every_constraint_of_the_contract_has_a_derived_case() {
    for (Endpoint endpoint : CONTRACT.endpoints()) {
      assertThat(NegativeCases.derive(endpoint, CREDENTIALS).uncovered()).as(endpoint.displayName()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void a_derived_invalid_request_breaks_the_contract(HttpCase invalid) {
    if (invalid.expect().status() == 401 && hasSomeCredential(invalid)) {
      // The validator only checks that credential headers are present; the contract's
      // x-value-pattern and non-empty token are checked by the servers, not by it.
      return;
    }
    assertThat(VALIDATOR.validateRequest(toRequest(invalid)).getMessages())
        .as("validator messages for %s", invalid.name())
        .anySatisfy(message -> assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positiveCases")
  void a_derived_valid_request_keeps_the_contract(HttpCase valid) {
    ValidationReport report = VALIDATOR.validateRequest(toRequest(valid));
    assertThat(report.getMessages())
        .as("validator messages for %s", valid.name())
        .noneSatisfy(message -> assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR));
  }

  @Test
  void derives_cases_for_every_kind_of_constraint() {
    List<String> names = negativeCases().map(HttpCase::name).toList();
    assertThat(names)
        .anyMatch(name -> name.contains("path parameter project_id must match"))
        .anyMatch(name -> name.contains("body.task_name allows at most 128 characters"))
        .anyMatch(name -> name.contains("body.table_repl_config.repl_type must be one of"))
        .anyMatch(name -> name.contains("body.tables_configs must be an array"))
        .anyMatch(name -> name.contains("body allows no unknown property"))
        .anyMatch(name -> name.contains("body.is_create_task must be a string"))
        .anyMatch(name -> name.contains("without any credential"))
        .anyMatch(name -> name.contains("Content-Type must be"));
  }

  private static boolean hasSomeCredential(HttpCase invalid) {
    return invalid.headers().containsKey("X-Auth-Token") || invalid.headers().containsKey("Authorization");
  }

  private static Request toRequest(HttpCase httpCase) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(httpCase.method(), httpCase.path());
    httpCase.headers().forEach(builder::withHeader);
    if (httpCase.body() != null) {
      builder.withBody(httpCase.body());
    }
    return builder.build();
  }
}
