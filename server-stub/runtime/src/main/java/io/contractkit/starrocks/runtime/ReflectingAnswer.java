package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a documented success example into an answer that carries the request's own values, so that
 * a consumer asserting on what it sent sees it come back.
 *
 * <p>What is reflected is derived from the two schemas, not named in code:
 *
 * <ul>
 *   <li>a scalar response property with a request property of the same name takes the request's
 *       value ({@code task_name}, {@code source_database_name}, ...); one the request does not send
 *       keeps the example's value;
 *   <li>an array of objects in the response whose item properties include all the item properties
 *       of an array in the request gets one item per submitted entry, with the entry's values; its
 *       other properties ({@code check_result}) come from the example's first item. {@code
 *       db_configs} maps to {@code source_db_config_check_results} and {@code tables_configs} to
 *       {@code tbl_config_check_results} this way. An array the request does not send gets no
 *       items.
 * </ul>
 *
 * <p>A submitted value that the response schema does not allow (for example a {@code db_configs}
 * value of 65 or more characters, where a check result's {@code value} allows 64) is not echoed:
 * the field is left out of the answer and the omission is reported, so the answer never breaks the
 * contract and never shows a value the request did not send.
 */
public final class ReflectingAnswer {

  /** The answer and the request values left out of it. */
  public record Reflection(JsonNode body, List<String> notReflected) {}

  private record Field(String name, SchemaFit fit) {}

  private record ArrayMapping(
      String responseName, String requestName, List<Field> itemFields, Map<String, Field> byName) {

    ArrayMapping(String responseName, String requestName, List<Field> itemFields) {
      this(responseName, requestName, List.copyOf(itemFields), fieldsByName(itemFields));
    }

    /** Looked up for every field of every reflected item: a map, not a search. */
    Field field(String name) {
      return byName.get(name);
    }

    private static Map<String, Field> fieldsByName(List<Field> fields) {
      Map<String, Field> byName = new LinkedHashMap<>();
      fields.forEach(f -> byName.putIfAbsent(f.name(), f));
      return Map.copyOf(byName);
    }
  }

  private final List<Field> scalars;
  private final List<ArrayMapping> arrays;

  private ReflectingAnswer(List<Field> scalars, List<ArrayMapping> arrays) {
    this.scalars = List.copyOf(scalars);
    this.arrays = List.copyOf(arrays);
  }

  static ReflectingAnswer between(Schema<?> requestSchema, Schema<?> responseSchema) {
    List<Field> scalars = new ArrayList<>();
    List<ArrayMapping> arrays = new ArrayList<>();
    Map<String, Schema> request = properties(requestSchema);
    for (Map.Entry<String, Schema> property : properties(responseSchema).entrySet()) {
      String name = property.getKey();
      Schema<?> schema = property.getValue();
      if (SchemaFit.isScalar(schema) && SchemaFit.isScalar(request.get(name))) {
        scalars.add(new Field(name, SchemaFit.of(schema)));
      } else if (isArrayOfObjects(schema)) {
        bestSource(schema, request)
            .ifPresent(source -> arrays.add(mapping(name, schema, source, request.get(source))));
      }
    }
    return new ReflectingAnswer(scalars, arrays);
  }

  /** A plan that reflects nothing, for operations without a JSON request or response body. */
  static ReflectingAnswer none() {
    return new ReflectingAnswer(List.of(), List.of());
  }

  private static Map<String, Schema> properties(Schema<?> schema) {
    return schema == null || schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  private static boolean isArrayOfObjects(Schema<?> schema) {
    return schema != null
        && "array".equals(schema.getType())
        && schema.getItems() != null
        && !properties(schema.getItems()).isEmpty();
  }

  /** The request array whose item properties are all in the response items, most overlap first. */
  private static Optional<String> bestSource(Schema<?> responseArray, Map<String, Schema> request) {
    Map<String, Schema> responseItem = properties(responseArray.getItems());
    String best = null;
    int bestSize = 0;
    for (Map.Entry<String, Schema> candidate : request.entrySet()) {
      if (!isArrayOfObjects(candidate.getValue())) {
        continue;
      }
      Map<String, Schema> requestItem = properties(candidate.getValue().getItems());
      if (responseItem.keySet().containsAll(requestItem.keySet())
          && requestItem.size() > bestSize) {
        best = candidate.getKey();
        bestSize = requestItem.size();
      }
    }
    return Optional.ofNullable(best);
  }

  private static ArrayMapping mapping(
      String responseName, Schema<?> responseArray, String requestName, Schema<?> requestArray) {
    Map<String, Schema> responseItem = properties(responseArray.getItems());
    List<Field> fields = new ArrayList<>();
    for (String name : properties(requestArray.getItems()).keySet()) {
      Schema<?> target = responseItem.get(name);
      if (SchemaFit.isScalar(target)) {
        fields.add(new Field(name, SchemaFit.of(target)));
      }
    }
    return new ArrayMapping(responseName, requestName, fields);
  }

  /**
   * The example's body with the request's values in it. The example itself is not changed.
   *
   * @param request the parsed request body, or null when there is none
   */
  public Reflection apply(JsonNode example, JsonNode request) {
    if (!(example instanceof ObjectNode template) || request == null || !request.isObject()) {
      return new Reflection(example, List.of());
    }
    // A deep copy, but for the arrays replaced below: they are set in place, not copied first.
    ObjectNode answer = template.objectNode();
    template
        .fields()
        .forEachRemaining(
            e ->
                answer.set(
                    e.getKey(),
                    replacedArray(e.getKey()) ? e.getValue() : e.getValue().deepCopy()));
    List<String> notReflected = new ArrayList<>();
    for (Field field : scalars) {
      JsonNode value = request.get(field.name());
      if (value != null && !value.isNull()) {
        copy(value, field, answer, "", notReflected);
      }
    }
    for (ArrayMapping mapping : arrays) {
      answer.set(mapping.responseName(), items(mapping, template, request, notReflected));
    }
    return new Reflection(answer, List.copyOf(notReflected));
  }

  private boolean replacedArray(String name) {
    for (ArrayMapping mapping : arrays) {
      if (mapping.responseName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static ArrayNode items(
      ArrayMapping mapping, ObjectNode template, JsonNode request, List<String> notReflected) {
    ArrayNode items = template.arrayNode();
    JsonNode submitted = request.get(mapping.requestName());
    if (submitted == null || !submitted.isArray()) {
      return items;
    }
    JsonNode documented = template.path(mapping.responseName()).path(0);
    for (int i = 0; i < submitted.size(); i++) {
      JsonNode entry = submitted.get(i);
      // Where a value that does not fit is named: built only for such a value.
      int index = i;
      Supplier<String> prefix = () -> mapping.responseName() + "[" + index + "].";
      ObjectNode item = template.objectNode();
      // The documented item's field order, with the entry's values in place of its own.
      documented
          .fieldNames()
          .forEachRemaining(
              name -> {
                Field field = mapping.field(name);
                if (field == null) {
                  item.set(name, documented.get(name));
                } else {
                  copyIfPresent(entry, field, item, prefix, notReflected);
                }
              });
      for (Field field : mapping.itemFields()) {
        if (!documented.has(field.name())) {
          copyIfPresent(entry, field, item, prefix, notReflected);
        }
      }
      items.add(item);
    }
    return items;
  }

  private static void copyIfPresent(
      JsonNode entry,
      Field field,
      ObjectNode item,
      Supplier<String> prefix,
      List<String> notReflected) {
    JsonNode value = entry.get(field.name());
    if (value != null && !value.isNull()) {
      Optional<String> problem = field.fit().problem(value);
      if (problem.isEmpty()) {
        item.set(field.name(), value);
      } else {
        copy(value, field, item, prefix.get(), notReflected);
      }
    }
  }

  private static void copy(
      JsonNode value, Field field, ObjectNode target, String prefix, List<String> notReflected) {
    Optional<String> problem = field.fit().problem(value);
    if (problem.isEmpty()) {
      target.set(field.name(), value);
    } else {
      target.remove(field.name());
      notReflected.add(prefix + field.name() + " (the request's value " + problem.get() + ")");
    }
  }

  /** What is reflected, for documentation and tests: response property to request property. */
  public Map<String, String> reflectedProperties() {
    Map<String, String> map = new LinkedHashMap<>();
    scalars.forEach(f -> map.put(f.name(), f.name()));
    arrays.forEach(a -> map.put(a.responseName(), a.requestName()));
    return map;
  }
}
