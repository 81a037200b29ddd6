package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.EcmaPattern;
import io.contractkit.starrocks.model.ValidRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value no bounded engine can decide is refused with a 400 that says so, never checked without a
 * bound. The document is {@code multi-operation.yaml} with one body pattern made explosive and out
 * of RE2/J's reach: an alternative whose counted repetition of an ambiguous group makes
 * java.util.regex try every way to cut a value into twelve pieces, with a bound above RE2/J's 1,000
 * repetitions, beside the field's own pattern (so the document's examples still match).
 */
class BoundedPatternsTest {

  private static final String FIELD_PATTERN = "'^[A-Za-z0-9_]{3,64}$'";

  private static final String EXPLOSIVE = "^(.*a){12}b{0,1001}$";

  @Test
  void a_value_no_bounded_engine_can_decide_is_refused_saying_so() throws IOException {
    String document = resource("multi-operation.yaml");
    assertThat(document).contains(FIELD_PATTERN);
    String pattern = EXPLOSIVE + "|" + FIELD_PATTERN.replace("'", "");
    ContractRuntime contract =
        ContractRuntime.parse(document.replace(FIELD_PATTERN, "'" + pattern + "'"));
    assertThat(EcmaPattern.compile(pattern).isBounded()).isFalse();
    ApiOperation rename = contract.operation("renameTask").orElseThrow();
    ValidRequest valid = rename.validRequest();
    ObjectNode body = valid.body().deepCopy();
    body.put("task_name", "a".repeat(60) + "!");
    SimpleRequest.Builder request = new SimpleRequest.Builder(rename.method(), valid.path());
    valid.headers().forEach(request::withHeader);
    request.withBody(body.toString());

    List<Violation> violations =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> contract.validator().validate(request.build(), false));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.where()).isEqualTo("body.task_name");
              assertThat(v.rule()).contains("could not be checked in bounded time");
            });
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BoundedPatternsTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test class path (api/model tests)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
