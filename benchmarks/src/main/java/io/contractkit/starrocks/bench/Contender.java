package io.contractkit.starrocks.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * A server measured by the benchmark: how to start it on a port. {@code {port}} in the command is
 * replaced by the port.
 *
 * @param name the column name in the report
 * @param description how it runs, for the report
 * @param command the command line
 * @param logDir where its output goes
 */
public record Contender(String name, String description, List<String> command, Path logDir) {

  /** Starts it on a free port and waits for the first 200 to the benchmark request. */
  public RunningServer start(BenchRequest request, long timeoutMillis)
      throws IOException, InterruptedException {
    return RunningServer.start(this, freePort(), request, timeoutMillis);
  }

  /** The same contender with JVM options (for a Java command line: inserted after {@code java}). */
  public Contender withJvmOptions(List<String> options, String note) {
    List<String> changed = new java.util.ArrayList<>(command);
    changed.addAll(1, options);
    return new Contender(name, description + " " + note, changed, logDir);
  }

  List<String> commandFor(int port) {
    return command.stream().map(part -> part.replace("{port}", Integer.toString(port))).toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
