package io.contractkit.starrocks.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.ExampleSelection;
import io.contractkit.starrocks.runtime.HostileAnswer;
import io.contractkit.starrocks.runtime.HostileAnswers;
import io.contractkit.starrocks.runtime.HostileScenario;
import io.contractkit.starrocks.runtime.PreferHeader;
import io.contractkit.starrocks.runtime.PreferenceException;
import io.contractkit.starrocks.runtime.Preferences;
import io.contractkit.starrocks.runtime.ReflectingAnswer.Reflection;
import io.contractkit.starrocks.runtime.RouteRefusal;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.StrictJson;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every request the contract's mappings match: checks the {@code Prefer} header, the
 * credential and the request against the document, then serves the chosen documented example
 * (reflecting the request for the default answer), with the asked delay or fault.
 *
 * <p>Refused requests get the API's error format and are recorded in the {@link ViolationLog}.
 * Stateless: the same request always gets the same answer.
 */
public final class ContractAnswerTransformer implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "starrocks-sync-contract";
  static final String OPERATION_PARAMETER = "operationId";

  /**
   * Lists request values left out of a reflected answer because the response schema forbids them.
   */
  public static final String NOT_REFLECTED_HEADER = "X-Stub-Not-Reflected";

  /** RFC 7240's answer to {@code Prefer}: which preferences the stub applied. */
  public static final String PREFERENCE_APPLIED_HEADER = "Preference-Applied";

  private static final String JSON = "application/json";

  private final StubRuntime runtime;

  ContractAnswerTransformer(StubRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    ContractRuntime contract = runtime.contract();
    Parameters parameters = event.getTransformerParameters();
    String operationId =
        parameters == null ? null : parameters.getString(OPERATION_PARAMETER, null);
    try {
      ApiOperation operation =
          operationId == null ? null : contract.operation(operationId).orElse(null);
      return operation == null ? unknownRoute(event, contract) : answer(event, operation, contract);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // A failure of the stub itself: say so in the API's format, and make the consumer's test
      // fail.
      Violation failure =
          new Violation("stub", "failed to answer: " + Sanitized.of(String.valueOf(e), 300));
      return refuse(
          event,
          StubError.INTERNAL_ERROR.status(),
          runtime
              .contract()
              .stubErrorBody(StubError.INTERNAL_ERROR, "The stub failed: " + failure.rule()),
          List.of(failure),
          Map.of(),
          Optional.of(StubError.INTERNAL_ERROR));
    }
  }

  private ResponseDefinition answer(
      ServeEvent event, ApiOperation operation, ContractRuntime contract) {
    Request request = event.getRequest();
    Preferences preferences;
    ExampleSelection selection;
    Fault fault;
    HostileAnswer hostile;
    try {
      preferences = PreferHeader.parse(headerValues(request, PreferHeader.NAME));
      hostile =
          preferences
              .hostile()
              .map(
                  name ->
                      HostileAnswers.answer(
                          contract,
                          operation,
                          HostileScenario.named(name),
                          runtime.settings().maxDelayMillis()))
              .orElse(null);
      selection = ExampleSelection.choose(operation, preferences);
      fault = preferences.fault().map(StubFaults::named).orElse(null);
      if (preferences.delayMillis().orElse(0) > runtime.settings().maxDelayMillis()) {
        throw new PreferenceException(
            StubError.MALFORMED_PREFER,
            "Prefer: delay="
                + preferences.delayMillis().getAsLong()
                + " is longer than this stub's limit of "
                + runtime.settings().maxDelayMillis()
                + " ms (--max-delay-ms)");
      }
    } catch (PreferenceException e) {
      // The request asked the stub for something the document does not have: the stub's own
      // error code, so that it can never pass for a documented answer.
      Violation usage = new Violation("header " + PreferHeader.NAME, e.getMessage());
      return refuse(
          event,
          e.error().status(),
          contract.stubErrorBody(e.error(), e.getMessage()),
          List.of(usage),
          ContractRuntime.documentedHeaders(operation, e.error().status()),
          Optional.of(e.error()));
    }

    ContractRequestCheck.Verdict verdict = runtime.check().check(request, operation);
    if (verdict.status() == 401) {
      Violation credential = verdict.violations().get(0);
      return refuse(
          event,
          401,
          contract.unauthorizedBody(operation, credential.rule()),
          verdict.violations(),
          ContractRuntime.documentedHeaders(operation, 401));
    }
    if (verdict.refused()) {
      List<Violation> violations = verdict.violations();
      String message =
          "Contract violation: "
              + violations.get(0)
              + (violations.size() > 1
                  ? " (and "
                      + (violations.size() - 1)
                      + " more, listed in the "
                      + ViolationHeader.NAME
                      + " header)"
                  : "");
      return refuse(
          event,
          verdict.status(),
          contract.errorBody(message),
          violations,
          ContractRuntime.documentedHeaders(operation, verdict.status()));
    }
    JsonNode json = verdict.json();
    if (hostile != null) {
      return hostileAnswer(hostile, preferences, fault);
    }

    ResponseDefinitionBuilder response =
        ResponseDefinitionBuilder.responseDefinition().withStatus(selection.status());
    ContractRuntime.documentedHeaders(operation, selection.status()).forEach(response::withHeader);
    if (preferences.choosesOutcome() || preferences.delayMillis().isPresent() || fault != null) {
      response.withHeader(PREFERENCE_APPLIED_HEADER, preferences.applied());
    }
    if (selection.example().isPresent()) {
      ResponseExample example = selection.example().get();
      JsonNode answer = example.value();
      if (selection.reflect()) {
        Reflection reflection =
            reflect(contract, operation, selection.status(), example, json, request);
        answer = reflection.body();
        if (!reflection.notReflected().isEmpty()) {
          response.withHeader(
              NOT_REFLECTED_HEADER,
              Sanitized.of(String.join(" | ", reflection.notReflected()), 2000));
        }
      }
      response.withHeader("Content-Type", example.mediaType()).withBody(write(answer));
    }
    preferences.delayMillis().ifPresent(delay -> response.withFixedDelay((int) delay));
    if (fault != null) {
      response.withFault(fault);
    }
    return response.build();
  }

  /**
   * An answer the document does not promise, asked for by a request that keeps the contract: not a
   * violation of the request, so nothing is recorded.
   */
  private static ResponseDefinition hostileAnswer(
      HostileAnswer hostile, Preferences preferences, Fault fault) {
    ResponseDefinitionBuilder response =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(hostile.status())
            .withHeader(PREFERENCE_APPLIED_HEADER, preferences.applied());
    hostile.headers().forEach(response::withHeader);
    response.withBody(hostile.body());
    long delay = hostile.delayMillis() + preferences.delayMillis().orElse(0);
    if (delay > 0) {
      response.withFixedDelay((int) delay);
    }
    if (fault != null) {
      response.withFault(fault);
    }
    return response.build();
  }

  /**
   * The reflected answer if it validates against the response schema, else the example as it is.
   */
  private Reflection reflect(
      ContractRuntime contract,
      ApiOperation operation,
      int status,
      ResponseExample example,
      JsonNode json,
      Request request) {
    var plan = contract.reflection(operation, status);
    if (plan.isEmpty() || json == null) {
      return new Reflection(example.value(), List.of());
    }
    Reflection reflection = plan.get().apply(example.value(), json);
    if (reflection.body() == example.value()) {
      return reflection;
    }
    if (contract
        .validator()
        .answerFits(
            path(request), operation.method(), status, example.mediaType(), reflection.body())) {
      return reflection;
    }
    return new Reflection(
        example.value(),
        List.of(
            "the reflected answer did not fit the response schema, so the documented example is served unchanged"));
  }

  private ResponseDefinition unknownRoute(ServeEvent event, ContractRuntime contract) {
    Request request = event.getRequest();
    RouteRefusal refusal = RouteRefusal.of(contract, request.getMethod().getName(), path(request));
    return refuse(
        event,
        refusal.status(),
        contract.stubErrorBody(refusal.error(), refusal.message()),
        List.of(new Violation("route", refusal.message())),
        refusal.allow().map(allow -> Map.of("Allow", allow)).orElse(Map.of()),
        Optional.of(refusal.error()));
  }

  private ResponseDefinition refuse(
      ServeEvent event,
      int status,
      JsonNode body,
      List<Violation> violations,
      Map<String, String> headers) {
    return refuse(event, status, body, violations, headers, Optional.empty());
  }

  private ResponseDefinition refuse(
      ServeEvent event,
      int status,
      JsonNode body,
      List<Violation> violations,
      Map<String, String> headers,
      Optional<StubError> stubError) {
    runtime.record(event, status, violations, stubError);
    ResponseDefinitionBuilder response =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(status)
            .withHeader("Content-Type", JSON)
            .withHeader(ViolationHeader.NAME, ViolationHeader.of(violations))
            .withBody(write(body));
    headers.forEach(response::withHeader);
    return response.build();
  }

  private static List<String> headerValues(Request request, String name) {
    return StubRuntime.headerValues(request, name);
  }

  private static String path(Request request) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String write(JsonNode body) {
    try {
      return StrictJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer", e);
    }
  }
}
