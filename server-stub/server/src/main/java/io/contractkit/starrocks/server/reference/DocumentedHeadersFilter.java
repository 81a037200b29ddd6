package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** Adds the headers the document declares for a status (such as {@code X-Request-Id}). */
final class DocumentedHeadersFilter implements ContainerResponseFilter {

  private final ApiOperation operation;

  DocumentedHeadersFilter(ApiOperation operation) {
    this.operation = operation;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    ContractRuntime.documentedHeaders(operation, response.getStatus())
        .forEach(
            (name, value) -> {
              if (!response.getHeaders().containsKey(name)) {
                response.getHeaders().putSingle(name, value);
              }
            });
  }
}
