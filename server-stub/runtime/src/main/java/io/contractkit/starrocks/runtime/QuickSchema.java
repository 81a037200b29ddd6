package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.model.EcmaPattern;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema compiled for a quick, one-sided answer: {@link #certainlyValid} is true only when the
 * validator is sure to find nothing wrong with a value. False means "not sure", never "invalid":
 * the caller then asks the validator, which gives the verdict and the messages.
 *
 * <p>Why: the validator (fge json-schema-validator behind swagger-request-validator) spends tens of
 * microseconds per request on generic machinery, several times what WireMock itself spends
 * answering; nearly every request a stub gets is valid. Compiled from the same JSON the validator
 * builds from the OpenAPI model ({@code Json.mapper().convertValue}), for a small set of keywords
 * whose meaning is plain: {@code type}, {@code enum} of strings, {@code pattern} (when {@link
 * EcmaPattern} has a proven java.util.regex equivalent of it), lengths, {@code properties}, {@code
 * required}, {@code additionalProperties}, {@code items}, item counts and inclusive integer bounds.
 * A schema with any other keyword (composition, formats, {@code nullable: true}, {@code readOnly},
 * ...) does not compile, and values it governs always go to the validator.
 *
 * <p>Hand-written although networknt's json-schema-validator is on the class path (issue 13 asked
 * to measure it): on the benchmark request, in one JVM, best of 5 x 5,000 after 20,000 warm-up
 * calls (2 shared cores under heavy load, so the ratios count): this quick check 66-86 µs,
 * networknt on the body alone 79 µs valid and 94 µs refused, swagger-request-validator (fge) 2,602
 * µs valid and 3,692 µs refused. networknt is no faster as the fast path, checks the body only
 * (this check also covers path, headers and media type), and its regular expressions are
 * java.util.regex unless joni or GraalJS is added: it could not be one-sided without {@link
 * EcmaPattern}'s proven translations either. (As the full validator it would be ~40x cheaper on
 * refused bodies; its messages are worded differently: see the benchmarks'
 * ValidationBenchmark.networknt_* for the measurement.)
 *
 * <p>The same compiled form also refuses quickly ({@link #describe}): it words the validator's own
 * messages (field, rule, order) where it is certain of all of them. Picked over networknt for the
 * refusals too (issue 13): networknt words messages its own way ("$.task_name: does not match the
 * regex pattern ...") and would change what users and tests read, and its patterns are
 * java.util.regex; this walk reuses {@link EcmaPattern}. JMH, one run, shared cores: refused
 * request 20.8 µs through the stub's check (valid 7.8 µs), swagger-request-validator alone 184 µs,
 * networknt on the refused body alone 4.7 µs; over HTTP the refused rate is 0.87-0.93× the valid
 * one (see benchmarks/README.md).
 */
final class QuickSchema {

  /** Keywords that only annotate: they never make the validator report anything. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "description",
          "title",
          "example",
          "examples",
          "default",
          "deprecated",
          "externalDocs",
          "xml");

  private static final Set<String> CHECKED =
      Set.of(
          "type",
          "enum",
          "pattern",
          "minLength",
          "maxLength",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "minItems",
          "maxItems",
          "minimum",
          "maximum");

  /** Keywords accepted only with the value that makes them no-ops. */
  private static final Set<String> FALSE_ONLY =
      Set.of(
          "nullable",
          "readOnly",
          "writeOnly",
          "uniqueItems",
          "exclusiveMinimum",
          "exclusiveMaximum");

  private final String type;
  private final Set<String> allowed;

  /** The enum's values in the document's order, as the validator lists them. */
  private final List<String> allowedInOrder;

  private final EcmaPattern pattern;
  private final Integer minLength;
  private final Integer maxLength;
  private final Map<String, QuickSchema> properties;
  private final List<String> required;

  /** null: extra properties are not certain to pass; TRUE_SCHEMA: any value passes. */
  private final QuickSchema additional;

  private final boolean anyAdditional;

  /** additionalProperties is false in the document itself (not absent). */
  private final boolean closed;

  private final QuickSchema items;
  private final Integer minItems;
  private final Integer maxItems;
  private final BigDecimal minimum;
  private final BigDecimal maximum;

  private QuickSchema(JsonNode schema) {
    this.type = schema.get("type").textValue();
    this.allowed = enumValues(schema.get("enum"));
    this.allowedInOrder = allowed == null ? null : enumInOrder(schema.get("enum"));
    this.pattern = schema.has("pattern") ? fastPattern(schema.get("pattern").textValue()) : null;
    this.minLength = count(schema, "minLength");
    this.maxLength = count(schema, "maxLength");
    this.minItems = count(schema, "minItems");
    this.maxItems = count(schema, "maxItems");
    this.minimum = bound(schema, "minimum");
    this.maximum = bound(schema, "maximum");
    Map<String, QuickSchema> props = new LinkedHashMap<>();
    JsonNode declared = schema.get("properties");
    if (declared != null) {
      if (!declared.isObject()) {
        throw new Unsupported();
      }
      declared.fields().forEachRemaining(e -> props.put(e.getKey(), compileNode(e.getValue())));
    }
    this.properties = Map.copyOf(props);
    List<String> names = new ArrayList<>();
    JsonNode requiredNode = schema.get("required");
    if (requiredNode != null) {
      if (!requiredNode.isArray()) {
        throw new Unsupported();
      }
      requiredNode.forEach(n -> names.add(textOf(n)));
    }
    this.required = List.copyOf(names);
    JsonNode extra = schema.get("additionalProperties");
    if (extra == null || (extra.isBoolean() && !extra.booleanValue())) {
      // Absent: the validator may close the object itself (it can inject "false"); false: extras
      // fail.
      this.additional = null;
      this.anyAdditional = false;
      this.closed = extra != null;
    } else if (extra.isBoolean()) {
      this.additional = null;
      this.anyAdditional = true;
      this.closed = false;
    } else {
      this.additional = compileNode(extra);
      this.anyAdditional = false;
      this.closed = false;
    }
    this.items = schema.has("items") ? compileNode(schema.get("items")) : null;
    checkTypeFits();
  }

  /**
   * A pattern the quick form takes on: one with a proven java.util.regex equivalent (the fast path
   * of {@link EcmaPattern}).
   */
  private static EcmaPattern fastPattern(String source) {
    if (source == null) {
      throw new Unsupported();
    }
    EcmaPattern pattern = EcmaPattern.compile(source);
    if (pattern.javaEquivalent().isEmpty()) {
      throw new Unsupported();
    }
    return pattern;
  }

  /**
   * The compiled form of an OpenAPI schema, or empty when it uses anything beyond the plain
   * keywords.
   */
  static Optional<QuickSchema> compile(Schema<?> schema, String where, SchemaForms forms) {
    if (schema == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(compileNode(forms.of(where, schema)));
    } catch (Unsupported | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static QuickSchema compileNode(JsonNode schema) {
    if (schema == null
        || !schema.isObject()
        || !schema.has("type")
        || !schema.get("type").isTextual()) {
      throw new Unsupported();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      boolean known =
          CHECKED.contains(key)
              || ANNOTATIONS.contains(key)
              || key.startsWith("x-")
              || (FALSE_ONLY.contains(key)
                  && field.getValue().isBoolean()
                  && !field.getValue().booleanValue());
      if (!known) {
        throw new Unsupported();
      }
    }
    return new QuickSchema(schema);
  }

  private void checkTypeFits() {
    boolean string = type.equals("string");
    boolean object = type.equals("object");
    boolean array = type.equals("array");
    boolean integer = type.equals("integer");
    if (!string && !object && !array && !integer && !type.equals("boolean")) {
      throw new Unsupported(); // "number": decimal forms differ between the two parsers; rare in
      // requests
    }
    if ((!string && (pattern != null || minLength != null || maxLength != null || allowed != null))
        || (!object
            && (!properties.isEmpty()
                || !required.isEmpty()
                || additional != null
                || anyAdditional))
        || (!array && (items != null || minItems != null || maxItems != null))
        || (array && items == null)
        || (!integer && (minimum != null || maximum != null))) {
      throw new Unsupported(); // a keyword for another type: the validator ignores it, but why
      // guess
    }
  }

  /** True only when the validator is certain to accept the value. */
  boolean certainlyValid(JsonNode value) {
    if (value == null) {
      return false;
    }
    switch (type) {
      case "string" -> {
        return value.isTextual() && stringFits(value.textValue());
      }
      case "integer" -> {
        if (!value.isInt() && !value.isLong()) {
          return false;
        }
        BigDecimal number = BigDecimal.valueOf(value.longValue());
        return (minimum == null || number.compareTo(minimum) >= 0)
            && (maximum == null || number.compareTo(maximum) <= 0);
      }
      case "boolean" -> {
        return value.isBoolean();
      }
      case "array" -> {
        if (!value.isArray()) {
          return false;
        }
        int size = value.size();
        if ((minItems != null && size < minItems) || (maxItems != null && size > maxItems)) {
          return false;
        }
        for (JsonNode item : value) {
          if (!items.certainlyValid(item)) {
            return false;
          }
        }
        return true;
      }
      case "object" -> {
        return value.isObject() && objectFits(value);
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * A string with the validator's own (code point) length, or false for anything not plainly valid.
   */
  boolean stringFits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return false; // ECMA and Java count and match these differently
      }
    }
    int length = text.length();
    return (minLength == null || length >= minLength)
        && (maxLength == null || length <= maxLength)
        && (allowed == null || allowed.contains(text))
        && (pattern == null || pattern.check(text) == EcmaPattern.Outcome.MATCHES);
  }

  private boolean objectFits(JsonNode value) {
    for (String name : required) {
      if (!value.has(name)) {
        return false;
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      QuickSchema declared = properties.get(field.getKey());
      if (declared != null) {
        if (!declared.certainlyValid(field.getValue())) {
          return false;
        }
      } else if (additional != null) {
        if (!additional.certainlyValid(field.getValue())) {
          return false;
        }
      } else if (!anyAdditional) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the schema is a plain string schema (the only kind of parameter the quick check takes).
   */
  boolean isString() {
    return type.equals("string");
  }

  private static List<String> enumInOrder(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(textOf(v)));
    return List.copyOf(texts);
  }

  /**
   * Reports what the validator reports about a value, in its words and its order, when this is
   * certain: each keyword's message at the value (keywords in alphabetical order, as the validator
   * runs them), then the children's (object members by name, array items by index), each as a JSON
   * pointer and a text. False, with {@code out} in an unknown state, when the walk meets anything
   * whose verdict or wording it is not sure of; the caller then asks the validator.
   *
   * <p>Why not the validator: it spends ~2.6-3.7 ms producing the messages of a refused request,
   * this walk a few microseconds (see the benchmarks' ValidationBenchmark.refused_*).
   */
  boolean describe(JsonNode value, String pointer, List<String[]> out) {
    String actual = RefusalWords.typeName(value);
    if (actual == null) {
      return false;
    }
    boolean typeFits = actual.equals(type);
    if (!typeFits && type.equals("integer") && actual.equals("number")) {
      return false; // 1.0 and big numbers: the two parsers may disagree on what they are
    }
    if (actual.equals("string") && hasSurrogate(value.textValue())) {
      return false;
    }
    // additionalProperties
    if (typeFits && type.equals("object") && additional == null && !anyAdditional) {
      Set<String> extra = new HashSet<>();
      value.fieldNames().forEachRemaining(extra::add);
      extra.removeAll(properties.keySet());
      if (!extra.isEmpty()) {
        if (!closed || extra.size() > 1) {
          return false; // absent: the validator may close it or not; several: its order is a set's
        }
        out.add(
            new String[] {
              pointer,
              "Object instance has properties which are not allowed by the schema: "
                  + RefusalWords.jsonArray(extra)
            });
      }
    }
    // enum
    if (allowed != null && !(value.isTextual() && allowed.contains(value.textValue()))) {
      String shown = RefusalWords.shown(value);
      if (shown == null) {
        return false;
      }
      out.add(
          new String[] {
            pointer,
            "Instance value ("
                + shown
                + ") not found in enum (possible values: "
                + RefusalWords.jsonArray(allowedInOrder)
                + ")"
          });
    }
    if (typeFits && type.equals("array")) {
      int size = value.size();
      if (maxItems != null && size > maxItems) {
        out.add(
            new String[] {
              pointer,
              "Array is too long: must have at most "
                  + maxItems
                  + " elements but instance has "
                  + size
                  + " elements"
            });
      }
    }
    if (typeFits && type.equals("string")) {
      String text = value.textValue();
      if (maxLength != null && text.length() > maxLength) {
        out.add(
            new String[] {
              pointer,
              "String \""
                  + text
                  + "\" is too long (length: "
                  + text.length()
                  + ", maximum allowed: "
                  + maxLength
                  + ")"
            });
      }
    }
    if (typeFits && type.equals("integer") && (maximum != null || minimum != null)) {
      return false; // the validator's wording of numbers is not pinned down here
    }
    if (typeFits && type.equals("array")) {
      int size = value.size();
      if (minItems != null && size < minItems) {
        out.add(
            new String[] {
              pointer,
              "Array is too short: must have at least "
                  + minItems
                  + " elements but instance has "
                  + size
                  + " elements"
            });
      }
    }
    if (typeFits && type.equals("string")) {
      String text = value.textValue();
      if (minLength != null && text.length() < minLength) {
        out.add(
            new String[] {
              pointer,
              "String \""
                  + text
                  + "\" is too short (length: "
                  + text.length()
                  + ", required minimum: "
                  + minLength
                  + ")"
            });
      }
      EcmaPattern.Outcome match = pattern == null ? null : pattern.check(text);
      if (match == EcmaPattern.Outcome.UNDECIDED) {
        return false; // the validator words it (BoundedPatterns)
      }
      if (match == EcmaPattern.Outcome.DOES_NOT_MATCH) {
        out.add(
            new String[] {
              pointer,
              "ECMA 262 regex \""
                  + pattern.source()
                  + "\" does not match input string \""
                  + text
                  + "\""
            });
      }
    }
    if (typeFits && type.equals("object")) {
      List<String> missing = new ArrayList<>();
      for (String name : required) {
        if (!value.has(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        out.add(
            new String[] {
              pointer,
              "Object has missing required properties (" + RefusalWords.jsonArray(missing) + ")"
            });
      }
    }
    if (!typeFits) {
      out.add(
          new String[] {
            pointer,
            "Instance type ("
                + actual
                + ") does not match any allowed primitive type (allowed: [\""
                + type
                + "\"])"
          });
      return true;
    }
    if (type.equals("object")) {
      for (String name : new java.util.TreeSet<>(iterable(value.fieldNames()))) {
        QuickSchema child = properties.get(name);
        if (child == null) {
          child = additional;
        }
        if (child != null
            && !child.describe(
                value.get(name), pointer + "/" + RefusalWords.pointerToken(name), out)) {
          return false;
        }
      }
    } else if (type.equals("array")) {
      for (int i = 0; i < value.size(); i++) {
        if (!items.describe(value.get(i), pointer + "/" + i, out)) {
          return false;
        }
      }
    }
    return true;
  }

  private static java.util.List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> enumValues(JsonNode values) {
    if (values == null) {
      return null;
    }
    if (!values.isArray() || values.isEmpty()) {
      throw new Unsupported();
    }
    Set<String> texts = new HashSet<>();
    values.forEach(v -> texts.add(textOf(v)));
    return Set.copyOf(texts);
  }

  private static String textOf(JsonNode node) {
    if (!node.isTextual()) {
      throw new Unsupported();
    }
    return node.textValue();
  }

  private static Integer count(JsonNode schema, String keyword) {
    JsonNode value = schema.get(keyword);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw new Unsupported();
    }
    return value.intValue();
  }

  private static BigDecimal bound(JsonNode schema, String keyword) {
    JsonNode value = schema.get(keyword);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw new Unsupported();
    }
    return value.decimalValue();
  }

  /** The schema uses something the quick check does not take on. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }
}
