package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.server.api.DataSynchronizationApi;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.logging.LoggingFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application of the reference implementation: the generated interface's implementation,
 * strict JSON binding, bean validation of the generated constraints, the credential check and
 * answers in the API's error format.
 */
public final class ReferenceApplication extends ResourceConfig {

  /** The logger of the request log ({@link #ReferenceApplication(ContractRuntime, boolean)}). */
  public static final String REQUEST_LOGGER = "io.contractkit.starrocks.server.reference.requests";

  public ReferenceApplication(ContractRuntime contract) {
    this(contract, false);
  }

  /**
   * @param logRequests whether each request and answer is logged (headers, not bodies) at INFO to
   *     the JUL logger {@value #REQUEST_LOGGER}, with every credential header redacted
   */
  public ReferenceApplication(ContractRuntime contract, boolean logRequests) {
    ApiOperation operation = implementedOperation(contract);
    StrictObjectMapper mapper = new StrictObjectMapper();
    register(JacksonFeature.withoutExceptionMappers());
    register(mapper);
    register(new ReferenceDataSynchronizationService(contract, operation, mapper.mapper()));
    register(new CredentialFilter(operation, contract));
    register(new DocumentedHeadersFilter(operation));
    ErrorResponses errors = new ErrorResponses(contract);
    register(errors);
    register(errors.forConstraintViolations());
    if (logRequests) {
      // Jersey's own request log, which can redact headers: the contract's credential headers
      // and the usual ones (Secrets) never reach the log in clear.
      register(
          LoggingFeature.builder()
              .withLogger(Logger.getLogger(REQUEST_LOGGER))
              .level(Level.INFO)
              .verbosity(LoggingFeature.Verbosity.HEADERS_ONLY)
              .redactHeaders(contract.secrets().headerNames())
              .build());
    }
    property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  /**
   * The operation the generated {@link DataSynchronizationApi} declares: the generator names each
   * method after its operation's operationId, so the interface itself says which one it is.
   */
  static ApiOperation implementedOperation(ContractRuntime contract) {
    return Arrays.stream(DataSynchronizationApi.class.getDeclaredMethods())
        .map(Method::getName)
        .map(contract::operation)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The contract has no operation that "
                        + DataSynchronizationApi.class.getSimpleName()
                        + " declares"));
  }
}
