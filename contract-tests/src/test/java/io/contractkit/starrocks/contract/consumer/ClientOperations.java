package io.contractkit.starrocks.contract.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.client.StarRocksSyncClient;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ValidRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Calls the generated client's method for an operation of the contract, found the way the generator
 * names it: the API class after the operation's tag, the method after its {@code operationId},
 * arguments after the document's parameter names. So a second operation in the document is
 * exercised with no new test code.
 */
final class ClientOperations {

  static final ObjectMapper CLIENT_JSON = ApiClient.createDefaultObjectMapper();
  private static final String MODELS = "io.contractkit.starrocks.client.model.";

  private ClientOperations() {}

  static Object call(StarRocksSyncClient client, ApiOperation operation, JsonNode body)
      throws Throwable {
    Object api = client.dataSynchronization();
    Method method =
        Arrays.stream(api.getClass().getMethods())
            .filter(candidate -> candidate.getName().equals(operation.operationId()))
            .filter(
                candidate ->
                    Arrays.stream(candidate.getParameterTypes()).noneMatch(Map.class::equals))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("The client has no method " + operation.operationId()));
    // Path, query and header parameters at the values of the model's valid request.
    ValidRequest valid = operation.validRequest();
    Map<String, String> values = new HashMap<>();
    valid.pathValues().forEach((name, value) -> values.put(javaName(name), value));
    valid.query().forEach((name, value) -> values.put(javaName(name), value));
    valid.headers().forEach((name, value) -> values.put(javaName(name), value));
    Object[] arguments = new Object[method.getParameterCount()];
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().getName().startsWith(MODELS)) {
        arguments[i] = body == null ? null : CLIENT_JSON.treeToValue(body, parameters[i].getType());
      } else {
        arguments[i] = values.get(parameters[i].getName());
      }
    }
    try {
      return method.invoke(api, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  static Class<?> model(String schemaName) throws ClassNotFoundException {
    return Class.forName(MODELS + schemaName);
  }

  /** {@code project_id} and {@code X-Language} become {@code projectId} and {@code xLanguage}. */
  static String javaName(String name) {
    String[] words = name.split("[_-]");
    StringBuilder camel = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      camel
          .append(Character.toUpperCase(words[i].charAt(0)))
          .append(words[i].substring(1).toLowerCase(Locale.ROOT));
    }
    return camel.toString();
  }
}
