package io.contractkit.starrocks.client.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the arguments of a call against the contract before anything is sent.
 *
 * <p>The constraints are the contract's, generated as Bean Validation annotations: on the model
 * classes for body fields, and on the parameter-only methods of each API's generated {@code
 * Parameters} class for path and header parameters. Hibernate Validator runs them. A violation
 * names the field as the contract does ({@code project_id}, {@code body.db_configs[0].param_name}),
 * not as the Java code does.
 */
public final class RequestValidator {

  private static final int SHOWN_VALUE_LENGTH = 80;

  private final ExecutableValidator validator;
  private final ObjectMapper objectMapper;

  private RequestValidator(ExecutableValidator validator, ObjectMapper objectMapper) {
    this.validator = validator;
    this.objectMapper = objectMapper;
  }

  /**
   * @param objectMapper the mapper the client serialises with, which knows the JSON name of each
   *     model property
   */
  public static RequestValidator create(ObjectMapper objectMapper) {
    return new RequestValidator(Engine.VALIDATOR, objectMapper);
  }

  /**
   * Throws {@link RequestValidationException} when an argument breaks the contract.
   *
   * @param parameters an instance of a generated {@code Parameters} class
   * @param operationId the operation, which is also the name of its method in {@code parameters}
   * @param arguments the call's arguments, in the operation's order
   */
  public void validate(Object parameters, String operationId, Object... arguments) {
    Method method = operation(parameters.getClass(), operationId);
    Set<ConstraintViolation<Object>> violations =
        validator.validateParameters(parameters, method, arguments);
    if (violations.isEmpty()) {
      return;
    }
    List<RequestValidationException.Violation> found = new ArrayList<>();
    for (ConstraintViolation<Object> violation : violations) {
      found.add(
          new RequestValidationException.Violation(
              field(method, violation.getPropertyPath()),
              violation.getMessage(),
              shown(violation.getInvalidValue())));
    }
    found.sort(
        Comparator.comparing(RequestValidationException.Violation::field)
            .thenComparing(RequestValidationException.Violation::message));
    throw new RequestValidationException(operationId, found);
  }

  private static Method operation(Class<?> parameters, String operationId) {
    return Arrays.stream(parameters.getMethods())
        .filter(method -> method.getName().equals(operationId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(parameters.getName() + " has no method " + operationId));
  }

  /** The path of a violation in the contract's names: parameter, then JSON properties. */
  private String field(Method method, Path path) {
    StringBuilder field = new StringBuilder();
    JavaType type = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        type = objectMapper.constructType(method.getGenericParameterTypes()[index]);
        field.append(node.getName());
        continue;
      }
      if (node.isInIterable() && type != null) {
        field
            .append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
        type = type.getContentType();
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        BeanPropertyDefinition property = property(type, node.getName());
        field.append('.').append(property == null ? node.getName() : property.getName());
        type = property == null ? null : property.getPrimaryType();
      }
    }
    return field.toString();
  }

  private BeanPropertyDefinition property(JavaType type, String javaName) {
    if (type == null) {
      return null;
    }
    return objectMapper.getSerializationConfig().introspect(type).findProperties().stream()
        .filter(property -> property.getInternalName().equals(javaName))
        .findFirst()
        .orElse(null);
  }

  private static String shown(Object value) {
    if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
      return null;
    }
    String text = value.toString();
    return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
  }

  /** One validator per JVM: building it scans annotations and is slow. */
  private static final class Engine {
    static final ExecutableValidator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            // Interpolates {min}, {regexp}, … without an Expression Language implementation.
            .messageInterpolator(new ParameterMessageInterpolator())
            .parameterNameProvider(new ContractParameterNames())
            .buildValidatorFactory()
            .getValidator()
            .forExecutables();
  }

  /** Names a parameter by its {@link JsonProperty}, which the generator sets to the contract's. */
  private static final class ContractParameterNames implements ParameterNameProvider {

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
      return names(constructor);
    }

    @Override
    public List<String> getParameterNames(Method method) {
      return names(method);
    }

    private static List<String> names(Executable executable) {
      List<String> names = new ArrayList<>();
      for (Parameter parameter : executable.getParameters()) {
        JsonProperty name = parameter.getAnnotation(JsonProperty.class);
        names.add(name != null ? name.value() : parameter.getName());
      }
      return names;
    }
  }
}
