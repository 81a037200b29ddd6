package io.contractkit.starrocks.contract.targets;

/**
 * A server the provider-side suite is pointed at: the stub, the reference implementation of the
 * generated server interfaces, or any deployment given by URL.
 */
public interface ServerUnderTest extends AutoCloseable {

  String name();

  String baseUrl();

  /** Whether the server selects documented outcomes by Prism's {@code Prefer} header. */
  boolean honoursPrefer();

  @Override
  void close();
}
