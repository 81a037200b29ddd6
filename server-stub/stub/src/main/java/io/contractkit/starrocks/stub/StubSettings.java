package io.contractkit.starrocks.stub;

import io.contractkit.starrocks.runtime.ContractRoutes;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a stub runs. Immutable; every {@code with...} returns a copy.
 *
 * @param contractSource the document the stub serves (the one in the api jar by default), read when
 *     the stub first needs it so that start-up can parse it while the HTTP server starts
 * @param port the HTTP port, 0 for any free one
 * @param bindAddress the address to listen on
 * @param maxJournalEntries how many requests WireMock's request journal keeps (oldest dropped)
 * @param maxJournalBytes how much the journal's requests and answers may weigh, roughly, in bytes
 *     (oldest dropped): with bodies up to {@code maxBodyBytes}, the entry count alone would let it
 *     keep a gigabyte
 * @param maxBodyBytes the largest request body the stub reads as JSON (larger ones get a 400)
 * @param maxDelayMillis the longest {@code Prefer: delay=} the stub honours
 * @param maxKeptViolations how many refused requests the stub keeps for reporting
 */
public record StubSettings(
    Supplier<ContractRuntime> contractSource,
    int port,
    String bindAddress,
    int maxJournalEntries,
    long maxJournalBytes,
    int maxBodyBytes,
    long maxDelayMillis,
    int maxKeptViolations) {

  /** The standalone stub's port. */
  public static final int DEFAULT_PORT = 8080;

  /** Loopback only: a stub is a test tool, not a service for the network. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  public static final int DEFAULT_MAX_JOURNAL_ENTRIES = 1000;

  /** 32 MiB: the last 1000 ordinary requests, or the last few dozen of the largest. */
  public static final long DEFAULT_MAX_JOURNAL_BYTES = 32L * 1024 * 1024;

  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final long DEFAULT_MAX_DELAY_MILLIS = 60_000;
  public static final int DEFAULT_MAX_KEPT_VIOLATIONS = 100;

  public StubSettings {
    Objects.requireNonNull(contractSource, "contractSource");
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0
        || maxJournalEntries < 0
        || maxJournalBytes < 0
        || maxBodyBytes < 0
        || maxDelayMillis < 0
        || maxKeptViolations < 0) {
      throw new IllegalArgumentException("Stub settings cannot be negative");
    }
  }

  /** The contract from the api jar, any free port on the loopback address, default bounds. */
  public static StubSettings defaults() {
    return new StubSettings(
        ContractRoutes.bundledSource(),
        0,
        DEFAULT_BIND_ADDRESS,
        DEFAULT_MAX_JOURNAL_ENTRIES,
        DEFAULT_MAX_JOURNAL_BYTES,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_DELAY_MILLIS,
        DEFAULT_MAX_KEPT_VIOLATIONS);
  }

  /** The contract the stub serves. */
  public ContractRuntime contract() {
    return contractSource.get();
  }

  public StubSettings withContract(ContractRuntime value) {
    Objects.requireNonNull(value, "contract");
    return new StubSettings(
        () -> value,
        port,
        bindAddress,
        maxJournalEntries,
        maxJournalBytes,
        maxBodyBytes,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withPort(int value) {
    return new StubSettings(
        contractSource,
        value,
        bindAddress,
        maxJournalEntries,
        maxJournalBytes,
        maxBodyBytes,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withBindAddress(String value) {
    return new StubSettings(
        contractSource,
        port,
        value,
        maxJournalEntries,
        maxJournalBytes,
        maxBodyBytes,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withMaxJournalEntries(int value) {
    return new StubSettings(
        contractSource,
        port,
        bindAddress,
        value,
        maxJournalBytes,
        maxBodyBytes,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withMaxJournalBytes(long value) {
    return new StubSettings(
        contractSource,
        port,
        bindAddress,
        maxJournalEntries,
        value,
        maxBodyBytes,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withMaxBodyBytes(int value) {
    return new StubSettings(
        contractSource,
        port,
        bindAddress,
        maxJournalEntries,
        maxJournalBytes,
        value,
        maxDelayMillis,
        maxKeptViolations);
  }

  public StubSettings withMaxDelayMillis(long value) {
    return new StubSettings(
        contractSource,
        port,
        bindAddress,
        maxJournalEntries,
        maxJournalBytes,
        maxBodyBytes,
        value,
        maxKeptViolations);
  }

  public StubSettings withMaxKeptViolations(int value) {
    return new StubSettings(
        contractSource,
        port,
        bindAddress,
        maxJournalEntries,
        maxJournalBytes,
        maxBodyBytes,
        maxDelayMillis,
        value);
  }
}
