package io.contractkit.starrocks.bench.jmh;

import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.EcmaPattern;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one match of a document pattern costs on each path of {@link EcmaPattern}: the ECMA-262
 * engine (Rhino, what the validator uses) beside the proven {@code java.util.regex} translation the
 * model takes where it is equivalent, and compiling. The pattern is the document's longest (today
 * {@code table_config}'s), the value a realistic one; the numbers justify keeping the translation
 * (EcmaPattern's class comment quotes them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EcmaPatternBenchmark {

  private String source;
  private EcmaPattern pattern;
  private Pattern translation;
  private final String value = "order by order_id;distributed by order_id;buckets 16 ;x";

  @Setup
  public void setUp() {
    // The document's longest property pattern (today table_config's): chosen, not named.
    source =
        ContractModel.load().schemas().values().stream()
            .filter(schema -> schema.getProperties() != null)
            .flatMap(schema -> schema.getProperties().values().stream())
            .map(property -> property.getPattern())
            .filter(java.util.Objects::nonNull)
            .max(java.util.Comparator.comparingInt(String::length))
            .orElseThrow();
    pattern = EcmaPattern.compile(source);
    translation = pattern.javaEquivalent().orElseThrow();
  }

  @Benchmark
  public boolean ecma_engine() {
    return pattern.matchesByEngine(value);
  }

  @Benchmark
  public boolean java_translation() {
    return translation.matcher(value).find();
  }

  @Benchmark
  public EcmaPattern compile() {
    return EcmaPattern.compile(source);
  }
}
