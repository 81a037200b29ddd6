package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.CompatibilityRule.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two schemas in one {@link Direction}. The question is always the same: can everyone who
 * relied on the old schema keep doing so? In a request, every value the old schema accepted must
 * still be accepted; in a response, every value the server may now send must have been allowed
 * before (so that clients and SDK models written for the old schema read it), except new enum
 * values, which this contract's clients keep (see {@link CompatibilityRule#ENUM}).
 */
final class SchemaComparison {

  /** Keywords that only document; they never break anyone. */
  private static final Set<String> DOCUMENTATION =
      Set.of(
          "description",
          "title",
          "example",
          "examples",
          "externalDocs",
          "xml",
          "deprecated",
          "exampleSetFlag");

  /**
   * Keywords some rule below judges; any other keyword that changes is {@link
   * CompatibilityRule#UNRECOGNIZED}.
   */
  private static final Set<String> JUDGED =
      Set.of(
          "type",
          "types",
          "format",
          "pattern",
          "minLength",
          "maxLength",
          "enum",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minItems",
          "maxItems",
          "uniqueItems",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "nullable",
          "readOnly",
          "writeOnly",
          "default",
          "allOf",
          "anyOf",
          "oneOf",
          "not",
          "discriminator",
          "$ref",
          "extensions");

  private final SpecDocument before;
  private final SpecDocument after;
  private final Changes changes;
  private final Set<String> compared = new HashSet<>();

  SchemaComparison(SpecDocument before, SpecDocument after, Changes changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
  }

  void compare(String where, Schema<?> oldDeclared, Schema<?> newDeclared, Direction direction) {
    if (oldDeclared == null && newDeclared == null) {
      return;
    }
    if (oldDeclared == null || newDeclared == null) {
      boolean added = oldDeclared == null;
      boolean tighter = added;
      if ((direction == Direction.REQUEST) == tighter) {
        changes.breaking(
            UNRECOGNIZED,
            where,
            "a schema was "
                + (added ? "added" : "removed")
                + " where there was "
                + (added ? "none" : "one")
                + "; the gate cannot prove that "
                + direction
                + " values stay valid");
      } else {
        changes.compatible(UNRECOGNIZED, where, "schema " + (added ? "added" : "removed"));
      }
      return;
    }
    String oldRef = oldDeclared.get$ref();
    String newRef = newDeclared.get$ref();
    Schema<?> o = before.schema(oldDeclared);
    Schema<?> n = after.schema(newDeclared);
    if (oldRef != null && newRef != null) {
      String oldName = SpecDocument.refName(oldRef);
      String newName = SpecDocument.refName(newRef);
      if (!oldName.equals(newName) && (becomesClass(o) || becomesClass(n))) {
        changes.breaking(
            SDK_NAMES,
            where,
            "schema `"
                + oldName
                + "` is now `"
                + newName
                + "`: the generated SDK class is renamed");
      }
      if (!compared.add(direction + " " + oldRef + " " + newRef)) {
        return;
      }
      where = where + " (" + newName + ")";
    } else if ((oldRef == null) != (newRef == null) && (becomesClass(o) || becomesClass(n))) {
      changes.breaking(
          SDK_NAMES,
          where,
          oldRef != null
              ? "schema `"
                  + SpecDocument.refName(oldRef)
                  + "` was inlined: the generated SDK class gets another name"
              : "an inline schema became `"
                  + SpecDocument.refName(newRef)
                  + "`: the generated SDK class gets another name");
    }
    if (!type(where, o, n)) {
      return;
    }
    nullable(where, o, n, direction);
    defaults(where, o, n, direction);
    enums(where, o, n, direction);
    StringConstraints.compare(where, o, n, direction, changes);
    numbers(where, o, n, direction);
    arrays(where, o, n, direction);
    objects(where, o, n, direction);
    compositions(where, o, n, direction);
    unrecognized(where, o, n, direction);
  }

  /** Schemas that openapi-generator turns into a class of their own (model or enum). */
  private static boolean becomesClass(Schema<?> schema) {
    return schema != null
        && (schema.getProperties() != null
            || schema.getEnum() != null
            || "object".equals(schema.getType())
            || schema.getAllOf() != null
            || schema.getOneOf() != null
            || schema.getAnyOf() != null);
  }

  private static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return String.join("|", schema.getTypes());
    }
    if (schema.getProperties() != null) {
      return "object";
    }
    return schema.getItems() != null ? "array" : null;
  }

  /** Returns false when the type changed: nothing below makes sense then. */
  private boolean type(String where, Schema<?> o, Schema<?> n) {
    String oldType = typeOf(o);
    String newType = typeOf(n);
    if (!Objects.equals(oldType, newType)) {
      changes.breaking(
          TYPE_CHANGED,
          where,
          "type changed from `"
              + oldType
              + "` to `"
              + newType
              + "`: values of one no longer read as the other, and the SDK field changes type");
      return false;
    }
    if (!Objects.equals(o.getFormat(), n.getFormat())) {
      changes.breaking(
          TYPE_CHANGED,
          where,
          "format changed from `"
              + o.getFormat()
              + "` to `"
              + n.getFormat()
              + "`: the SDK field changes type and values are read differently");
    }
    return true;
  }

  private void nullable(String where, Schema<?> o, Schema<?> n, Direction direction) {
    boolean was = Boolean.TRUE.equals(o.getNullable());
    boolean is = Boolean.TRUE.equals(n.getNullable());
    if (was == is) {
      return;
    }
    boolean breaking = direction == Direction.REQUEST ? was : is;
    String what = (is ? "became nullable" : "is no longer nullable") + " in a " + direction;
    if (breaking) {
      changes.breaking(
          NULLABLE,
          where,
          what
              + (direction == Direction.REQUEST
                  ? ": clients that send null are rejected"
                  : ": clients that expect a value get null"));
    } else {
      changes.compatible(NULLABLE, where, what);
    }
  }

  private void defaults(String where, Schema<?> o, Schema<?> n, Direction direction) {
    Object was = o.getDefault();
    Object is = n.getDefault();
    if (Objects.equals(was, is)) {
      return;
    }
    if (direction == Direction.REQUEST && was != null) {
      changes.breaking(
          DEFAULT_CHANGED,
          where,
          "default `"
              + was
              + "` "
              + (is == null ? "removed" : "became `" + is + "`")
              + ": clients that omit the value get another behaviour");
    } else {
      changes.compatible(
          DEFAULT_CHANGED,
          where,
          "default " + (was == null ? "`" + is + "` added" : "`" + was + "` became `" + is + "`"));
    }
  }

  private void enums(String where, Schema<?> o, Schema<?> n, Direction direction) {
    List<?> was = o.getEnum();
    List<?> is = n.getEnum();
    if (was == null && is == null) {
      return;
    }
    if (was == null || is == null) {
      changes.breaking(
          TYPE_CHANGED,
          where,
          (was == null ? "an enum " + is + " was added" : "the enum " + was + " was removed")
              + ": the SDK type changes between an enum and a plain value"
              + (direction == Direction.REQUEST && was == null
                  ? ", and values outside it are now rejected"
                  : ""));
      return;
    }
    Set<String> oldValues = asText(was);
    Set<String> newValues = asText(is);
    Set<String> removed = new LinkedHashSet<>(oldValues);
    removed.removeAll(newValues);
    Set<String> added = new LinkedHashSet<>(newValues);
    added.removeAll(oldValues);
    if (direction == Direction.REQUEST) {
      if (!removed.isEmpty()) {
        changes.breaking(
            ENUM,
            where,
            "request enum lost "
                + removed
                + ": clients that send "
                + (removed.size() == 1 ? "it" : "them")
                + " are rejected");
      }
      if (!added.isEmpty()) {
        changes.compatible(ENUM, where, "request enum gained " + added);
      }
    } else {
      if (!added.isEmpty()) {
        changes.compatible(
            ENUM,
            where,
            "response enum gained "
                + added
                + ": compatible because this contract's clients must keep values they do not know (the generated client does); clients that switch on the value should handle "
                + added);
      }
      if (!removed.isEmpty()) {
        // The server sends less, but the generated enum loses constants that SDK users' code names.
        changes.breaking(
            ENUM,
            where,
            "response enum lost "
                + removed
                + ": SDK users' code that names "
                + (removed.size() == 1 ? "it" : "them")
                + " stops compiling once the SDK is regenerated");
      }
    }
  }

  private static Set<String> asText(List<?> values) {
    Set<String> text = new LinkedHashSet<>();
    values.forEach(value -> text.add(String.valueOf(value)));
    return text;
  }

  private void numbers(String where, Schema<?> o, Schema<?> n, Direction direction) {
    Bound oldLow = Bound.lower(o);
    Bound newLow = Bound.lower(n);
    Bound oldHigh = Bound.upper(o);
    Bound newHigh = Bound.upper(n);
    range(where, "minimum", oldLow, newLow, direction, Bound::lowerIsLooser);
    range(where, "maximum", oldHigh, newHigh, direction, Bound::upperIsLooser);
    BigDecimal was = o.getMultipleOf();
    BigDecimal is = n.getMultipleOf();
    if (!Objects.equals(was, is) && !(was != null && is != null && was.compareTo(is) == 0)) {
      // Every multiple of `was` is a multiple of `is` exactly when `is` divides `was`.
      boolean looser = is == null || (was != null && was.remainder(is).signum() == 0);
      boolean tighter = was == null || (is != null && is.remainder(was).signum() == 0);
      judge(
          where, NUMERIC_RANGE, "multipleOf " + was + " became " + is, looser, tighter, direction);
    }
  }

  private interface Looser {
    boolean test(Bound oldBound, Bound newBound);
  }

  private void range(
      String where, String name, Bound was, Bound is, Direction direction, Looser looser) {
    if (Objects.equals(was, is)) {
      return;
    }
    judge(
        where,
        NUMERIC_RANGE,
        name + " " + was + " became " + is,
        looser.test(was, is),
        looser.test(is, was),
        direction);
  }

  /**
   * One constraint moved. {@code looser}: the new constraint admits everything the old one did;
   * {@code tighter}: the old one admits everything the new one does.
   */
  private void judge(
      String where,
      CompatibilityRule rule,
      String what,
      boolean looser,
      boolean tighter,
      Direction direction) {
    boolean safe = direction == Direction.REQUEST ? looser : tighter;
    String word = looser && !tighter ? "loosened" : tighter && !looser ? "tightened" : "changed";
    if (safe) {
      changes.compatible(rule, where, direction + " " + what + " (" + word + ")");
    } else {
      changes.breaking(
          rule,
          where,
          direction
              + " "
              + what
              + " ("
              + word
              + "): "
              + (direction == Direction.REQUEST
                  ? "values clients could send before are now rejected"
                  : "the server may now send values clients were told they would not get"));
    }
  }

  private void arrays(String where, Schema<?> o, Schema<?> n, Direction direction) {
    Integer minWas = o.getMinItems();
    Integer minIs = n.getMinItems();
    if (!Objects.equals(minWas, minIs)) {
      int a = minWas == null ? 0 : minWas;
      int b = minIs == null ? 0 : minIs;
      judge(
          where, ARRAY_SIZE, "minItems " + minWas + " became " + minIs, b <= a, a <= b, direction);
    }
    Integer maxWas = o.getMaxItems();
    Integer maxIs = n.getMaxItems();
    if (!Objects.equals(maxWas, maxIs)) {
      boolean looser = maxIs == null || (maxWas != null && maxIs >= maxWas);
      boolean tighter = maxWas == null || (maxIs != null && maxIs <= maxWas);
      judge(
          where, ARRAY_SIZE, "maxItems " + maxWas + " became " + maxIs, looser, tighter, direction);
    }
    boolean uniqueWas = Boolean.TRUE.equals(o.getUniqueItems());
    boolean uniqueIs = Boolean.TRUE.equals(n.getUniqueItems());
    if (uniqueWas != uniqueIs) {
      judge(
          where,
          ARRAY_SIZE,
          "uniqueItems " + uniqueWas + " became " + uniqueIs,
          !uniqueIs,
          !uniqueWas,
          direction);
    }
    if (o.getItems() != null || n.getItems() != null) {
      compare(where + "[]", o.getItems(), n.getItems(), direction);
    }
  }

  private void objects(String where, Schema<?> o, Schema<?> n, Direction direction) {
    Map<String, Schema> oldProperties = o.getProperties() == null ? Map.of() : o.getProperties();
    Map<String, Schema> newProperties = n.getProperties() == null ? Map.of() : n.getProperties();
    Set<String> oldRequired = o.getRequired() == null ? Set.of() : new HashSet<>(o.getRequired());
    Set<String> newRequired = n.getRequired() == null ? Set.of() : new HashSet<>(n.getRequired());
    oldProperties.forEach(
        (name, was) -> {
          String at = where + " › " + name;
          Schema<?> is = newProperties.get(name);
          if (is == null) {
            String kind = oldRequired.contains(name) ? "required" : "optional";
            changes.breaking(
                PROPERTY_REMOVED,
                at,
                direction == Direction.REQUEST
                    ? kind
                        + " request property `"
                        + name
                        + "` is gone: clients that send it are rejected or silently ignored, and the SDK model loses the field"
                    : kind
                        + " response property `"
                        + name
                        + "` is gone: SDK users' code that reads it stops compiling once the SDK is regenerated, and clients get nothing where they got a value");
            return;
          }
          boolean wasRequired = oldRequired.contains(name);
          boolean isRequired = newRequired.contains(name);
          if (wasRequired != isRequired) {
            boolean breaking = direction == Direction.REQUEST ? isRequired : wasRequired;
            String what =
                direction
                    + " property `"
                    + name
                    + "` became "
                    + (isRequired ? "required" : "optional");
            if (breaking) {
              changes.breaking(
                  REQUIRED_CHANGED,
                  at,
                  what
                      + (direction == Direction.REQUEST
                          ? ": existing clients that omit it are rejected"
                          : ": clients that rely on it may get nothing"));
            } else {
              changes.compatible(REQUIRED_CHANGED, at, what);
            }
          }
          readWrite(at, name, was, is, direction);
          compare(at, was, is, direction);
        });
    newProperties.forEach(
        (name, is) -> {
          if (oldProperties.containsKey(name)) {
            return;
          }
          String at = where + " › " + name;
          if (direction == Direction.REQUEST && newRequired.contains(name)) {
            changes.breaking(
                PROPERTY_ADDED,
                at,
                "new required request property `" + name + "`: existing clients do not send it");
          } else {
            changes.compatible(
                PROPERTY_ADDED,
                at,
                "new "
                    + (newRequired.contains(name) ? "required" : "optional")
                    + " "
                    + direction
                    + " property `"
                    + name
                    + "`"
                    + (direction == Direction.RESPONSE
                        ? " (clients ignore fields they do not know)"
                        : ""));
          }
        });
    Object oldExtra = o.getAdditionalProperties();
    Object newExtra = n.getAdditionalProperties();
    if (oldExtra instanceof Schema<?> a && newExtra instanceof Schema<?> b) {
      compare(where + " › (additional properties)", a, b, direction);
    } else if (allowsExtra(oldExtra) != allowsExtra(newExtra)) {
      if (direction == Direction.REQUEST && !allowsExtra(newExtra)) {
        changes.breaking(
            ADDITIONAL_PROPERTIES,
            where,
            "the request object no longer accepts undeclared properties: clients that send any are rejected");
      } else {
        changes.compatible(
            ADDITIONAL_PROPERTIES,
            where,
            direction
                + " object "
                + (allowsExtra(newExtra) ? "now accepts" : "no longer accepts")
                + " undeclared properties"
                + (direction == Direction.RESPONSE
                    ? " (clients ignore fields they do not know)"
                    : ""));
      }
    } else if (!Objects.equals(oldExtra, newExtra)
        && (oldExtra instanceof Schema || newExtra instanceof Schema)) {
      changes.breaking(
          ADDITIONAL_PROPERTIES,
          where,
          "undeclared properties changed from "
              + describe(oldExtra)
              + " to "
              + describe(newExtra)
              + "; the gate cannot prove it safe");
    }
  }

  private static boolean allowsExtra(Object additionalProperties) {
    return !Boolean.FALSE.equals(additionalProperties);
  }

  private static String describe(Object additionalProperties) {
    return additionalProperties instanceof Schema
        ? "a schema"
        : String.valueOf(additionalProperties);
  }

  private void readWrite(
      String where, String name, Schema<?> was, Schema<?> is, Direction direction) {
    Schema<?> a = before.schema(was);
    Schema<?> b = after.schema(is);
    if (direction == Direction.REQUEST
        && !Boolean.TRUE.equals(a.getReadOnly())
        && Boolean.TRUE.equals(b.getReadOnly())) {
      changes.breaking(
          READ_WRITE_ONLY,
          where,
          "request property `" + name + "` became readOnly: clients may no longer send it");
    }
    if (direction == Direction.RESPONSE
        && !Boolean.TRUE.equals(a.getWriteOnly())
        && Boolean.TRUE.equals(b.getWriteOnly())) {
      changes.breaking(
          READ_WRITE_ONLY,
          where,
          "response property `" + name + "` became writeOnly: the server stops sending it");
    }
  }

  private void compositions(String where, Schema<?> o, Schema<?> n, Direction direction) {
    composition(where, "allOf", o.getAllOf(), n.getAllOf(), direction);
    composition(where, "anyOf", o.getAnyOf(), n.getAnyOf(), direction);
    composition(where, "oneOf", o.getOneOf(), n.getOneOf(), direction);
    if (o.getNot() != null || n.getNot() != null) {
      if (o.getNot() == null || n.getNot() == null || !json(o.getNot()).equals(json(n.getNot()))) {
        changes.breaking(COMPOSITION, where, "`not` changed; the gate cannot prove it safe");
      }
    }
    if (!Objects.equals(json(o.getDiscriminator()), json(n.getDiscriminator()))) {
      changes.breaking(
          COMPOSITION, where, "the discriminator changed: clients pick the wrong type or none");
    }
  }

  private void composition(
      String where, String keyword, List<Schema> was, List<Schema> is, Direction direction) {
    if (was == null && is == null) {
      return;
    }
    if (was == null || is == null || was.size() != is.size()) {
      changes.breaking(
          COMPOSITION,
          where,
          "`"
              + keyword
              + "` changed shape ("
              + size(was)
              + " → "
              + size(is)
              + " schemas); the gate cannot prove it safe");
      return;
    }
    for (int i = 0; i < was.size(); i++) {
      compare(where + " › " + keyword + "[" + i + "]", was.get(i), is.get(i), direction);
    }
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  /** Any keyword no rule judges: if it changed, say so and assume the worst. */
  private void unrecognized(String where, Schema<?> o, Schema<?> n, Direction direction) {
    ObjectNode a = shallow(o);
    ObjectNode b = shallow(n);
    Set<String> keys = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (!a.path(key).equals(b.path(key))) {
        changes.breaking(
            UNRECOGNIZED,
            where,
            "`"
                + key
                + "` changed from `"
                + a.path(key)
                + "` to `"
                + b.path(key)
                + "`; the gate has no rule proving this safe for "
                + direction
                + "s");
      }
    }
    Map<String, Object> oldExtensions = o.getExtensions() == null ? Map.of() : o.getExtensions();
    Map<String, Object> newExtensions = n.getExtensions() == null ? Map.of() : n.getExtensions();
    if (!oldExtensions.equals(newExtensions)) {
      Set<String> names = new LinkedHashSet<>(oldExtensions.keySet());
      names.addAll(newExtensions.keySet());
      names.removeIf(name -> Objects.equals(oldExtensions.get(name), newExtensions.get(name)));
      changes.compatible(
          UNRECOGNIZED,
          where,
          "vendor extensions changed: " + names + " (extensions do not change what is valid)");
    }
  }

  private static ObjectNode shallow(Schema<?> schema) {
    ObjectNode node = (ObjectNode) json(schema).deepCopy();
    List<String> drop = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (DOCUMENTATION.contains(key) || JUDGED.contains(key) || key.startsWith("x-")) {
                drop.add(key);
              }
            });
    node.remove(drop);
    return node;
  }

  private static JsonNode json(Object value) {
    return value == null ? null : Json.mapper().valueToTree(value);
  }

  /** A lower or upper numeric bound, possibly exclusive. */
  private record Bound(BigDecimal value, boolean exclusive) {

    static Bound lower(Schema<?> schema) {
      if (schema.getExclusiveMinimumValue() != null) {
        return new Bound(schema.getExclusiveMinimumValue(), true);
      }
      return schema.getMinimum() == null
          ? null
          : new Bound(schema.getMinimum(), Boolean.TRUE.equals(schema.getExclusiveMinimum()));
    }

    static Bound upper(Schema<?> schema) {
      if (schema.getExclusiveMaximumValue() != null) {
        return new Bound(schema.getExclusiveMaximumValue(), true);
      }
      return schema.getMaximum() == null
          ? null
          : new Bound(schema.getMaximum(), Boolean.TRUE.equals(schema.getExclusiveMaximum()));
    }

    /** The new lower bound admits every value the old one did. */
    static boolean lowerIsLooser(Bound was, Bound is) {
      if (is == null) {
        return true;
      }
      if (was == null) {
        return false;
      }
      int cmp = is.value.compareTo(was.value);
      return cmp < 0 || (cmp == 0 && (!is.exclusive || was.exclusive));
    }

    static boolean upperIsLooser(Bound was, Bound is) {
      if (is == null) {
        return true;
      }
      if (was == null) {
        return false;
      }
      int cmp = is.value.compareTo(was.value);
      return cmp > 0 || (cmp == 0 && (!is.exclusive || was.exclusive));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bound b && value.compareTo(b.value) == 0 && exclusive == b.exclusive;
    }

    @Override
    public int hashCode() {
      return Objects.hash(value.stripTrailingZeros(), exclusive);
    }

    @Override
    public String toString() {
      return (exclusive ? "exclusive " : "") + value.toPlainString();
    }
  }
}
