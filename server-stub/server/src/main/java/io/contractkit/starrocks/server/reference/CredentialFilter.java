package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.Violation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Answers 401 with the contract's 401 example when a request carries none of the credentials the
 * document's security requirements accept (checked for form only, as the stub does). Runs after
 * resource matching, so an unknown path still gets its 404. Also refuses a header value outside its
 * documented enum ({@code X-Language}), which the generated code does not constrain.
 */
@Priority(Priorities.AUTHENTICATION)
final class CredentialFilter implements ContainerRequestFilter {

  private final ApiOperation operation;
  private final ContractRuntime contract;

  CredentialFilter(ApiOperation operation, ContractRuntime contract) {
    this.operation = operation;
    this.contract = contract;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Violation> problem =
        ContractRuntime.credentialProblem(operation, request::getHeaderString);
    if (problem.isPresent()) {
      request.abortWith(
          Response.status(401)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(contract.unauthorizedBody(operation, problem.get().rule()))
              .build());
      return;
    }
    List<Violation> headers =
        ContractRuntime.headerEnumProblems(operation, request::getHeaderString);
    if (!headers.isEmpty()) {
      request.abortWith(
          Response.status(400)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(contract.errorBody("Contract violation: " + headers.get(0)))
              .build());
    }
  }
}
