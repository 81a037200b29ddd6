package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.stub.contract.ContractOperation;
import io.contractkit.starrocks.stub.contract.ErrorBodies;
import io.contractkit.starrocks.stub.contract.Violation;
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
 * resource matching, so an unknown path still gets its 404. Also refuses a header value outside
 * its documented enum ({@code X-Language}), which the generated code does not constrain.
 */
@Priority(Priorities.AUTHENTICATION)
final class CredentialFilter implements ContainerRequestFilter {

  private final ContractOperation operation;
  private final ErrorBodies errors;

  CredentialFilter(ContractOperation operation, ErrorBodies errors) {
    this.operation = operation;
    this.errors = errors;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Violation> problem = operation.credentials().problem(request::getHeaderString);
    if (problem.isPresent()) {
      request.abortWith(
          Response.status(401)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(operation.unauthorizedBody(problem.get().rule()))
              .build());
      return;
    }
    List<Violation> headers = operation.headerEnumProblems(request::getHeaderString);
    if (!headers.isEmpty()) {
      request.abortWith(
          Response.status(400)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(errors.invalid("Contract violation: " + headers.get(0)))
              .build());
    }
  }
}
