package io.contractkit.starrocks.bench;

import io.contractkit.starrocks.bench.jmh.EcmaPatternBenchmark;
import io.contractkit.starrocks.bench.jmh.StubStartBenchmark;
import io.contractkit.starrocks.bench.jmh.ValidationBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of this module with the settings each group needs. */
final class JmhSuite {

  private final Path out;
  private final Path requestDir;
  private final int forks;
  private final boolean quick;

  JmhSuite(Path out, Path requestDir, int forks, boolean quick) {
    this.out = out;
    this.requestDir = requestDir;
    this.forks = forks;
    this.quick = quick;
  }

  List<Results.JmhScore> run(Consumer<String> say) throws RunnerException {
    List<Results.JmhScore> scores = new ArrayList<>();
    say.accept("JMH: stub start, first in a fresh JVM (" + forks + " forks, one shot each)");
    scores.addAll(
        run(
            base("start-first")
                .include(StubStartBenchmark.class.getName() + ".*_first_in_jvm")
                .forks(forks)
                .warmupIterations(0)
                .measurementIterations(1)));
    say.accept("JMH: stub start, later in the same JVM");
    scores.addAll(
        run(
            base("start-later")
                .include(StubStartBenchmark.class.getName() + ".*_later_in_jvm")
                .forks(1)
                .warmupIterations(quick ? 2 : 10)
                .measurementIterations(quick ? 3 : 15)));
    say.accept("JMH: validation per request");
    ChainedOptionsBuilder validation =
        base("validation").include(ValidationBenchmark.class.getName() + ".*");
    if (quick) {
      validation
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    }
    scores.addAll(run(validation));
    say.accept("JMH: a document pattern, ECMA-262 engine beside its java.util.regex translation");
    ChainedOptionsBuilder patterns =
        base("patterns").include(EcmaPatternBenchmark.class.getName() + ".*");
    if (quick) {
      patterns
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    }
    scores.addAll(run(patterns));
    return scores;
  }

  private ChainedOptionsBuilder base(String name) {
    return new OptionsBuilder()
        .jvmArgsAppend("-Dbench.request.dir=" + requestDir.toAbsolutePath())
        .shouldFailOnError(true)
        .output(out.resolve("logs/jmh-" + name + ".log").toString());
  }

  private static List<Results.JmhScore> run(ChainedOptionsBuilder options) throws RunnerException {
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Results.JmhScore> scores = new ArrayList<>();
    for (RunResult result : results) {
      List<Double> values = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          values.add(iteration.getPrimaryResult().getScore());
        }
      }
      String name = result.getParams().getBenchmark();
      scores.add(
          new Results.JmhScore(
              name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
              result.getParams().getMode().shortLabel(),
              result.getPrimaryResult().getScoreUnit(),
              Stats.of(values),
              result.getPrimaryResult().getScore(),
              result.getPrimaryResult().getScoreError()));
    }
    return scores;
  }
}
