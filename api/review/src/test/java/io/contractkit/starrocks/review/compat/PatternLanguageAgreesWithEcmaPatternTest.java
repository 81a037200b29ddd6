package io.contractkit.starrocks.review.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.brics.automaton.Automaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.EcmaPattern;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A differential check of the gate's two readings of a pattern: the automaton of {@link
 * PatternLanguage} (which compares patterns as languages) and {@link EcmaPattern} (the toolkit's
 * one ECMA-262 policy, which the stub, the client checks and the house rules evaluate with). For
 * every pattern of the shipped document, strings drawn from the automaton must be accepted by
 * {@code EcmaPattern}, and near misses of them (one character dropped, added or replaced, cut
 * short, doubled) must be judged the same way by both. Characters where ECMA-262 and {@code
 * java.util.regex} differ (Unicode spaces, U+0085, line separators, lone surrogates) are drawn on
 * purpose.
 */
class PatternLanguageAgreesWithEcmaPatternTest {

  private static final int SAMPLES = 150;

  /**
   * Where ECMA-262 and java.util.regex (or a careless automaton) part ways, and plain
   * troublemakers.
   */
  private static final String AWKWARD =
      " \t\n\r\u000B\f\u0085\u00A0\u1680\u2000\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uD83D\u00E9;,=:(_-.aZ09";

  static Stream<String> documentPatterns() {
    JsonNode tree = ContractModel.load().tree();
    Set<String> patterns = new LinkedHashSet<>();
    for (String field : List.of("pattern", "x-value-pattern")) {
      tree.findValues(field).stream()
          .filter(JsonNode::isTextual)
          .map(JsonNode::asText)
          .forEach(patterns::add);
    }
    return patterns.stream();
  }

  @Test
  void the_document_has_patterns_and_the_gate_reads_every_one() {
    assertThat(documentPatterns()).hasSizeGreaterThanOrEqualTo(5);
    documentPatterns()
        .forEach(
            pattern ->
                assertThat(PatternLanguage.of(pattern).automaton())
                    .as("automaton of %s: %s", pattern, PatternLanguage.of(pattern).unsupported())
                    .isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentPatterns")
  void automaton_and_ecma_pattern_agree_on_samples_and_near_misses(String pattern) {
    Automaton language = PatternLanguage.of(pattern).automaton();
    EcmaPattern ecma = EcmaPattern.compile(pattern);
    Random random = new Random(pattern.hashCode());
    Map<State, Integer> distance = distanceToAccept(language);
    List<String> disagreements = new ArrayList<>();
    int nearMissesRejected = 0;

    for (int i = 0; i < SAMPLES; i++) {
      String sample = sample(language, distance, random);
      assertThat(language.run(sample)).as("the sampler draws from the language").isTrue();
      if (!ecma.matches(sample)) {
        disagreements.add("sample " + show(sample) + ": automaton accepts, EcmaPattern rejects");
      }
      for (String nearMiss : nearMisses(sample, random)) {
        boolean byAutomaton = language.run(nearMiss);
        if (byAutomaton != ecma.matches(nearMiss)) {
          disagreements.add(
              "near miss "
                  + show(nearMiss)
                  + ": automaton "
                  + (byAutomaton ? "accepts" : "rejects")
                  + ", EcmaPattern does not");
        }
        if (!byAutomaton) {
          nearMissesRejected++;
        }
      }
    }

    assertThat(disagreements).as("where the two semantics of %s part ways", pattern).isEmpty();
    assertThat(nearMissesRejected).as("near misses of %s that are misses", pattern).isPositive();
  }

  /** A random walk through the automaton that ends in an accepting state. */
  private static String sample(Automaton language, Map<State, Integer> distance, Random random) {
    StringBuilder text = new StringBuilder();
    State state = language.getInitialState();
    int budget = distance.get(state) + random.nextInt(48);
    while (true) {
      boolean mayStop = state.isAccept();
      if (mayStop && (text.length() >= budget || random.nextInt(8) == 0)) {
        return text.toString();
      }
      List<Transition> choices = new ArrayList<>();
      for (Transition transition : state.getTransitions()) {
        Integer left = distance.get(transition.getDest());
        // Past the budget, only steps that bring an accepting state closer.
        if (left != null && (text.length() < budget || left < distance.get(state))) {
          choices.add(transition);
        }
      }
      if (choices.isEmpty()) {
        return text.toString();
      }
      Transition step = choices.get(random.nextInt(choices.size()));
      text.append(character(step.getMin(), step.getMax(), random));
      state = step.getDest();
    }
  }

  /**
   * A character of [min, max]: an awkward one when the range has any, else an edge or a random one.
   */
  private static char character(char min, char max, Random random) {
    List<Character> awkward = new ArrayList<>();
    for (char c : AWKWARD.toCharArray()) {
      if (c >= min && c <= max) {
        awkward.add(c);
      }
    }
    int pick = random.nextInt(4);
    if (pick == 0 && !awkward.isEmpty()) {
      return awkward.get(random.nextInt(awkward.size()));
    }
    if (pick == 1) {
      return random.nextBoolean() ? min : max;
    }
    int span = Math.min(max - min, 0x7F);
    return (char) (min + random.nextInt(span + 1));
  }

  private static List<String> nearMisses(String sample, Random random) {
    List<String> misses = new ArrayList<>();
    char awkward = AWKWARD.charAt(random.nextInt(AWKWARD.length()));
    int at = sample.isEmpty() ? 0 : random.nextInt(sample.length());
    if (!sample.isEmpty()) {
      misses.add(sample.substring(0, at) + sample.substring(at + 1));
      misses.add(sample.substring(0, at) + awkward + sample.substring(at + 1));
      misses.add(sample.substring(0, sample.length() / 2));
    }
    misses.add(sample.substring(0, at) + awkward + sample.substring(at));
    misses.add(sample + awkward);
    misses.add(awkward + sample);
    misses.add(sample + "\n");
    misses.add(sample + sample);
    return misses;
  }

  /** For each state from which an accepting state can be reached, the fewest steps to one. */
  private static Map<State, Integer> distanceToAccept(Automaton automaton) {
    Map<State, List<State>> predecessors = new HashMap<>();
    Deque<State> queue = new ArrayDeque<>();
    Map<State, Integer> distance = new HashMap<>();
    for (State state : automaton.getStates()) {
      for (Transition transition : state.getTransitions()) {
        predecessors.computeIfAbsent(transition.getDest(), s -> new ArrayList<>()).add(state);
      }
      if (state.isAccept()) {
        distance.put(state, 0);
        queue.add(state);
      }
    }
    while (!queue.isEmpty()) {
      State state = queue.poll();
      for (State before : predecessors.getOrDefault(state, List.of())) {
        if (!distance.containsKey(before)) {
          distance.put(before, distance.get(state) + 1);
          queue.add(before);
        }
      }
    }
    return distance;
  }

  private static String show(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
