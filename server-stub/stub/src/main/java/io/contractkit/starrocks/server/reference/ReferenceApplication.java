package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.stub.contract.Contract;
import io.contractkit.starrocks.stub.contract.ContractOperation;
import org.glassfish.jersey.jackson.JacksonFeature;
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

  public ReferenceApplication(Contract contract) {
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
    ErrorResponses errors = new ErrorResponses(contract.errorBodies());
    register(errors);
    register(errors.forConstraintViolations());
    property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
