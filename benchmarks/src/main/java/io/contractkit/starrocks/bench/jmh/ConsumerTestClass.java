package io.contractkit.starrocks.bench.jmh;

import io.contractkit.starrocks.bench.BenchRequest;
import io.contractkit.starrocks.bench.PlainHttp;
import io.contractkit.starrocks.stub.StarRocksSyncStubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's test class as the README shows it: the stub's extension in a static field, one test
 * that sends one request. {@link StubStartBenchmark} runs it through the JUnit launcher.
 */
public class ConsumerTestClass {

  @RegisterExtension static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();

  @Test
  void gets_the_documented_answer() throws Exception {
    PlainHttp.Answer answer = PlainHttp.exchange(stub.getPort(), BenchRequest.fromSystemProperty());
    if (answer.status() != 200) {
      throw new AssertionError("Expected 200, got " + answer.status() + ": " + answer.body());
    }
  }

  /** Runs first in each JVM, so that JUnit's own start is not counted as the stub's. */
  public static class WithoutStub {

    @Test
    void does_nothing() {}
  }
}
