package io.contractkit.starrocks.server.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;

/**
 * The JSON binding of the reference implementation, as strict as the contract: unknown fields,
 * duplicate keys, trailing content, explicit nulls and numbers or booleans where strings belong are
 * refused (Jackson's defaults would coerce {@code 5} into {@code "5"} and accept enum indexes);
 * absent fields are left out of answers rather than written as {@code null}.
 */
final class StrictObjectMapper implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper = create();

  static ObjectMapper create() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // OpenAPI 3.0 allows null only where a schema says `nullable: true`, and the
            // generated models cannot tell an explicit null from an absent field: without this,
            // {"is_create_task": null} or [null] in an array was accepted (found by Schemathesis).
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            .build();
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Collection)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.registerModule(
        new SimpleModule("enums-from-strings-only")
            .setDeserializerModifier(new EnumsFromStringsOnly()));
    return mapper;
  }

  /**
   * The generated enums are built by a {@code @JsonCreator fromValue(String)}, and Jackson hands
   * such a creator the text of any scalar: {@code true} would become {@code "true"}. The contract
   * says these values are strings, so anything else is refused before the creator runs.
   */
  private static final class EnumsFromStringsOnly extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return new DelegatingDeserializer(deserializer) {
        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
          return modifyEnumDeserializer(config, type, description, delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
          if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.handleUnexpectedToken(type, parser);
          }
          return super.deserialize(parser, context);
        }
      };
    }
  }

  ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
