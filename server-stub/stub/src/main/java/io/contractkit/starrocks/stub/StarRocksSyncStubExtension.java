package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.contractkit.starrocks.runtime.StubError;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs the contract-driven stub on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static StarRocksSyncStubExtension stub = new StarRocksSyncStubExtension();
 *
 * @Test
 * void sends_a_valid_request() {
 *   myClient(stub.baseUrl()).modify(...);
 *   stub.verify(putRequestedFor(urlPathMatching("/v3/.*")));
 * }
 * }</pre>
 *
 * <p>Everything of WireMock's own extension is there ({@code verify}, {@code stubFor}, {@code
 * getPort}, ...). In addition, after each test it <b>fails the test</b> when a request the test
 * sent broke the contract, listing every violation; switch that off with {@link
 * Builder#failOnContractViolation(boolean)} and read {@link #violations()} instead. Declared as a
 * static field the stub starts once per class (mappings and journal are reset before each test); as
 * an instance field, once per test.
 */
public class StarRocksSyncStubExtension extends WireMockExtension {

  private final ViolationLog log;
  private final boolean failOnContractViolation;

  /** A stub of the contract in the api jar that fails tests on contract violations. */
  public StarRocksSyncStubExtension() {
    this(new Builder());
  }

  private StarRocksSyncStubExtension(Builder builder) {
    this(builder, new ViolationLog(builder.settings.maxKeptViolations()));
  }

  private StarRocksSyncStubExtension(Builder builder, ViolationLog log) {
    super(
        WireMockExtension.extensionOptions()
            .options(StarRocksSyncStub.configuration(builder.settings, log))
            .failOnUnmatchedRequests(false));
    this.log = log;
    this.failOnContractViolation = builder.failOnContractViolation;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The requests refused during the current test (the first ones, up to the settings' bound). */
  public List<RecordedViolation> violations() {
    return log.kept();
  }

  /** Forgets the refused requests so far, for a test that provoked some on purpose. */
  public void clearViolations() {
    log.clear();
  }

  @Override
  protected void onBeforeEach(ExtensionContext context, WireMockRuntimeInfo runtimeInfo) {
    resetRequests();
    log.clear();
  }

  @Override
  protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo runtimeInfo) {
    long total = log.total();
    if (failOnContractViolation && total > 0) {
      List<RecordedViolation> kept = log.kept();
      log.clear();
      throw new AssertionError(failureMessage(total, kept));
    }
  }

  /**
   * Lists each refused request, then says what to change: the request, for one that broke the
   * contract; the {@code Prefer} header or the URL, for one that asked the stub for something the
   * document does not have (there, "ask with a Prefer header" would be the wrong advice).
   */
  static String failureMessage(long total, List<RecordedViolation> kept) {
    boolean broke = kept.stream().anyMatch(RecordedViolation::brokeTheContract);
    boolean misused = kept.stream().anyMatch(v -> !v.brokeTheContract());
    StringBuilder message =
        new StringBuilder()
            .append(total)
            .append(" request(s) to the StarRocks sync stub ")
            .append(
                misused && !broke
                    ? "asked it for something the contract does not have"
                    : "broke the contract")
            .append(":\n")
            .append(kept.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    if (total > kept.size()) {
      message.append("\n  ... and ").append(total - kept.size()).append(" more");
    }
    message.append("\nWhat to change:");
    if (broke) {
      message.append(
          "\n  - a request that broke the contract: fix what your code sends (the field and the rule are named above);"
              + " to test your error handling, ask the stub for a documented error with a Prefer header"
              + " (example=<name> or code=<status>) instead of sending a broken request");
    }
    if (misused) {
      message.append(
          "\n  - a "
              + StubError.PREFIX
              + "* answer: your test asked the stub for something the document does not have"
              + " (a Prefer value, a path or a method); use one of the names, statuses or routes listed above");
    }
    message.append(
        "\nIf the test does this on purpose, call stub.clearViolations() at its end,"
            + " or build the extension with failOnContractViolation(false).");
    return message.toString();
  }

  /** Options of the extension. */
  public static final class Builder {

    private StubSettings settings = StubSettings.defaults();
    private boolean failOnContractViolation = true;

    private Builder() {}

    /** Whether a test fails when a request it sent broke the contract (default: true). */
    public Builder failOnContractViolation(boolean value) {
      this.failOnContractViolation = value;
      return this;
    }

    /** Port, bounds and contract; {@link StubSettings#defaults()} unless set. */
    public Builder settings(StubSettings value) {
      this.settings = value;
      return this;
    }

    public StarRocksSyncStubExtension build() {
      return new StarRocksSyncStubExtension(this);
    }
  }
}
