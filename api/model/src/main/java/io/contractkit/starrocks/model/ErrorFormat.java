package io.contractkit.starrocks.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;

/**
 * The document's error format, as its vendor extensions declare it: the schema that carries {@code
 * x-error-message-field} (and {@code x-error-code-field}), and the component example marked {@code
 * x-stub-error-template: true}, after which servers that refuse a request on their own shape the
 * answer.
 *
 * @param schemaName the component schema of the error format
 * @param schema that schema, resolved
 * @param messageField the field that carries the human-readable explanation
 * @param codeField the field that carries the machine-readable code, or null
 * @param template the stub's error template example, or null when the document marks none
 */
public record ErrorFormat(
    String schemaName,
    Schema<?> schema,
    String messageField,
    String codeField,
    NamedExample template) {

  /** On the error schema: the field that carries the explanation. */
  public static final String MESSAGE_FIELD_EXTENSION = "x-error-message-field";

  /** On the error schema: the field that carries the machine-readable code. */
  public static final String CODE_FIELD_EXTENSION = "x-error-code-field";

  /** On a component example: {@code true} makes it the template of self-made error answers. */
  public static final String TEMPLATE_EXTENSION = "x-stub-error-template";

  public Optional<NamedExample> templateIfAny() {
    return Optional.ofNullable(template);
  }

  /** The maxLength of the message field, or {@link Integer#MAX_VALUE}. */
  public int messageMaxLength() {
    Object property =
        schema.getProperties() == null ? null : schema.getProperties().get(messageField);
    Integer max = property instanceof Schema<?> s ? s.getMaxLength() : null;
    return max == null ? Integer.MAX_VALUE : max;
  }

  /**
   * A body shaped after the template: its fields kept, the message field set to the message, cut to
   * the length the schema allows.
   *
   * @throws IllegalStateException when the document marks no template
   */
  public ObjectNode body(String message) {
    if (template == null || !(template.value() instanceof ObjectNode object)) {
      throw new IllegalStateException(
          "The document marks no object example with "
              + TEMPLATE_EXTENSION
              + ": true to shape error answers after");
    }
    ObjectNode body = object.deepCopy();
    int limit = messageMaxLength();
    body.put(
        messageField,
        message.length() <= limit ? message : message.substring(0, Math.max(0, limit - 3)) + "...");
    return body;
  }

  /** The message of an error body, or empty. */
  public Optional<String> message(JsonNode body) {
    JsonNode value = body == null ? null : body.get(messageField);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }
}
