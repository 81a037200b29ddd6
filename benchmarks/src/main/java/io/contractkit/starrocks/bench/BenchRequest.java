package io.contractkit.starrocks.bench;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.NamedExample;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.contractkit.starrocks.model.ValidRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one request every contender gets: the contract's operation with its parameters' example
 * values, a credential in the contract's token header and a named request example as body.
 *
 * <p>Written to a directory ({@code method}, {@code path}, {@code headers}, {@code body}) that
 * wrk's script ({@code benchmarks/put.lua}) and the JMH forks read, so that they send exactly this
 * request and so that a forked JVM measuring the stub's first start has not parsed the contract
 * before it starts the stub.
 */
public record BenchRequest(String method, String path, Map<String, String> headers, String body) {

  /** Any non-blank token is a valid credential for the stub and for Prism. */
  static final String TOKEN = "bench-token";

  /** The name of the document's first request example: the default request under load. */
  public static String firstExampleName() {
    return ContractModel.load().operations().stream()
        .flatMap(operation -> operation.requestBody().flatMap(body -> body.firstExample()).stream())
        .map(NamedExample::name)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The contract has no request example"));
  }

  public static BenchRequest fromContract(String exampleName) {
    ContractModel model = ContractModel.load();
    for (ApiOperation operation : model.operations()) {
      NamedExample example =
          operation.requestBody().flatMap(body -> body.example(exampleName)).orElse(null);
      if (example == null) {
        continue;
      }
      ValidRequest valid = operation.validRequest();
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(tokenHeader(operation), TOKEN);
      headers.putAll(valid.headers());
      return new BenchRequest(
          operation.method(), valid.pathAndQuery(), headers, example.value().toString());
    }
    throw new IllegalArgumentException("The contract has no request example named " + exampleName);
  }

  /**
   * The same request with one field broken the way the load does it: the first string of
   * the body, in document order, whose schema's {@code pattern} refuses it with a hyphen added (for
   * this contract, {@code task_name}). Derived from the document, so the refusal and its message
   * (field and rule) are the contract's own.
   */
  public BenchRequest invalidVariant(String exampleName) {
    ContractModel model = ContractModel.load();
    for (ApiOperation operation : model.operations()) {
      if (operation.requestBody().flatMap(body -> body.example(exampleName)).isEmpty()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode body =
          com.fasterxml.jackson.databind.json.JsonMapper.builder()
              .build()
              .valueToTree(operation.requestBody().get().example(exampleName).get().value());
      if (breakFirstPattern(operation.requestBody().get().schema(), body)) {
        return new BenchRequest(method, path, headers, body.toString());
      }
    }
    throw new IllegalStateException(
        "The example " + exampleName + " has no string field with a pattern to break");
  }

  private static boolean breakFirstPattern(
      io.swagger.v3.oas.models.media.Schema<?> schema,
      com.fasterxml.jackson.databind.JsonNode node) {
    if (schema == null) {
      return false;
    }
    if (node.isObject() && schema.getProperties() != null) {
      com.fasterxml.jackson.databind.node.ObjectNode object =
          (com.fasterxml.jackson.databind.node.ObjectNode) node;
      for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> property :
          schema.getProperties().entrySet()) {
        com.fasterxml.jackson.databind.JsonNode value = object.get(property.getKey());
        if (value == null) {
          continue;
        }
        String pattern = property.getValue().getPattern();
        if (value.isTextual() && pattern != null) {
          String broken = value.asText() + "-x";
          if (!io.contractkit.starrocks.model.EcmaPattern.compile(pattern).matches(broken)) {
            object.put(property.getKey(), broken);
            return true;
          }
        }
        if (breakFirstPattern(property.getValue(), value)) {
          return true;
        }
      }
    }
    if (node.isArray() && schema.getItems() != null) {
      for (com.fasterxml.jackson.databind.JsonNode item : node) {
        if (breakFirstPattern(schema.getItems(), item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The header of the operation's plain-token credential (the IAM token). */
  private static String tokenHeader(ApiOperation operation) {
    return operation
        .tokenAlternative()
        .map(SecurityAlternative::headers)
        .filter(headers -> !headers.isEmpty())
        .map(headers -> headers.get(0))
        .orElseThrow(
            () -> new IllegalStateException(operation + " accepts no plain-token credential"));
  }

  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("method"), method);
    Files.writeString(dir.resolve("path"), path);
    StringBuilder lines = new StringBuilder();
    headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
    Files.writeString(dir.resolve("headers"), lines);
    Files.writeString(dir.resolve("body"), body);
  }

  public static BenchRequest readFrom(Path dir) {
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : Files.readAllLines(dir.resolve("headers"))) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
      return new BenchRequest(
          Files.readString(dir.resolve("method")).trim(),
          Files.readString(dir.resolve("path")).trim(),
          headers,
          Files.readString(dir.resolve("body")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the benchmark request from " + dir, e);
    }
  }

  /** The request directory the runner hands to JMH forks ({@code -Dbench.request.dir}). */
  public static BenchRequest fromSystemProperty() {
    String dir = System.getProperty("bench.request.dir");
    if (dir == null) {
      throw new IllegalStateException("Run through BenchmarkRun, which sets -Dbench.request.dir");
    }
    return readFrom(Path.of(dir));
  }

  /** The request as bytes on the wire, closing the connection after the answer. */
  byte[] wireBytes(String host) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(content.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[start.length + content.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(content, 0, all, start.length, content.length);
    return all;
  }
}
