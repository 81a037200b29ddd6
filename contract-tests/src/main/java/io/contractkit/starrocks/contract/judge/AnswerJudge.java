package io.contractkit.starrocks.contract.judge;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.contract.cases.Expectation;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.model.Endpoint;
import io.contractkit.starrocks.contract.model.ResponseExample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges an answer against the contract and the case's expectation, and lists every way it
 * falls short, so a failing case explains itself: wrong status, a body the document does not
 * allow, an error that does not name the field, a renamed or missing field.
 */
public final class AnswerJudge {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Endpoint endpoint;
  private final OpenApiInteractionValidator responseValidator;

  public AnswerJudge(Endpoint endpoint) {
    this.endpoint = endpoint;
    // The request side is judged by the case itself (some cases break it on purpose); here only
    // the answer is held against the document.
    this.responseValidator = OpenApiInteractionValidator
        .createForSpecificationUrl(ContractDocument.url().toString())
        .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
        .build();
  }

  public List<String> shortcomings(HttpCase httpCase, Answer answer) {
    List<String> problems = new ArrayList<>();
    if (answer.status() != httpCase.expect().status()) {
      problems.add("status " + answer.status() + ", expected " + httpCase.expect().status() + "; body: " + abbreviate(answer.body()));
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
    ValidationReport report = responseValidator.validateResponse(
        endpoint.pathTemplate(), Request.Method.valueOf(endpoint.method()), response.build());
    report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .forEach(message -> problems.add("answer breaks the contract: " + message.getMessage()));
    return problems;
  }

  /**
   * A rejection is checked against the error schema the document gives its status (by
   * {@link #contractProblems}); here only that it says which field is wrong, in any of its texts.
   */
  private static void errorProblems(HttpCase httpCase, JsonNode body, List<String> problems) {
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
    for (JsonNode value : body) {
      named |= value.isTextual() && value.asText().toLowerCase(Locale.ROOT).contains(needle);
    }
    if (!named) {
      problems.add("the error does not name " + field + ": " + body);
    }
  }

  private void exampleProblems(Expectation expect, JsonNode body, List<String> problems) {
    String exampleName = expect.exampleName();
    ResponseExample example = endpoint.responseExamples().stream()
        .filter(candidate -> candidate.name().equals(exampleName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No example " + exampleName));
    if (body == null) {
      problems.add("answer is not JSON, expected the shape of example " + exampleName);
      return;
    }
    Set<String> expected = fieldNames(example.value());
    Set<String> actual = fieldNames(body);
    if (!expected.equals(actual)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(actual);
      Set<String> unexpected = new TreeSet<>(actual);
      unexpected.removeAll(expected);
      problems.add("answer does not have the shape of example " + exampleName + ": missing " + missing + ", unexpected " + unexpected);
    }
    if (expect.verbatim() && !example.value().equals(body)) {
      problems.add("answer is not example " + exampleName + " as documented: " + abbreviate(body.toString()));
    }
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
