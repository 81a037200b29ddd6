package io.contractkit.starrocks.stub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operations' routes (method, path template, operation id): all the stub's HTTP server
 * needs to start.
 *
 * <p>Why: parsing the document with swagger-parser takes a few hundred milliseconds at start-up.
 * For the bundled contract the routes are read straight from its JSON, so that the HTTP server
 * starts while the document is still being parsed on another thread; any other source (or a
 * bundled document with something unexpected in its paths) is parsed first, as before.
 */
public final class ContractRoutes {

  /** One operation's route, as {@link ContractOperation} names it. */
  public record Route(String method, String template, String operationId) {}

  private static final Supplier<Contract> BUNDLED = new Supplier<>() {
    @Override
    public Contract get() {
      return Contract.bundled();
    }

    @Override
    public String toString() {
      return "the contract in the api jar";
    }
  };

  private ContractRoutes() {}

  /** The source of the bundled contract, whose routes can be had without parsing it. */
  public static Supplier<Contract> bundledSource() {
    return BUNDLED;
  }

  /** The routes of a contract source, without parsing the document where it is the bundled one. */
  public static List<Route> of(Supplier<Contract> source) {
    if (source == BUNDLED) {
      Optional<List<Route>> routes = Bundled.ROUTES;
      if (routes.isPresent()) {
        return routes.get();
      }
    }
    return of(source.get());
  }

  /** The routes of a parsed contract. */
  public static List<Route> of(Contract contract) {
    return contract.operations().stream().map(op -> new Route(op.method(), op.path().template(), op.operationId())).toList();
  }

  /**
   * The bundled document's routes read as plain JSON, in the order {@link PathItem#readOperationsMap()}
   * gives them, or empty when a path item holds anything but plain operations (a {@code $ref}).
   */
  static Optional<List<Route>> fromJson(JsonNode document) {
    JsonNode paths = document.path("paths");
    if (!paths.isObject()) {
      return Optional.empty();
    }
    List<Route> routes = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> path = entries.next();
      if (!path.getValue().isObject() || path.getValue().has("$ref")) {
        return Optional.empty();
      }
      for (PathItem.HttpMethod method : PathItem.HttpMethod.values()) {
        JsonNode operation = path.getValue().get(method.name().toLowerCase(Locale.ROOT));
        if (operation == null) {
          continue;
        }
        if (!operation.isObject()) {
          return Optional.empty();
        }
        JsonNode id = operation.get("operationId");
        String operationId = id != null && id.isTextual() ? id.textValue() : method.name().toLowerCase(Locale.ROOT) + " " + path.getKey();
        routes.add(new Route(method.name(), path.getKey(), operationId));
      }
    }
    return Optional.of(List.copyOf(routes));
  }

  private static final class Bundled {
    static final Optional<List<Route>> ROUTES = read();

    private static Optional<List<Route>> read() {
      try (InputStream in = ContractDocument.bundledUrl().openStream()) {
        return fromJson(new ObjectMapper().readTree(in));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
