package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.runtime.ContractRuntime;

/** Runs the reference server with its request log, for a test that reads what it logs. */
public final class ReferenceServerLauncher {

  private ReferenceServerLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    ReferenceServer server = ReferenceServer.start(ContractRuntime.bundled(), 0, true);
    System.out.println("Reference server listening on " + server.baseUrl());
    System.out.flush();
    Thread.currentThread().join(); // until the test ends the process
  }
}
