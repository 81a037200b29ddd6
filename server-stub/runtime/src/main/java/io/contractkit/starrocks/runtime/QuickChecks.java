package io.contractkit.starrocks.runtime;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The quick forms of the document's checks ({@link QuickRequestCheck} per operation, and answer
 * schemas per operation, status and media type), used before the validator: when one is certain
 * that the validator would find nothing, the validator is not asked.
 *
 * <p>A request path is only judged quickly when exactly one path of the document can match it, even
 * ignoring case as the validator's path matching does, so that the validator would pick the same
 * operation.
 */
final class QuickChecks {

  /** A media type the validator parses as given and reads as JSON: lower case, no parameters. */
  private static final Pattern PLAIN_JSON_MEDIA_TYPE =
      Pattern.compile("application/(json|[a-z0-9.-]+\\+json)");

  private final List<QuickRequestCheck> operations;
  private final List<Pattern> anyPath;

  /**
   * Per template, the paths the validator certainly matches to it (whole-segment parameters,
   * undecoded).
   */
  private final List<Pattern> strictPath;

  private final Map<String, Operation> byMethodAndTemplate;
  private final List<String> templates;

  /**
   * Per operation, status and media type: the compiled answer schema, where the quick check takes
   * such answers on.
   */
  private final Map<String, Optional<QuickSchema>> answers = new ConcurrentHashMap<>();

  /** Where the compiled answer schemas come from. */
  private final SchemaForms forms;

  private QuickChecks(
      SchemaForms forms,
      List<QuickRequestCheck> operations,
      List<Pattern> anyPath,
      List<Pattern> strictPath,
      Map<String, Operation> byMethodAndTemplate,
      List<String> templates) {
    this.forms = forms;
    this.operations = operations;
    this.anyPath = anyPath;
    this.strictPath = strictPath;
    this.byMethodAndTemplate = byMethodAndTemplate;
    this.templates = templates;
  }

  static QuickChecks of(OpenAPI api, SchemaForms forms) {
    List<QuickRequestCheck> operations = new ArrayList<>();
    List<Pattern> anyPath = new ArrayList<>();
    List<Pattern> strictPath = new ArrayList<>();
    List<String> templates = new ArrayList<>();
    Map<String, Operation> byMethodAndTemplate = new ConcurrentHashMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      anyPath.add(Pattern.compile(looseRegex(path.getKey()), Pattern.CASE_INSENSITIVE));
      strictPath.add(strictRegex(path.getKey()).map(Pattern::compile).orElse(null));
      templates.add(path.getKey());
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        byMethodAndTemplate.put(
            operation.getKey().name() + " " + path.getKey(), operation.getValue());
        QuickRequestCheck.of(operation.getKey().name(), path.getKey(), operation.getValue(), forms)
            .ifPresent(operations::add);
      }
    }
    return new QuickChecks(
        forms,
        List.copyOf(operations),
        List.copyOf(anyPath),
        strictPath,
        byMethodAndTemplate,
        List.copyOf(templates));
  }

  /**
   * Matches at least every path the validator could match to this template: any segment with a
   * parameter matches anything.
   */
  private static String looseRegex(String template) {
    StringBuilder regex = new StringBuilder("^");
    for (String segment : template.substring(1).split("/", -1)) {
      regex.append('/').append(segment.contains("{") ? "[^/]*" : Pattern.quote(segment));
    }
    return regex.append("/?$").toString();
  }

  /** Whole-segment parameters only; empty for templates with anything else. */
  private static Optional<String> strictRegex(String template) {
    StringBuilder regex = new StringBuilder("^");
    for (String segment : template.substring(1).split("/", -1)) {
      regex.append('/');
      if (segment.matches("\\{[^}/]+}")) {
        regex.append("[^/%+]+");
      } else if (segment.isEmpty() || segment.contains("{") || segment.contains("}")) {
        return Optional.empty();
      } else {
        regex.append(Pattern.quote(segment));
      }
    }
    return Optional.of(regex.append('$').toString());
  }

  private boolean onlyOnePathCouldMatch(String path) {
    int matches = 0;
    for (Pattern pattern : anyPath) {
      if (pattern.matcher(path).matches() && ++matches > 1) {
        return false;
      }
    }
    return matches == 1;
  }

  /** True only when the validator is certain to find nothing wrong with the request. */
  boolean certainlyValid(Request request) {
    if (!request.getQueryParameters().isEmpty() || !onlyOnePathCouldMatch(request.getPath())) {
      return false;
    }
    for (QuickRequestCheck operation : operations) {
      if (operation.method().equals(request.getMethod().name())
          && operation.matchesPath(request.getPath())) {
        return operation.certainlyValid(request);
      }
    }
    return false;
  }

  /**
   * The validator's violations of a request, in its words and order, when certain (see {@link
   * QuickRequestCheck#certainRefusal}); empty when the validator must decide.
   */
  Optional<List<Violation>> certainRefusal(Request request) {
    if (!request.getQueryParameters().isEmpty() || !onlyOnePathCouldMatch(request.getPath())) {
      return Optional.empty();
    }
    for (QuickRequestCheck operation : operations) {
      if (operation.method().equals(request.getMethod().name())
          && operation.matchesPath(request.getPath())) {
        return operation.certainRefusal(request);
      }
    }
    return Optional.empty();
  }

  /**
   * True only when the validator is certain to accept this answer of the operation at this path.
   */
  boolean answerCertainlyFits(
      String path, String method, int status, String contentType, JsonNode body) {
    if (contentType == null || body == null || !onlyOnePathCouldMatch(path)) {
      return false;
    }
    String template = null;
    for (int i = 0; i < templates.size(); i++) {
      if (strictPath.get(i) != null && strictPath.get(i).matcher(path).matches()) {
        template = templates.get(i);
      }
    }
    if (template == null) {
      return false;
    }
    String operationKey = method.toUpperCase(Locale.ROOT) + " " + template;
    Operation operation = byMethodAndTemplate.get(operationKey);
    if (operation == null) {
      return false;
    }
    String key = operationKey + " " + status + " " + contentType;
    Optional<QuickSchema> schema =
        answers.computeIfAbsent(key, k -> answerSchema(operation, key, status, contentType));
    return schema.isPresent() && schema.get().certainlyValid(body);
  }

  /**
   * The compiled schema of an answer, when every other part of the validator's verdict on an answer
   * of this status and media type is certain to be empty whatever the body: the status is
   * documented as such, the media type is the only one documented for it (so the validator reads
   * the body as JSON against that schema and accepts the content type), and no response header is
   * required (the answer checked carries none but its content type).
   */
  private Optional<QuickSchema> answerSchema(
      Operation operation, String key, int status, String contentType) {
    ApiResponse response =
        operation.getResponses() == null
            ? null
            : operation.getResponses().get(Integer.toString(status));
    if (response == null
        || response.get$ref() != null
        || response.getContent() == null
        || response.getContent().size() != 1
        || !PLAIN_JSON_MEDIA_TYPE.matcher(contentType).matches()) {
      return Optional.empty();
    }
    MediaType media = response.getContent().get(contentType);
    if (media == null) {
      return Optional.empty();
    }
    if (response.getHeaders() != null) {
      for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
        if (header.getKey().equalsIgnoreCase("Content-Type")
            || header.getValue() == null
            || header.getValue().get$ref() != null
            || Boolean.TRUE.equals(header.getValue().getRequired())) {
          return Optional.empty();
        }
      }
    }
    return QuickSchema.compile(media.getSchema(), "answer " + key, forms);
  }

  /**
   * Compiles the answer schema of every documented status and media type of every operation now
   * rather than at its first answer (for {@link SchemaForms#file}, which records what is asked
   * for).
   */
  QuickChecks compileEveryAnswer() {
    for (Map.Entry<String, Operation> operation : byMethodAndTemplate.entrySet()) {
      if (operation.getValue().getResponses() == null) {
        continue;
      }
      for (Map.Entry<String, ApiResponse> response :
          operation.getValue().getResponses().entrySet()) {
        if (response.getValue().getContent() == null || !response.getKey().matches("\\d{3}")) {
          continue;
        }
        for (String contentType : response.getValue().getContent().keySet()) {
          String key = operation.getKey() + " " + response.getKey() + " " + contentType;
          answers.computeIfAbsent(
              key,
              k ->
                  answerSchema(
                      operation.getValue(), key, Integer.parseInt(response.getKey()), contentType));
        }
      }
    }
    return this;
  }
}
