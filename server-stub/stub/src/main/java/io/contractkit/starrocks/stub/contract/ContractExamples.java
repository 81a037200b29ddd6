package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The named response examples of one operation, in document order, and the documented statuses.
 *
 * <p>The default answer is the first example of the first documented 2xx response.
 */
public final class ContractExamples {

  private final List<DocumentedExample> examples;
  private final Set<Integer> statuses;

  private ContractExamples(List<DocumentedExample> examples, Set<Integer> statuses) {
    this.examples = List.copyOf(examples);
    this.statuses = Set.copyOf(statuses);
  }

  static ContractExamples of(OpenAPI api, Operation operation) {
    List<DocumentedExample> found = new ArrayList<>();
    Set<Integer> statuses = new LinkedHashSet<>();
    if (operation.getResponses() == null) {
      return new ContractExamples(found, statuses);
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      Integer status = statusOf(entry.getKey());
      if (status == null) {
        continue; // "default" and ranges such as "4XX" name no single status to answer with
      }
      statuses.add(status);
      ApiResponse response = entry.getValue();
      Map<String, String> headers = documentedHeaders(response);
      if (response.getContent() == null) {
        continue;
      }
      for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
        if (media.getValue().getExamples() == null) {
          continue;
        }
        for (Map.Entry<String, Example> example : media.getValue().getExamples().entrySet()) {
          Example resolved = Refs.example(api, example.getValue());
          JsonNode body = Json.mapper().valueToTree(resolved.getValue());
          found.add(
              new DocumentedExample(
                  example.getKey(),
                  status,
                  resolved.getSummary(),
                  media.getKey(),
                  body,
                  headers));
        }
      }
    }
    return new ContractExamples(found, statuses);
  }

  private static Integer statusOf(String key) {
    try {
      return Integer.valueOf(key);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, String> documentedHeaders(ApiResponse response) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (response.getHeaders() == null) {
      return headers;
    }
    for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
      Object example = header.getValue().getExample();
      if (example == null && header.getValue().getSchema() != null) {
        example = header.getValue().getSchema().getExample();
      }
      if (example != null) {
        headers.put(header.getKey(), String.valueOf(example));
      }
    }
    return Map.copyOf(headers);
  }

  public List<DocumentedExample> all() {
    return examples;
  }

  public Optional<DocumentedExample> named(String name) {
    return examples.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The first example documented for a status. */
  public Optional<DocumentedExample> firstWithStatus(int status) {
    return examples.stream().filter(e -> e.status() == status).findFirst();
  }

  /** The first example of a 2xx response: what the stub answers when nothing else is asked. */
  public Optional<DocumentedExample> defaultAnswer() {
    return examples.stream().filter(DocumentedExample::isSuccess).findFirst();
  }

  /** Every status the operation documents, examples or not. */
  public Set<Integer> statuses() {
    return statuses;
  }

  /** {@code seed_success (200), config_check_failed (200), ...}, for messages. */
  public String describe() {
    return examples.stream().map(DocumentedExample::toString).collect(Collectors.joining(", "));
  }
}
