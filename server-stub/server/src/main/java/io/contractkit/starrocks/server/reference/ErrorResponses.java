package io.contractkit.starrocks.server.reference;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.PreferenceException;
import io.contractkit.starrocks.runtime.RouteRefusal;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.StubError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Every failure as an answer in the API's {@code {error_code, error_msg}} format: bean validation
 * and JSON binding errors as 400 naming the field and the rule, JAX-RS errors with their own status
 * (an unsupported media type as 400, as the stub does), anything else as 500.
 */
final class ErrorResponses implements ExceptionMapper<Throwable> {

  private final ContractRuntime contract;

  @Context private UriInfo uri;
  @Context private Request request;

  ErrorResponses(ContractRuntime contract) {
    this.contract = contract;
  }

  /**
   * Jersey's own mapper for bean-validation failures is closer to them than a mapper of {@code
   * Throwable}; this one, closer still, hands them back here.
   */
  ExceptionMapper<ConstraintViolationException> forConstraintViolations() {
    return new ConstraintViolations(this);
  }

  private record ConstraintViolations(ErrorResponses responses)
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException failure) {
      return responses.toResponse(failure);
    }
  }

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof ConstraintViolationException violations) {
      String message =
          violations.getConstraintViolations().stream()
              .map(v -> field(v) + ": " + v.getMessage())
              .sorted(Comparator.naturalOrder())
              .collect(Collectors.joining("; "));
      return error(400, "Contract violation: " + message);
    }
    if (failure instanceof JsonProcessingException json) {
      return error(400, "Contract violation: body: " + describe(json));
    }
    if (failure instanceof PreferenceException preference) {
      // Like the stub: a Prefer the document cannot honour gets the stub's own code.
      return stubError(preference.error(), preference.getMessage(), null);
    }
    if (failure instanceof NotFoundException || failure instanceof NotAllowedException) {
      // Worded by the code the stub uses, so that both say the same thing with the same code.
      RouteRefusal refusal =
          RouteRefusal.of(contract, request.getMethod(), uri.getRequestUri().getRawPath());
      return stubError(refusal.error(), refusal.message(), refusal.allow().orElse(null));
    }
    if (failure instanceof WebApplicationException web) {
      Response response = web.getResponse();
      if (response.hasEntity()) {
        return response;
      }
      int status = response.getStatus();
      if (status == 415 || status == 406) {
        return error(
            400,
            "Contract violation: header "
                + (status == 415 ? "Content-Type" : "Accept")
                + ": "
                + web.getMessage());
      }
      return error(status, Sanitized.of(web.getMessage(), 300));
    }
    return error(
        500, "The reference implementation failed: " + Sanitized.of(String.valueOf(failure), 300));
  }

  private Response stubError(StubError error, String message, String allow) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(contract.stubErrorBody(error, message));
    if (allow != null) {
      response.header("Allow", allow);
    }
    return response.build();
  }

  private Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(contract.errorBody(message))
        .build();
  }

  /**
   * {@code modifyDataSynchronizationConfig.arg2.dbConfigs[0].value} becomes {@code
   * body.db_configs[0].value}.
   */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD -> {}
        case PARAMETER ->
            field.append(isBody(node) ? "body" : "parameter " + snake(node.getName()));
        default -> {
          if (node.getName() != null) {
            field.append('.').append(snake(node.getName()));
          }
          if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    return field.toString();
  }

  /**
   * The generated interface names its body parameter after the request model ({@code ...Request}).
   */
  private static boolean isBody(Path.Node node) {
    return node.getName().endsWith("Request");
  }

  private static String describe(JsonProcessingException json) {
    String where = "";
    // Every binding failure (a wrong token, an enum value the contract does not list) knows
    // where it happened; naming the field is what lets a caller fix the request.
    if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      where =
          mapping.getPath().stream()
                  .map(
                      r ->
                          r.getFieldName() != null
                              ? "." + r.getFieldName()
                              : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining())
              + " ";
    }
    JsonLocation at = json.getLocation();
    String position =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String kind = json instanceof InvalidFormatException ? "has a value of the wrong form: " : "";
    return Sanitized.of(where + kind + json.getOriginalMessage(), 300) + position;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }
}
