package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.stub.contract.ContractOperation;
import io.contractkit.starrocks.stub.contract.Violation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Answers 401 with the contract's 401 example when a request carries none of the credentials the
 * document's security requirements accept (checked for form only, as the stub does). Runs after
 * resource matching, so an unknown path still gets its 404.
 */
@Priority(Priorities.AUTHENTICATION)
final class CredentialFilter implements ContainerRequestFilter {

  private final ContractOperation operation;

  CredentialFilter(ContractOperation operation) {
    this.operation = operation;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Violation> problem = operation.credentials().problem(request::getHeaderString);
    problem.ifPresent(
        violation ->
            request.abortWith(
                Response.status(401)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(operation.unauthorizedBody(violation.rule()))
                    .build()));
  }
}
