package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Measures what one match costs on each path of {@link EcmaPattern} (the numbers quoted in its
 * class comment come from this test's output). It asserts nothing about time, which a shared
 * build machine cannot promise; it prints.
 */
class EcmaPatternCostTest {

  private static final int MATCHES = 20_000;
  private static final int ROUNDS = 5;

  @Test
  void prints_the_cost_of_a_match_by_engine_and_by_translation() {
    String source = ContractModel.load().schema("TablesConfig").orElseThrow().getProperties().get("table_config").getPattern();
    EcmaPattern pattern = EcmaPattern.compile(source);
    String value = "order by order_id;distributed by order_id;buckets 16 ;x";
    assertThat(pattern.matches(value)).isEqualTo(pattern.matchesByEngine(value));
    double engine = median(() -> pattern.matchesByEngine(value));
    double java = median(() -> pattern.javaEquivalent().orElseThrow().matcher(value).find());
    double compile = median(() -> EcmaPattern.compile(source) != null);
    System.out.printf("EcmaPattern cost per match (median of %d rounds of %d): ECMA engine (Rhino) %.2f µs, "
        + "java.util.regex translation %.2f µs; compile %.2f µs%n", ROUNDS, MATCHES, engine, java, compile);
  }

  private interface Match {
    boolean run();
  }

  private static double median(Match match) {
    double[] perMatch = new double[ROUNDS + 2];
    int sink = 0;
    for (int round = 0; round < perMatch.length; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < MATCHES; i++) {
        sink += match.run() ? 1 : 0;
      }
      perMatch[round] = (System.nanoTime() - start) / 1_000.0 / MATCHES;
    }
    assertThat(sink).isNotNegative();
    double[] measured = Arrays.copyOfRange(perMatch, 2, perMatch.length); // two warm-up rounds
    Arrays.sort(measured);
    return measured[measured.length / 2];
  }
}
