package io.contractkit.starrocks.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.StrictJson;
import io.contractkit.starrocks.runtime.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one request against its operation: first the credential (a problem is a 401, as the
 * provider's gateway answers before the service), then the body as strict JSON, then everything the
 * validator checks (path, headers, content type, body schema).
 */
final class ContractRequestCheck {

  /**
   * The verdict: the status to refuse with (0 when the request keeps the contract), why, and the
   * parsed body.
   */
  record Verdict(int status, List<Violation> violations, JsonNode json) {

    boolean refused() {
      return status != 0;
    }
  }

  private final RequestValidatorAdapter validator;
  private final int maxBodyBytes;

  ContractRequestCheck(RequestValidatorAdapter validator, int maxBodyBytes) {
    this.validator = validator;
    this.maxBodyBytes = maxBodyBytes;
  }

  Verdict check(Request request, ApiOperation operation) {
    Optional<Violation> credential =
        ContractRuntime.credentialProblem(operation, request::getHeader);
    if (credential.isPresent()) {
      return new Verdict(401, List.of(credential.get()), null);
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode json = null;
    boolean bodyRefused = false;
    byte[] body = request.getBody();
    if (body != null && body.length > 0 && isJson(request.getHeader("Content-Type"))) {
      StrictJson.Parsed parsed = StrictJson.parse(body, maxBodyBytes);
      json = parsed.json();
      if (!parsed.ok()) {
        violations.add(parsed.problem());
        bodyRefused = true;
      }
    } else if (body != null && body.length > maxBodyBytes) {
      violations.add(
          new Violation(
              "body", "is " + body.length + " bytes; this stub accepts at most " + maxBodyBytes));
      bodyRefused = true;
    }
    violations.addAll(validator.validate(request, json, bodyRefused));
    violations.sort(Comparator.comparingInt(ContractRequestCheck::rank));
    return new Verdict(violations.isEmpty() ? 0 : 400, List.copyOf(violations), json);
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
  }

  /** Path first, body last: the first violation is the one the error message names. */
  private static int rank(Violation violation) {
    String where = violation.where();
    if (where.startsWith("path")) {
      return 0;
    }
    if (where.startsWith("query")) {
      return 1;
    }
    if (where.startsWith("header")) {
      return 2;
    }
    return where.startsWith("body") ? 3 : 4;
  }
}
