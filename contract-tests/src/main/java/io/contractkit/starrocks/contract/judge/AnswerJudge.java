package io.contractkit.starrocks.contract.judge;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.api.ContractDocument;
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
    responseProblems(answer, problems);
    JsonNode body = parse(answer.body());
    if (httpCase.expect().isRejection()) {
      errorProblems(httpCase, body, problems);
    }
    if (httpCase.expect().exampleName() != null && answer.status() == httpCase.expect().status()) {
      exampleProblems(httpCase.expect().exampleName(), body, problems);
    }
    return problems;
  }

  private void responseProblems(Answer answer, List<String> problems) {
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
  }

  private static void errorProblems(HttpCase httpCase, JsonNode body, List<String> problems) {
    if (body == null || !body.path("error_code").isTextual() || !body.path("error_msg").isTextual()) {
      problems.add("rejection is not in the {error_code, error_msg} format");
      return;
    }
    String field = httpCase.expect().namedField();
    if (field != null && !body.path("error_msg").asText().toLowerCase(Locale.ROOT).contains(field.toLowerCase(Locale.ROOT))) {
      problems.add("error_msg does not name " + field + ": " + body.path("error_msg").asText());
    }
  }

  private void exampleProblems(String exampleName, JsonNode body, List<String> problems) {
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
    if (example.value().has("error_code") && !example.value().get("error_code").equals(body.get("error_code"))) {
      problems.add("error_code " + body.get("error_code") + ", example " + exampleName + " documents " + example.value().get("error_code"));
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
