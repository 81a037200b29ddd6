package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.CompatibilityRule.*;

import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares a document with its baseline and judges every difference from the side of the people who
 * already use the baseline: clients (hand-written or generated SDKs) and consumers of the stub, who
 * select documented outcomes by status and example name.
 *
 * <p>Works on the documents as written (internal {@code $ref}s kept), so that a renamed component
 * is seen as the SDK rename it is. See {@link CompatibilityRule} for the rules.
 */
public final class CompatibilityCheck {

  private final SpecDocument before;
  private final SpecDocument after;
  private final Changes changes = new Changes();
  private final SchemaComparison schemas;

  private CompatibilityCheck(SpecDocument before, SpecDocument after) {
    this.before = before;
    this.after = after;
    this.schemas = new SchemaComparison(before, after, changes);
  }

  /** Every difference between {@code before} (the baseline) and {@code after}, judged. */
  public static List<Change> compare(SpecDocument before, SpecDocument after) {
    if (before.api() == null || after.api() == null) {
      throw new IllegalArgumentException(
          "Both documents must parse: " + before.source() + ", " + after.source());
    }
    CompatibilityCheck check = new CompatibilityCheck(before, after);
    check.servers();
    check.operations();
    new SecurityComparison(before, after, check.changes)
        .compare(check.operationsOf(before.api()), check.operationsOf(after.api()));
    return check.changes.list();
  }

  private void servers() {
    Set<String> now = urls(after.api().getServers());
    for (String url : urls(before.api().getServers())) {
      if (!now.contains(url)) {
        changes.breaking(
            SERVER_REMOVED,
            "servers",
            "server `"
                + url
                + "` is gone; generated clients use the document's servers as their default base URL");
      }
    }
  }

  private static Set<String> urls(List<Server> servers) {
    return servers == null
        ? Set.of()
        : servers.stream().map(Server::getUrl).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Operations by "METHOD /path", with path variables reduced to {} since their names do not reach
   * the wire.
   */
  Map<String, OperationAt> operationsOf(OpenAPI api) {
    Map<String, OperationAt> operations = new LinkedHashMap<>();
    if (api.getPaths() != null) {
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) ->
                              operations.put(
                                  method + " " + path.replaceAll("\\{[^}]*}", "{}"),
                                  new OperationAt(method.name() + " " + path, item, operation))));
    }
    return operations;
  }

  record OperationAt(String name, PathItem item, Operation operation) {}

  private void operations() {
    Map<String, OperationAt> old = operationsOf(before.api());
    Map<String, OperationAt> now = operationsOf(after.api());
    old.forEach(
        (key, was) -> {
          OperationAt is = now.get(key);
          if (is == null) {
            changes.breaking(
                OPERATION_REMOVED,
                was.name(),
                "the operation is gone: every client that calls it fails, and the SDK method disappears");
          } else {
            operation(is.name(), was, is);
          }
        });
    now.forEach(
        (key, is) -> {
          if (!old.containsKey(key)) {
            changes.compatible(OPERATION_ADDED, is.name(), "new operation");
          }
        });
  }

  private void operation(String where, OperationAt was, OperationAt is) {
    Operation o = was.operation();
    Operation n = is.operation();
    if (!Objects.equals(o.getOperationId(), n.getOperationId())) {
      changes.breaking(
          SDK_NAMES,
          where,
          "operationId `"
              + o.getOperationId()
              + "` became `"
              + n.getOperationId()
              + "`: the generated SDK method is renamed");
    }
    String oldTag = firstTag(o);
    String newTag = firstTag(n);
    if (!Objects.equals(oldTag, newTag)) {
      changes.breaking(
          SDK_NAMES,
          where,
          "first tag `"
              + oldTag
              + "` became `"
              + newTag
              + "`: generated SDKs group operations into one API class per tag, so the method moves to another class");
    }
    if (!Boolean.TRUE.equals(o.getDeprecated()) && Boolean.TRUE.equals(n.getDeprecated())) {
      changes.compatible(DEPRECATED, where, "the operation is now deprecated");
    }
    parameters(where, parameters(before, was), parameters(after, is));
    requestBody(where, o.getRequestBody(), n.getRequestBody());
    responses(where, o.getResponses(), n.getResponses());
    examples(where, o, n);
  }

  private static String firstTag(Operation operation) {
    return operation.getTags() == null || operation.getTags().isEmpty()
        ? null
        : operation.getTags().get(0);
  }

  private static Map<String, Parameter> parameters(SpecDocument document, OperationAt at) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    List<Parameter> all = new ArrayList<>();
    if (at.item().getParameters() != null) {
      all.addAll(at.item().getParameters());
    }
    if (at.operation().getParameters() != null) {
      all.addAll(at.operation().getParameters());
    }
    for (Parameter declared : all) {
      Parameter parameter = document.parameter(declared);
      String name =
          "header".equals(parameter.getIn())
              ? parameter.getName().toLowerCase(Locale.ROOT)
              : parameter.getName();
      parameters.put(parameter.getIn() + " parameter " + name, parameter);
    }
    return parameters;
  }

  private void parameters(
      String operation, Map<String, Parameter> old, Map<String, Parameter> now) {
    old.forEach(
        (key, was) -> {
          String where = operation + " › " + key;
          Parameter is = now.get(key);
          if (is == null) {
            changes.breaking(
                PARAMETER_REMOVED,
                where,
                "the parameter is gone: clients that send it are no longer understood, and the SDK method loses an argument");
            return;
          }
          if (!required(was.getRequired()) && required(is.getRequired())) {
            changes.breaking(
                PARAMETER_REQUIRED,
                where,
                "the parameter became required: existing clients that omit it are rejected");
          } else if (required(was.getRequired()) && !required(is.getRequired())) {
            changes.compatible(PARAMETER_REQUIRED, where, "the parameter became optional");
          }
          if (!Objects.equals(was.getStyle(), is.getStyle())
              || !Objects.equals(was.getExplode(), is.getExplode())) {
            changes.breaking(
                PARAMETER_SERIALIZATION,
                where,
                "style/explode changed from "
                    + was.getStyle()
                    + "/"
                    + was.getExplode()
                    + " to "
                    + is.getStyle()
                    + "/"
                    + is.getExplode()
                    + ": clients serialize the value differently");
          }
          if (was.getSchema() != null || is.getSchema() != null) {
            schemas.compare(where, was.getSchema(), is.getSchema(), Direction.REQUEST);
          }
          content(where, was.getContent(), is.getContent(), Direction.REQUEST);
        });
    now.forEach(
        (key, is) -> {
          if (!old.containsKey(key)) {
            String where = operation + " › " + key;
            if (required(is.getRequired())) {
              changes.breaking(
                  PARAMETER_REQUIRED,
                  where,
                  "new required parameter: existing clients do not send it");
            } else {
              changes.compatible(PARAMETER_REQUIRED, where, "new optional parameter");
            }
          }
        });
  }

  private void requestBody(String operation, RequestBody oldDeclared, RequestBody newDeclared) {
    String where = operation + " › request body";
    if (oldDeclared == null && newDeclared == null) {
      return;
    }
    if (newDeclared == null) {
      changes.breaking(
          REQUEST_BODY,
          where,
          "the request body is gone: clients that send one are no longer understood");
      return;
    }
    RequestBody is = after.requestBody(newDeclared);
    if (oldDeclared == null) {
      if (required(is.getRequired())) {
        changes.breaking(
            REQUEST_BODY, where, "new required request body: existing clients do not send it");
      } else {
        changes.compatible(REQUEST_BODY, where, "new optional request body");
      }
      return;
    }
    RequestBody was = before.requestBody(oldDeclared);
    if (!required(was.getRequired()) && required(is.getRequired())) {
      changes.breaking(
          REQUEST_BODY,
          where,
          "the request body became required: existing clients that omit it are rejected");
    }
    content(where, was.getContent(), is.getContent(), Direction.REQUEST);
  }

  private void content(String where, Content old, Content now, Direction direction) {
    Map<String, MediaType> was = old == null ? Map.of() : old;
    Map<String, MediaType> is = now == null ? Map.of() : now;
    was.forEach(
        (type, media) -> {
          MediaType current = is.get(type);
          if (current == null) {
            changes.breaking(
                MEDIA_TYPE,
                where,
                "media type `"
                    + type
                    + "` is gone: clients that "
                    + (direction == Direction.REQUEST ? "send" : "read")
                    + " it break");
          } else {
            schemas.compare(
                where + (is.size() > 1 ? " (" + type + ")" : ""),
                media.getSchema(),
                current.getSchema(),
                direction);
          }
        });
    is.keySet().stream()
        .filter(type -> !was.containsKey(type))
        .forEach(
            type ->
                changes.compatible(
                    MEDIA_TYPE,
                    where,
                    "new media type `"
                        + type
                        + "`"
                        + (direction == Direction.RESPONSE
                            ? "; clients receive it only if they ask for it in Accept"
                            : "")));
  }

  private void responses(String operation, ApiResponses old, ApiResponses now) {
    Map<String, ApiResponse> was = old == null ? Map.of() : old;
    Map<String, ApiResponse> is = now == null ? Map.of() : now;
    was.forEach(
        (status, declared) -> {
          String where = operation + " › response " + status;
          ApiResponse current = is.get(status);
          if (current == null) {
            changes.breaking(
                RESPONSE_STATUS_REMOVED,
                where,
                "the documented "
                    + status
                    + " answer is gone: stub consumers that ask for it (`Prefer: code="
                    + status
                    + "`) or for its examples get an error, and client code written for it loses its documentation");
            return;
          }
          ApiResponse a = before.response(declared);
          ApiResponse b = after.response(current);
          headers(where, a.getHeaders(), b.getHeaders());
          content(where, a.getContent(), b.getContent(), Direction.RESPONSE);
        });
    is.forEach(
        (status, declared) -> {
          if (!was.containsKey(status)) {
            changes.breaking(
                RESPONSE_STATUS_ADDED,
                operation + " › response " + status,
                "new response status "
                    + status
                    + ": existing clients were written without it (no branch for it, no type for its body), and stub consumers' tests never saw it");
          }
        });
  }

  private void headers(String response, Map<String, Header> old, Map<String, Header> now) {
    Map<String, Header> was = byLowerCase(old);
    Map<String, Header> is = byLowerCase(now);
    was.forEach(
        (name, declared) -> {
          String where = response + " › header " + name;
          Header current = is.get(name);
          if (current == null) {
            changes.breaking(
                RESPONSE_HEADER,
                where,
                "the response header is gone: clients that read it get nothing");
            return;
          }
          Header a = before.header(declared);
          Header b = after.header(current);
          if (required(a.getRequired()) && !required(b.getRequired())) {
            changes.breaking(
                RESPONSE_HEADER,
                where,
                "the response header became optional: clients that rely on it may get nothing");
          }
          schemas.compare(where, a.getSchema(), b.getSchema(), Direction.RESPONSE);
        });
    is.keySet().stream()
        .filter(name -> !was.containsKey(name))
        .forEach(
            name ->
                changes.compatible(
                    RESPONSE_HEADER, response + " › header " + name, "new response header"));
  }

  private static Map<String, Header> byLowerCase(Map<String, Header> headers) {
    Map<String, Header> result = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((name, header) -> result.put(name.toLowerCase(Locale.ROOT), header));
    }
    return result;
  }

  // Named examples: the stub serves response examples by name (Prefer: example=<name>).
  private void examples(String operation, Operation o, Operation n) {
    Map<String, ExampleAt> old = responseExamples(before, o);
    Map<String, ExampleAt> now = responseExamples(after, n);
    old.forEach(
        (name, was) -> {
          String where = operation + " › example " + name;
          ExampleAt is = now.get(name);
          if (is == null) {
            String renamed =
                now.entrySet().stream()
                    .filter(
                        entry ->
                            !old.containsKey(entry.getKey())
                                && Objects.equals(entry.getValue().value(), was.value()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .map(other -> " (renamed to `" + other + "`?)")
                    .orElse("");
            changes.breaking(
                EXAMPLE_REMOVED,
                where,
                "the "
                    + was.status()
                    + " example `"
                    + name
                    + "` is gone"
                    + renamed
                    + ": stub consumers that select it with `Prefer: example="
                    + name
                    + "` get an error");
          } else if (!was.status().equals(is.status())) {
            changes.breaking(
                EXAMPLE_REMOVED,
                where,
                "the example moved from response "
                    + was.status()
                    + " to "
                    + is.status()
                    + ": stub consumers that select it get another status");
          } else if (!Objects.equals(was.value(), is.value())) {
            changes.compatible(
                EXAMPLE_CHANGED,
                where,
                "the example's body changed: stub consumers that select it get the new body");
          }
        });
    now.forEach(
        (name, is) -> {
          if (!old.containsKey(name)) {
            changes.compatible(
                EXAMPLE_CHANGED,
                operation + " › example " + name,
                "new " + is.status() + " example");
          }
        });
    String oldDefault = defaultExample(old);
    String newDefault = defaultExample(now);
    if (oldDefault != null && !Objects.equals(oldDefault, newDefault)) {
      changes.compatible(
          EXAMPLE_CHANGED,
          operation,
          "the stub's default answer (first success example) is now `"
              + newDefault
              + "` instead of `"
              + oldDefault
              + "`");
    }
    Set<String> oldRequests = requestExamples(before, o);
    Set<String> newRequests = requestExamples(after, n);
    Set<String> goneRequests = new TreeSet<>(oldRequests);
    goneRequests.removeAll(newRequests);
    if (!goneRequests.isEmpty()) {
      changes.compatible(
          EXAMPLE_CHANGED,
          operation + " › request body",
          "request examples removed: "
              + goneRequests
              + " (documentation only; the stub does not select by them)");
    }
  }

  private static String defaultExample(Map<String, ExampleAt> examples) {
    return examples.entrySet().stream()
        .filter(entry -> entry.getValue().status().startsWith("2"))
        .sorted((a, b) -> a.getValue().status().compareTo(b.getValue().status()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  record ExampleAt(String status, Object value) {}

  private static Map<String, ExampleAt> responseExamples(
      SpecDocument document, Operation operation) {
    Map<String, ExampleAt> examples = new LinkedHashMap<>();
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .forEach(
              (status, declared) -> {
                Content content = document.response(declared).getContent();
                if (content != null) {
                  content
                      .values()
                      .forEach(
                          media -> {
                            if (media.getExamples() != null) {
                              media
                                  .getExamples()
                                  .forEach(
                                      (name, example) ->
                                          examples.putIfAbsent(
                                              name,
                                              new ExampleAt(status, value(document, example))));
                            }
                          });
                }
              });
    }
    return examples;
  }

  private static Set<String> requestExamples(SpecDocument document, Operation operation) {
    Set<String> names = new TreeSet<>();
    if (operation.getRequestBody() != null) {
      Content content = document.requestBody(operation.getRequestBody()).getContent();
      if (content != null) {
        content.values().stream()
            .filter(media -> media.getExamples() != null)
            .forEach(media -> names.addAll(media.getExamples().keySet()));
      }
    }
    return names;
  }

  private static Object value(SpecDocument document, Example example) {
    Example resolved = document.example(example);
    return resolved.getValue() == null
        ? resolved.getExternalValue()
        : String.valueOf(resolved.getValue());
  }

  static boolean required(Boolean required) {
    return Boolean.TRUE.equals(required);
  }
}
