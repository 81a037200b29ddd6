package io.contractkit.starrocks.review.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.brics.automaton.Automaton;
import io.contractkit.starrocks.model.EcmaPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns read as the sets of strings they accept, the way the validators apply them. */
class PatternLanguageTest {

  @ParameterizedTest(name = "{0} accepts \"{1}\": {2}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "^[A-Za-z0-9_]{3,128}$ => abc => true",
        "^[A-Za-z0-9_]{3,128}$ => ab => false",
        "^[A-Za-z0-9_]{3,128}$ => a-b => false",
        "^[A-Za-z0-9]{32}in17$ => 61a4ea66210545909d74a05c27a7179bin17 => true",
        "^[A-Za-z0-9]{32}in17$ => 61a4ea66210545909d74a05c27a7179bin07 => false",
        "^\\d+(\\.\\d+)?$ => 12.5 => true",
        "^\\d+(\\.\\d+)?$ => 12. => false",
        "^(?:en-us|zh-cn)$ => zh-cn => true",
        "^[^;]*$ => a;b => false",
        "[0-9]{3} => abc123def => true",
        "^[0-9]{3} => 123def => true",
        "^[0-9]{3} => x123 => false",
        "^a.c$ => abc => true",
        "^a.c$ => \"a\nc\" => false",
        "^[\\w-]+$ => a_b-c => true",
        "^x{2,}?$ => xxx => true",
      })
  void accepts_what_the_validator_accepts(String pattern, String value, boolean accepted) {
    Automaton language = PatternLanguage.of(pattern).automaton();

    assertThat(language).as("language of %s", pattern).isNotNull();
    assertThat(language.run(value)).isEqualTo(accepted);
    assertThat(EcmaPattern.compile(pattern).matches(value))
        .as("the ECMA-262 policy (EcmaPattern) agrees")
        .isEqualTo(accepted);
  }

  @ParameterizedTest(name = "{0} is not read: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "^(?=a)[a-z]+$ => look-around",
        "^(a)\\1$ => escape '\\1'",
        "^\\bword$ => escape '\\b'",
        "^(?i)abc$ => inline flag",
        "^a++$ => possessive",
        "^\\p{L}+$ => escape '\\p'",
        "^[a-z&&[^q]]+$ => intersection",
        "^a$|^b^ => '^'",
      })
  void refuses_what_is_not_a_plain_regular_language(String pattern, String reason) {
    PatternLanguage.Result result = PatternLanguage.of(pattern);

    assertThat(result.automaton()).isNull();
    assertThat(result.unsupported()).contains(reason);
  }
}
