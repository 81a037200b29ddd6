package io.contractkit.starrocks.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.contractkit.starrocks.contract.cases.CredentialHeaders;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.cases.NegativeCases;
import io.contractkit.starrocks.contract.cases.PositiveCases;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derivation itself is right: judged by an independent validator of the same document, every
 * derived valid request is valid and every derived invalid request is invalid. Without this, a
 * lenient server and a wrong case could agree and hide each other. Run over the shipped document
 * and over a document with several operations (a GET with query and header parameters, a DELETE
 * without body, a PUT), so that the derivation is known to work for any operation.
 */
class DerivedCasesTest {

  private static final CredentialHeaders CREDENTIALS = new CredentialHeaders("derived-cases-token");

  /** A document and what judges requests against it. */
  record Document(String name, ContractModel model, OpenApiInteractionValidator validator) {
    static Document of(String name, ContractModel model) {
      return new Document(
          name, model, OpenApiInteractionValidator.createFor(model.openApi()).build());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** One derived case, with the document and operation it was derived from. */
  record Derived(Document document, ApiOperation operation, HttpCase httpCase) {
    @Override
    public String toString() {
      return document + ": " + httpCase.name();
    }
  }

  private static final Document SHIPPED = Document.of("shipped", ContractModel.load());
  private static final Document MULTI =
      Document.of("multi-operation", ContractModel.parse(resource("multi-operation.yaml")));
  private static final List<Document> DOCUMENTS = List.of(SHIPPED, MULTI);

  static Stream<Derived> negativeCases() {
    return DOCUMENTS.stream()
        .flatMap(
            document ->
                document.model().operations().stream()
                    .flatMap(
                        operation ->
                            NegativeCases.derive(operation, CREDENTIALS).cases().stream()
                                .map(c -> new Derived(document, operation, c))));
  }

  static Stream<Derived> positiveCases() {
    return DOCUMENTS.stream()
        .flatMap(
            document ->
                document.model().operations().stream()
                    .flatMap(
                        operation ->
                            Stream.concat(
                                    PositiveCases.defaults(operation, CREDENTIALS).stream(),
                                    PositiveCases.selectedOutcomes(operation, CREDENTIALS).stream())
                                .map(c -> new Derived(document, operation, c))));
  }

  @Test
  void every_constraint_of_the_contract_has_a_derived_case() {
    for (Document document : DOCUMENTS) {
      for (ApiOperation operation : document.model().operations()) {
        assertThat(NegativeCases.derive(operation, CREDENTIALS).uncovered())
            .as("%s %s", document, operation)
            .isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void a_derived_invalid_request_breaks_the_contract(Derived invalid) {
    HttpCase httpCase = invalid.httpCase();
    int credentialRefusal = invalid.operation().refusalStatus(Refusal.CREDENTIAL).orElseThrow();
    if (httpCase.expect().status() == credentialRefusal && hasSomeCredential(invalid)) {
      // The validator only checks that credential headers are present, not the contract's
      // x-value-pattern or that a token is not blank; the model's reading of the security
      // alternatives does. No alternative may be satisfied by the case's headers.
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(httpCase.headers());
      assertThat(invalid.operation().security())
          .as("security alternatives satisfied by the headers of %s", httpCase.name())
          .allSatisfy(alternative -> assertThat(alternative.problems(headers::get)).isNotEmpty());
      return;
    }
    assertThat(invalid.document().validator().validateRequest(toRequest(httpCase)).getMessages())
        .as("validator messages for %s", httpCase.name())
        .anySatisfy(
            message -> assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positiveCases")
  void a_derived_valid_request_keeps_the_contract(Derived valid) {
    ValidationReport report =
        valid.document().validator().validateRequest(toRequest(valid.httpCase()));
    assertThat(report.getMessages())
        .as("validator messages for %s", valid.httpCase().name())
        .noneSatisfy(
            message -> assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR));
  }

  @Test
  void derives_cases_for_every_kind_of_constraint() {
    List<String> names =
        negativeCases().filter(c -> c.document() == SHIPPED).map(c -> c.httpCase().name()).toList();
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

  @Test
  void derives_one_case_per_constraint_for_an_operation_with_query_and_header_parameters() {
    ApiOperation list = MULTI.model().operation("listTasks").orElseThrow();
    assertThat(NegativeCases.derive(list, CREDENTIALS).cases())
        .extracting(HttpCase::name)
        .containsExactly(
            "listTasks: path parameter project_id must match ^[A-Za-z0-9]{32}$ (rejected with 400)",
            "listTasks: path parameter project_id needs at least 32 characters (rejected with 400)",
            "listTasks: path parameter project_id allows at most 32 characters (rejected with 400)",
            "listTasks: query parameter limit must match ^[0-9]{1,3}$ (rejected with 400)",
            "listTasks: query parameter limit allows at most 3 characters (rejected with 400)",
            "listTasks: query parameter state must be one of [running, stopped] (rejected with 400)",
            "listTasks: query parameter state is required (rejected with 400)",
            "listTasks: header parameter X-Trace-Id must match ^[a-f0-9]{8}$ (rejected with 400)",
            "listTasks: header parameter X-Trace-Id needs at least 8 characters (rejected with 400)",
            "listTasks: header parameter X-Trace-Id allows at most 8 characters (rejected with 400)",
            "listTasks: header parameter X-Trace-Id is required (rejected with 400)",
            "listTasks: without any credential is rejected with 401",
            "listTasks: an empty X-Auth-Token is rejected with 401");
  }

  @Test
  void derives_one_case_per_constraint_for_an_operation_without_body() {
    ApiOperation delete = MULTI.model().operation("deleteTask").orElseThrow();
    assertThat(NegativeCases.derive(delete, CREDENTIALS).cases())
        .extracting(HttpCase::name)
        .containsExactly(
            "deleteTask: path parameter project_id must match ^[A-Za-z0-9]{32}$ (rejected with 400)",
            "deleteTask: path parameter project_id needs at least 32 characters (rejected with 400)",
            "deleteTask: path parameter project_id allows at most 32 characters (rejected with 400)",
            "deleteTask: path parameter task_id must match ^[a-z0-9]{6}$ (rejected with 400)",
            "deleteTask: path parameter task_id needs at least 6 characters (rejected with 400)",
            "deleteTask: path parameter task_id allows at most 6 characters (rejected with 400)",
            "deleteTask: without any credential is rejected with 401",
            "deleteTask: an empty X-Auth-Token is rejected with 401");
    assertThat(NegativeCases.derive(delete, CREDENTIALS).cases())
        .allSatisfy(c -> assertThat(c.body()).isNull());
    assertThat(PositiveCases.defaults(delete, CREDENTIALS))
        .extracting(c -> c.expect().status())
        .containsOnly(204);
  }

  @Test
  void case_names_are_unique_so_each_names_one_constraint() {
    assertThat(negativeCases().map(Derived::toString).toList()).doesNotHaveDuplicates();
  }

  private static boolean hasSomeCredential(Derived invalid) {
    return invalid.operation().credentialHeaders().stream()
        .anyMatch(
            header ->
                invalid.httpCase().headers().keySet().stream().anyMatch(header::equalsIgnoreCase));
  }

  private static Request toRequest(HttpCase httpCase) {
    String path = httpCase.path();
    int question = path.indexOf('?');
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(
            httpCase.method(), question < 0 ? path : path.substring(0, question));
    if (question >= 0) {
      for (String pair : path.substring(question + 1).split("&")) {
        String[] parts = pair.split("=", 2);
        builder.withQueryParam(decode(parts[0]), decode(parts.length > 1 ? parts[1] : ""));
      }
    }
    httpCase.headers().forEach(builder::withHeader);
    if (httpCase.body() != null) {
      builder.withBody(httpCase.body());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = DerivedCasesTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is not on the test class path (starrocks-sync-contract-model test-jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
