package com.example.consumer;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs {@link SyncConfigClientTest} in a JVM whose class path is what a consumer of the standalone
 * jar has: that jar, JUnit and AssertJ (see {@code StandaloneJarIT}).
 */
public final class ConsumerLauncher {

  private ConsumerLauncher() {}

  public static void main(String[] args) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(SyncConfigClientTest.class))
            .build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    summary.printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
    System.out.println(
        summary.getTestsSucceededCount()
            + " passed, "
            + summary.getTotalFailureCount()
            + " failed");
    System.exit(
        summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
  }
}
