package io.contractkit.starrocks.contract.judge;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.contract.cases.Expectation;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ErrorFormat;
import io.contractkit.starrocks.model.ResponseExample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges an answer against the contract and the case's expectation, and lists every way it falls
 * short, so a failing case explains itself: wrong status, a body the document does not allow, an
 * error that does not name the field, a renamed or missing field.
 */
public final class AnswerJudge {

  private static final ObjectMapper JSON = new ObjectMapper();

  // One validator per model: building one costs more than judging many answers.
  private static final Map<ContractModel, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private final ApiOperation operation;
  private final ErrorFormat errorFormat;
  private final OpenApiInteractionValidator responseValidator;

  /** A judge of answers to an operation of the shipped contract. */
  public AnswerJudge(ApiOperation operation) {
    this(ContractModel.load(), operation);
  }

  public AnswerJudge(ContractModel model, ApiOperation operation) {
    this.operation = operation;
    this.errorFormat = model.errorFormat().orElse(null);
    // The request side is judged by the case itself (some cases break it on purpose); here only
    // the answer is held against the document, as the model parsed it.
    this.responseValidator =
        VALIDATORS.computeIfAbsent(
            model,
            m ->
                OpenApiInteractionValidator.createFor(m.openApi())
                    .withLevelResolver(
                        LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
  }

  public List<String> shortcomings(HttpCase httpCase, Answer answer) {
    List<String> problems = new ArrayList<>();
    if (answer.status() != httpCase.expect().status()) {
      problems.add(
          "status "
              + answer.status()
              + ", expected "
              + httpCase.expect().status()
              + "; body: "
              + abbreviate(answer.body()));
      if (answer.status() >= 500) {
        return problems;
      }
    }
    problems.addAll(contractProblems(answer));
    JsonNode body = parse(answer.body());
    if (httpCase.expect().isRejection()) {
      errorProblems(httpCase, body, problems);
    }
    if (httpCase.expect().exampleName() != null && answer.status() == httpCase.expect().status()) {
      exampleProblems(httpCase.expect(), body, problems);
    }
    return problems;
  }

  /** What the document has against an answer: an undocumented status, a body its schema refuses. */
  public List<String> contractProblems(Answer answer) {
    List<String> problems = new ArrayList<>();
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
    answer.headers().forEach(response::withHeader);
    if (answer.body() != null && !answer.body().isEmpty()) {
      response.withBody(answer.body());
    }
    ValidationReport report =
        responseValidator.validateResponse(
            operation.path().template(),
            Request.Method.valueOf(operation.method()),
            response.build());
    report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .forEach(message -> problems.add("answer breaks the contract: " + message.getMessage()));
    return problems;
  }

  /**
   * A rejection is checked against the error schema the document gives its status (by {@link
   * #contractProblems}); here only that it says which field is wrong, in the field the document's
   * error format declares for the message ({@code x-error-message-field}), or in any of its texts
   * when the document declares none.
   */
  private void errorProblems(HttpCase httpCase, JsonNode body, List<String> problems) {
    if (body == null || !body.isObject()) {
      problems.add("rejection has no JSON error body");
      return;
    }
    String field = httpCase.expect().namedField();
    if (field == null) {
      return;
    }
    String needle = field.toLowerCase(Locale.ROOT);
    boolean named = false;
    if (errorFormat != null) {
      named =
          errorFormat
              .message(body)
              .map(message -> message.toLowerCase(Locale.ROOT).contains(needle))
              .orElse(false);
    } else {
      for (JsonNode value : body) {
        named |= value.isTextual() && value.asText().toLowerCase(Locale.ROOT).contains(needle);
      }
    }
    if (!named) {
      problems.add("the error does not name " + field + ": " + body);
    }
  }

  private void exampleProblems(Expectation expect, JsonNode body, List<String> problems) {
    String exampleName = expect.exampleName();
    ResponseExample example =
        operation
            .example(exampleName)
            .orElseThrow(() -> new IllegalArgumentException("No example " + exampleName));
    if (body == null) {
      problems.add("answer is not JSON, expected the shape of example " + exampleName);
      return;
    }
    shapeProblems(exampleName, example.value(), body, "", problems);
    if (expect.verbatim() && !example.value().equals(body)) {
      problems.add(
          "answer is not example "
              + exampleName
              + " as documented: "
              + abbreviate(body.toString()));
    }
  }

  /**
   * Compares the answer's shape with the example's at every depth: the same field names in every
   * object, objects where the example has objects, arrays where it has arrays. An array's items are
   * each held against the example's first item (an answer may list more or fewer).
   */
  private static void shapeProblems(
      String exampleName, JsonNode expected, JsonNode actual, String where, List<String> problems) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        problems.add(
            "answer does not have the shape of example "
                + exampleName
                + " at "
                + at(where)
                + ": expected an object, got "
                + abbreviate(actual.toString()));
        return;
      }
      Set<String> wanted = fieldNames(expected);
      Set<String> got = fieldNames(actual);
      if (!wanted.equals(got)) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(got);
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(wanted);
        problems.add(
            "answer does not have the shape of example "
                + exampleName
                + " at "
                + at(where)
                + ": missing "
                + missing
                + ", unexpected "
                + unexpected);
      }
      for (String name : wanted) {
        if (got.contains(name)) {
          shapeProblems(
              exampleName, expected.get(name), actual.get(name), where + "/" + name, problems);
        }
      }
    } else if (expected.isArray()) {
      if (!actual.isArray()) {
        problems.add(
            "answer does not have the shape of example "
                + exampleName
                + " at "
                + at(where)
                + ": expected an array, got "
                + abbreviate(actual.toString()));
        return;
      }
      if (!expected.isEmpty()) {
        for (int i = 0; i < actual.size(); i++) {
          shapeProblems(exampleName, expected.get(0), actual.get(i), where + "/" + i, problems);
        }
      }
    } else if (actual.isContainerNode()) {
      problems.add(
          "answer does not have the shape of example "
              + exampleName
              + " at "
              + at(where)
              + ": expected a value, got "
              + abbreviate(actual.toString()));
    }
  }

  private static String at(String where) {
    return where.isEmpty() ? "/" : where;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    return names;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "(none)";
    }
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
