package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.stub.contract.Contract;
import io.contractkit.starrocks.stub.contract.ContractOperation;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.logging.LoggingFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application of the reference implementation: the generated interface's
 * implementation, strict JSON binding, bean validation of the generated constraints, the
 * credential check and answers in the API's error format.
 */
public final class ReferenceApplication extends ResourceConfig {

  /** The operation the generated {@code DataSynchronizationApi} implements. */
  static final String OPERATION_ID = "modifyDataSynchronizationConfig";

  /** The logger of the request log ({@link #ReferenceApplication(Contract, boolean)}). */
  public static final String REQUEST_LOGGER = "io.contractkit.starrocks.server.reference.requests";

  public ReferenceApplication(Contract contract) {
    this(contract, false);
  }

  /**
   * @param logRequests whether each request and answer is logged (headers, not bodies) at INFO
   *     to the JUL logger {@value #REQUEST_LOGGER}, with every credential header redacted
   */
  public ReferenceApplication(Contract contract, boolean logRequests) {
    ContractOperation operation =
        contract
            .operation(OPERATION_ID)
            .orElseThrow(() -> new IllegalStateException("The contract has no operation " + OPERATION_ID));
    StrictObjectMapper mapper = new StrictObjectMapper();
    register(JacksonFeature.withoutExceptionMappers());
    register(mapper);
    register(new ReferenceDataSynchronizationService(operation, mapper.mapper()));
    register(new CredentialFilter(operation, contract.errorBodies()));
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
}
