package io.contractkit.starrocks.client.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ApiParameter;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.EcmaPattern;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client checks patterns before sending with Bean Validation's {@code @Pattern}, which
 * Hibernate Validator evaluates with {@code java.util.regex} and {@code matches()} — not the
 * ECMA-262 of JSON Schema that the stub and the service use. The toolkit's one pattern policy
 * ({@link EcmaPattern}, in the contract model) knows where the two agree: a pattern with a {@code
 * java.util.regex} equivalent whose translation only turns {@code $} into {@code \z} and quotes
 * punctuation that is literal anyway means the same under {@code matches()} (the model's
 * equivalence test proves the translation). A pattern added to the document outside that subset (a
 * {@code \s}, a {@code .}, a look-around) fails here, before the client's checks and the stub could
 * disagree about a request.
 */
class PatternPolicyTest {

  static Stream<String> documentPatterns() {
    ContractModel contract = ContractModel.load();
    Set<String> patterns = new LinkedHashSet<>();
    Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
    for (ApiOperation operation : contract.operations()) {
      for (ApiParameter parameter : operation.parameters()) {
        parameter.boundaries().patternIfAny().map(EcmaPattern::source).ifPresent(patterns::add);
      }
      operation.requestBody().ifPresent(body -> collect(body.schema(), patterns, seen));
    }
    assertThat(patterns).as("the document's request patterns").isNotEmpty();
    return patterns.stream();
  }

  private static void collect(
      Schema<?> schema, Set<String> patterns, Map<Schema<?>, Boolean> seen) {
    if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
      return;
    }
    if (schema.getPattern() != null) {
      patterns.add(schema.getPattern());
    }
    List<Schema<?>> children = new ArrayList<>();
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(children::add);
    }
    if (schema.getItems() != null) {
      children.add(schema.getItems());
    }
    children.forEach(child -> collect(child, patterns, seen));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentPatterns")
  void the_clients_java_regex_check_means_what_the_ecma_pattern_means(String source) {
    EcmaPattern pattern = EcmaPattern.compile(source);

    assertThat(pattern.javaEquivalent())
        .as(
            "%s has a java.util.regex equivalent (else the client's @Pattern check would judge it otherwise)",
            source)
        .isPresent();
    // Punctuation the translation quotes to be safe, and which is literal where the source has it.
    String translation =
        pattern
            .javaEquivalent()
            .orElseThrow()
            .pattern()
            .replaceAll("\\\\([=:;(),/!@#%'\"<>~])", "$1");
    assertThat(translation)
        .as(
            "the translation of %s only anchors its end (which matches() does anyway) and quotes literals",
            source)
        .isEqualTo(source.replace("$", "\\z"));
    assertThat(Pattern.compile(source))
        .as("Hibernate Validator compiles %s as written", source)
        .isNotNull();
  }
}
