package io.contractkit.starrocks.server.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.ExampleSelection;
import io.contractkit.starrocks.runtime.PreferHeader;
import io.contractkit.starrocks.runtime.Preferences;
import io.contractkit.starrocks.server.api.DataSynchronizationApi;
import io.contractkit.starrocks.server.model.ModifyDataSynchronizationConfigRequest;
import io.contractkit.starrocks.server.model.ModifyDataSynchronizationConfigResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The reference implementation of the generated {@link DataSynchronizationApi}: it answers from the
 * contract's examples with the stub's selection rules ({@code Prefer: example=} / {@code code=},
 * the default 2xx example reflecting the request).
 *
 * <p>Validation is not done here: the generated bean-validation annotations and the JSON binding do
 * it (see {@link ReferenceApplication}), which is what proves the generated interfaces usable.
 */
public final class ReferenceDataSynchronizationService implements DataSynchronizationApi {

  private final ContractRuntime contract;
  private final ApiOperation operation;
  private final ObjectMapper mapper;

  @Context private HttpHeaders headers;

  ReferenceDataSynchronizationService(
      ContractRuntime contract, ApiOperation operation, ObjectMapper mapper) {
    this.contract = contract;
    this.operation = operation;
    this.mapper = mapper;
  }

  @Override
  public ModifyDataSynchronizationConfigResponse modifyDataSynchronizationConfig(
      String projectId,
      String instanceId,
      ModifyDataSynchronizationConfigRequest request,
      String xLanguage) {
    Preferences preferences = PreferHeader.parse(headers.getRequestHeader(PreferHeader.NAME));
    ExampleSelection selection = ExampleSelection.choose(operation, preferences);
    if (selection.example().isEmpty()) {
      throw new WebApplicationException(Response.status(selection.status()).build());
    }
    ResponseExample example = selection.example().get();
    if (!example.isSuccess()) {
      throw new WebApplicationException(
          Response.status(example.status())
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(example.value())
              .build());
    }
    JsonNode answer = example.value();
    if (selection.reflect()) {
      JsonNode sent = mapper.valueToTree(request);
      answer =
          contract
              .reflection(operation, example.status())
              .map(r -> r.apply(example.value(), sent).body())
              .orElse(answer);
    }
    try {
      return mapper.treeToValue(answer, ModifyDataSynchronizationConfigResponse.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A documented example does not bind to the generated model", e);
    }
  }
}
