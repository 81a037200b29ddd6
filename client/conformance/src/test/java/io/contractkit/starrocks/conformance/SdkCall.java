package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ParameterLocation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls an operation of {@code outcomes.json} through the Java SDK, by its {@code operation_id}:
 * the generated API has one method per operationId, its arguments in openapi-generator's order
 * (required parameters in document order, then a required body, then optional parameters).
 */
final class SdkCall {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** The credential forms every outcome runs with. */
  enum CredentialForm {
    IAM_TOKEN,
    AK_SK;

    Credentials credentials() {
      return this == IAM_TOKEN
          ? Credentials.token("conformance-test-token")
          : Credentials.accessKey("HPUAEXAMPLEKEY", "example-secret");
    }
  }

  private SdkCall() {}

  static StarRocksSyncClient client(
      String baseUrl, CredentialForm form, String prefer, Duration timeout) {
    StarRocksSyncClient.Builder builder =
        StarRocksSyncClient.builder()
            .endpoint(baseUrl)
            .credentials(form.credentials())
            .requests(r -> r.header("Prefer", prefer));
    if (timeout != null) {
      builder.requestTimeout(timeout);
    }
    return builder.build();
  }

  /**
   * The model the call returned, as JSON (nulls left out), or the exception it threw.
   *
   * @throws Exception what the SDK threw
   */
  static JsonNode call(StarRocksSyncClient client, JsonNode operation) throws Exception {
    String id = operation.path("operation_id").asText();
    ApiOperation contract =
        ContractRuntime.bundled()
            .operation(id)
            .orElseThrow(() -> new AssertionError("outcomes.json names an unknown " + id));
    Object api = client.dataSynchronization();
    List<Object> required = new ArrayList<>();
    List<Object> optional = new ArrayList<>();
    for (ApiParameter parameter : contract.parameters()) {
      JsonNode value = operation.path(group(parameter.location())).get(parameter.name());
      (parameter.required() ? required : optional).add(value == null ? null : value.asText());
    }
    Method method =
        method(
            api,
            id,
            required.size() + optional.size() + (contract.requestBody().isPresent() ? 1 : 0));
    List<Object> args = new ArrayList<>(required);
    if (contract.requestBody().isPresent()) {
      Object body =
          JSON.treeToValue(
              operation.path("request_body"), method.getParameterTypes()[required.size()]);
      if (contract.requestBody().get().required()) {
        args.add(body);
        args.addAll(optional);
      } else {
        args.addAll(optional);
        args.add(body);
      }
    } else {
      args.addAll(optional);
    }
    try {
      Object result = method.invoke(api, args.toArray());
      return result == null ? null : JSON.valueToTree(result);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception thrown) {
        throw thrown;
      }
      throw e;
    }
  }

  private static Method method(Object api, String name, int arity) {
    for (Method method : api.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arity) {
        return method;
      }
    }
    throw new AssertionError(
        "the Java SDK's "
            + api.getClass().getSimpleName()
            + " has no "
            + name
            + " with "
            + arity
            + " arguments");
  }

  private static String group(ParameterLocation location) {
    return switch (location) {
      case PATH -> "path_parameters";
      case QUERY -> "query_parameters";
      case HEADER -> "header_parameters";
      case COOKIE -> "cookie_parameters";
    };
  }
}
