package io.contractkit.starrocks.bench.jmh;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.contractkit.starrocks.bench.BenchRequest;
import io.contractkit.starrocks.bench.PlainHttp;
import io.contractkit.starrocks.stub.StarRocksSyncStub;
import io.contractkit.starrocks.stub.StubSettings;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a consumer's test pays for the stub, in single shots: starting it and getting the first
 * answer, in a fresh JVM (class loading included: what one test class of a build pays) and later in
 * the same JVM (what every further test class pays).
 *
 * <p>{@code BenchmarkRun} runs the {@code *_first_in_jvm} benchmarks with one measured shot per
 * fork and many forks, and the {@code *_later_in_jvm} ones with warm-up shots first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StubStartBenchmark {

  private BenchRequest request;
  private StarRocksSyncStub stub;
  private Launcher launcher;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    request = BenchRequest.fromSystemProperty();
    launcher = LauncherFactory.create();
    run(ConsumerTestClass.WithoutStub.class);
  }

  /**
   * {@code StarRocksSyncStub.start(...)} until the first answer is read (stopping is not counted).
   */
  @Benchmark
  public int api_start_first_in_jvm() throws Exception {
    return startAndAsk();
  }

  @Benchmark
  public int api_start_later_in_jvm() throws Exception {
    return startAndAsk();
  }

  /**
   * A test class with the extension in a static field and one test with one request: start, test,
   * stop.
   */
  @Benchmark
  public long junit_class_first_in_jvm() {
    return run(ConsumerTestClass.class);
  }

  @Benchmark
  public long junit_class_later_in_jvm() {
    return run(ConsumerTestClass.class);
  }

  @TearDown(Level.Iteration)
  public void stopStub() {
    if (stub != null) {
      stub.close();
      stub = null;
    }
  }

  private int startAndAsk() throws Exception {
    stub = StarRocksSyncStub.start(StubSettings.defaults());
    PlainHttp.Answer answer = PlainHttp.exchange(stub.port(), request);
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "Expected 200, got " + answer.status() + ": " + answer.body());
    }
    return answer.status();
  }

  private long run(Class<?> testClass) {
    LauncherDiscoveryRequest discovery =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(discovery, summary);
    if (summary.getSummary().getTotalFailureCount() > 0
        || summary.getSummary().getTestsSucceededCount() != 1) {
      throw new IllegalStateException(
          "The consumer test class did not pass: "
              + summary.getSummary().getFailures().stream()
                  .map(f -> String.valueOf(f.getException()))
                  .toList());
    }
    return summary.getSummary().getTestsSucceededCount();
  }
}
