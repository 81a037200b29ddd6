package io.contractkit.starrocks.runtime;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quick form of one operation's request check: true only when the validator is certain to find
 * nothing wrong with a request (see {@link QuickSchema}), false when it is not sure.
 *
 * <p>It takes on what the validator checks for such a request, in the validator's own terms: the
 * path parameters (each a whole path segment, undecoded values only), the declared header
 * parameters, {@code Content-Type} and {@code Accept}, and the JSON body. Requests with a query
 * string or cookies for an operation that reads cookies, and operations with anything else to check
 * (required query parameters, non-string parameters, several request media types, ...) always go to
 * the validator. Credentials are checked before, by {@link CredentialCheck}.
 */
final class QuickRequestCheck {

  private static final Pattern PARAMETER_SEGMENT = Pattern.compile("\\{([^}/]+)}");

  /** A media type parameter both engines parse alike: {@code ; token=token}. */
  private static final Pattern MEDIA_PARAMETER =
      Pattern.compile("\\s*[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+\\s*");

  private record HeaderParameter(String name, boolean required, QuickSchema schema) {}

  private final String method;
  private final Pattern path;
  private final List<QuickSchema> pathParameters;
  private final List<String> pathNames;
  private final List<HeaderParameter> headers;
  private final boolean readsCookies;
  private final String mediaType;
  private final QuickSchema body;
  private final Set<String> answerMediaTypes;

  private QuickRequestCheck(
      String method,
      Pattern path,
      List<QuickSchema> pathParameters,
      List<String> pathNames,
      List<HeaderParameter> headers,
      boolean readsCookies,
      String mediaType,
      QuickSchema body,
      Set<String> answerMediaTypes) {
    this.method = method;
    this.path = path;
    this.pathParameters = pathParameters;
    this.pathNames = pathNames;
    this.headers = headers;
    this.readsCookies = readsCookies;
    this.mediaType = mediaType;
    this.body = body;
    this.answerMediaTypes = answerMediaTypes;
  }

  /**
   * The quick form of an operation, or empty when it has anything the quick form does not take on.
   */
  static Optional<QuickRequestCheck> of(
      String method, String template, Operation operation, SchemaForms forms) {
    String where = method.toUpperCase(Locale.ROOT) + " " + template;
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    StringBuilder regex = new StringBuilder("^");
    List<QuickSchema> pathParameters = new ArrayList<>();
    List<String> pathNames = new ArrayList<>();
    for (String segment : template.substring(1).split("/", -1)) {
      regex.append('/');
      Matcher m = PARAMETER_SEGMENT.matcher(segment);
      if (m.matches()) {
        Optional<QuickSchema> schema =
            parameters.stream()
                .filter(p -> "path".equals(p.getIn()) && m.group(1).equals(p.getName()))
                .findFirst()
                .flatMap(p -> stringParameter(p, where, forms));
        if (schema.isEmpty()) {
          return Optional.empty();
        }
        pathParameters.add(schema.get());
        pathNames.add(m.group(1));
        // Undecoded values only: the validator URL-decodes them first.
        regex.append("([^/%+]+)");
      } else if (segment.contains("{") || segment.contains("}") || segment.isEmpty()) {
        return Optional.empty();
      } else {
        regex.append(Pattern.quote(segment));
      }
    }
    regex.append('$');

    List<HeaderParameter> headers = new ArrayList<>();
    boolean readsCookies = false;
    for (Parameter parameter : parameters) {
      boolean required = Boolean.TRUE.equals(parameter.getRequired());
      switch (String.valueOf(parameter.getIn())) {
        case "path" -> {
          /* above */
        }
        case "header" -> {
          Optional<QuickSchema> schema = stringParameter(parameter, where, forms);
          if (schema.isEmpty()) {
            return Optional.empty();
          }
          headers.add(new HeaderParameter(parameter.getName(), required, schema.get()));
        }
        case "query" -> {
          if (required) {
            return Optional.empty();
          }
        }
        case "cookie" -> {
          if (required) {
            return Optional.empty();
          }
          readsCookies = true;
        }
        default -> {
          return Optional.empty();
        }
      }
    }

    if (operation.getRequestBody() == null
        || operation.getRequestBody().getContent() == null
        || operation.getRequestBody().getContent().size() != 1
        || operation.getRequestBody().get$ref() != null) {
      return Optional.empty();
    }
    Map.Entry<String, MediaType> content =
        operation.getRequestBody().getContent().entrySet().iterator().next();
    String mediaType = content.getKey().toLowerCase(Locale.ROOT);
    if (!mediaType.contains("json")
        || mediaType.contains("*")
        || mediaType.contains(";")
        || content.getValue() == null) {
      return Optional.empty();
    }
    Optional<QuickSchema> body =
        QuickSchema.compile(
            content.getValue().getSchema(), where + " body " + content.getKey(), forms);
    if (body.isEmpty()) {
      return Optional.empty();
    }

    Set<String> answerMediaTypes = new HashSet<>();
    if (operation.getResponses() != null) {
      for (ApiResponse response : operation.getResponses().values()) {
        if (response.getContent() != null) {
          response
              .getContent()
              .keySet()
              .forEach(type -> answerMediaTypes.add(type.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return Optional.of(
        new QuickRequestCheck(
            method.toUpperCase(Locale.ROOT),
            Pattern.compile(regex.toString()),
            List.copyOf(pathParameters),
            List.copyOf(pathNames),
            List.copyOf(headers),
            readsCookies,
            mediaType,
            body.get(),
            Set.copyOf(answerMediaTypes)));
  }

  /** A plain string parameter (no content, style or explode to interpret), compiled. */
  private static Optional<QuickSchema> stringParameter(
      Parameter parameter, String operation, SchemaForms forms) {
    if (parameter.get$ref() != null
        || parameter.getContent() != null
        || Boolean.TRUE.equals(parameter.getAllowEmptyValue())
        || (parameter.getStyle() != null && parameter.getStyle() != Parameter.StyleEnum.SIMPLE)) {
      return Optional.empty();
    }
    return QuickSchema.compile(
            parameter.getSchema(),
            operation + " parameter " + parameter.getIn() + " " + parameter.getName(),
            forms)
        .filter(QuickSchema::isString);
  }

  String method() {
    return method;
  }

  /**
   * Whether this operation's path template matches the request path (case-sensitive, undecoded).
   */
  boolean matchesPath(String requestPath) {
    return path.matcher(requestPath).matches();
  }

  /** True only when the validator is certain to accept the request. */
  boolean certainlyValid(Request request) {
    if (!method.equals(request.getMethod().name()) || !request.getQueryParameters().isEmpty()) {
      return false;
    }
    Matcher m = path.matcher(request.getPath());
    if (!m.matches()) {
      return false;
    }
    for (int i = 0; i < pathParameters.size(); i++) {
      if (!pathParameters.get(i).stringFits(m.group(i + 1))) {
        return false;
      }
    }
    for (HeaderParameter header : headers) {
      Collection<String> values = request.getHeaderValues(header.name());
      if (values.isEmpty()) {
        if (header.required()) {
          return false;
        }
      } else if (values.size() > 1 || !plainValueFits(values.iterator().next(), header.schema())) {
        return false;
      }
    }
    if (readsCookies && !request.getHeaderValues("Cookie").isEmpty()) {
      return false;
    }
    if (!contentTypeFits(request.getHeaderValues("Content-Type"))
        || !acceptFits(request.getHeaderValues("Accept"))) {
      return false;
    }
    Optional<Body> content = request.getRequestBody();
    if (content.isEmpty() || !content.get().hasBody()) {
      return false;
    }
    try {
      JsonNode json = content.get().toJsonNode();
      return body.certainlyValid(json);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The validator's violations of a request it is certain to refuse, in its words and order, when
   * every one of them is certain and they all come from one source (a path or header parameter
   * against its schema, or the body against its schema); empty when anything is not (the route, a
   * missing or repeated header, the media types, a body that is absent or not JSON, a keyword or
   * value {@link QuickSchema#describe} is not sure of): the validator then decides. Never a list
   * for a request the validator accepts: it only holds what breaks a keyword.
   */
  Optional<List<Violation>> certainRefusal(Request request) {
    if (!method.equals(request.getMethod().name()) || !request.getQueryParameters().isEmpty()) {
      return Optional.empty();
    }
    Matcher m = path.matcher(request.getPath());
    if (!m.matches()
        || (readsCookies && !request.getHeaderValues("Cookie").isEmpty())
        || !contentTypeFits(request.getHeaderValues("Content-Type"))
        || !acceptFits(request.getHeaderValues("Accept"))) {
      return Optional.empty();
    }
    List<Violation> violations = new ArrayList<>();
    List<String[]> found = new ArrayList<>();
    int sources = 0;
    for (int i = 0; i < pathParameters.size(); i++) {
      found.clear();
      if (!pathParameters.get(i).describe(TextNode.valueOf(m.group(i + 1)), "", found)) {
        return Optional.empty();
      }
      String where = "path " + pathNames.get(i);
      sources += found.isEmpty() ? 0 : 1;
      found.forEach(f -> violations.add(new Violation(where, ContractValidator.rule(f[1]))));
    }
    for (HeaderParameter header : headers) {
      Collection<String> values = request.getHeaderValues(header.name());
      if (values.isEmpty()) {
        if (header.required()) {
          return Optional.empty();
        }
        continue;
      }
      String value = values.iterator().next();
      if (values.size() > 1 || value == null || value.trim().isEmpty()) {
        return Optional.empty();
      }
      found.clear();
      if (!header.schema().describe(TextNode.valueOf(value), "", found)) {
        return Optional.empty();
      }
      String where = "header " + header.name();
      sources += found.isEmpty() ? 0 : 1;
      found.forEach(f -> violations.add(new Violation(where, ContractValidator.rule(f[1]))));
    }
    Optional<Body> content = request.getRequestBody();
    if (content.isEmpty() || !content.get().hasBody()) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = content.get().toJsonNode();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    found.clear();
    if (!body.describe(json, "", found)) {
      return Optional.empty();
    }
    if (!found.isEmpty()) {
      sources++;
    }
    found.forEach(
        f ->
            violations.add(
                new Violation(ContractValidator.bodyField(f[0]), ContractValidator.rule(f[1]))));
    // Violations of several sources (two parameters, a parameter and the body): the validator's
    // order across them is not pinned down here (it put a header's before a path parameter's).
    return violations.isEmpty() || sources > 1
        ? Optional.empty()
        : Optional.of(List.copyOf(violations));
  }

  private static boolean plainValueFits(String value, QuickSchema schema) {
    return value != null && !value.trim().isEmpty() && schema.stringFits(value);
  }

  private boolean contentTypeFits(Collection<String> values) {
    if (values.size() != 1) {
      return false;
    }
    String value = values.iterator().next();
    if (value == null || value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
      return false;
    }
    Iterator<String> parts = List.of(value.split(";", -1)).iterator();
    if (!parts.next().trim().equalsIgnoreCase(mediaType)) {
      return false;
    }
    while (parts.hasNext()) {
      if (!MEDIA_PARAMETER.matcher(parts.next()).matches()) {
        return false;
      }
    }
    return true;
  }

  private boolean acceptFits(Collection<String> values) {
    if (values.isEmpty()) {
      return true;
    }
    if (values.size() != 1) {
      return false;
    }
    String value = values.iterator().next().trim();
    return value.equals("*/*") || answerMediaTypes.contains(value.toLowerCase(Locale.ROOT));
  }
}
