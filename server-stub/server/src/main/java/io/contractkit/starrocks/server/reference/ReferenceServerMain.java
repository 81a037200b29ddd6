package io.contractkit.starrocks.server.reference;

import io.contractkit.starrocks.runtime.ContractRuntime;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code java -jar starrocks-sync-server-standalone.jar [--port 8081]}: runs the reference
 * implementation on the loopback address until stopped, and prints its URL.
 *
 * <p>It exists so that tools outside the JVM (Schemathesis in {@code .ci/run}, curl) can judge the
 * reference implementation as they judge the stub. One option only, so the command line is read by
 * hand: no parser library is on this module's class path, and the stub's (jopt-simple, through
 * WireMock) is not a dependency of the server. A bad command line or a port in use ends the program
 * with one line on stderr and a non-zero exit code (2 and 1, as the stub's), never a stack trace.
 */
public final class ReferenceServerMain {

  /** Exit code of a command line that cannot be used. */
  static final int USAGE_ERROR = 2;

  /** Exit code of a server that could not start. */
  static final int START_FAILURE = 1;

  /** The stub's default is 8080; the server takes the next port so both can run side by side. */
  static final int DEFAULT_PORT = 8081;

  private static final int MAX_PORT = 65_535;
  private static final String USAGE =
      "Usage: java -jar starrocks-sync-server-standalone.jar [--port <n>]\n"
          + "Runs the reference implementation of the StarRocks data synchronization API on"
          + " 127.0.0.1 until stopped (Ctrl+C).\n"
          + "  --port <n>  HTTP port (default "
          + DEFAULT_PORT
          + "); 0 picks a free one\n"
          + "  --help      this text\n";

  private ReferenceServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    Launch launch = start(args, System.out, System.err);
    if (launch.server().isEmpty()) {
      System.exit(launch.exitCode());
    }
    ReferenceServer server = launch.server().get();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "reference-shutdown"));
    Thread.currentThread().join(); // the worker threads are daemons: the main thread keeps it up
  }

  /** A started server, or none and the exit code that says why (0 after {@code --help}). */
  record Launch(Optional<ReferenceServer> server, int exitCode) {
    static Launch ended(int exitCode) {
      return new Launch(Optional.empty(), exitCode);
    }
  }

  /** Reads the command line and starts the server, printing its URL. */
  static Launch start(String[] args, PrintStream out, PrintStream err) {
    Integer port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(USAGE);
        return Launch.ended(0);
      } else if (arg.equals("--port") && i + 1 < args.length) {
        port = port(args[++i]);
      } else if (arg.startsWith("--port=")) {
        port = port(arg.substring("--port=".length()));
      } else {
        err.println(
            (arg.equals("--port")
                    ? "Option '--port' needs a value"
                    : "Unknown option: '" + arg + "'")
                + "; run with --help to see the options");
        return Launch.ended(USAGE_ERROR);
      }
      if (port == null) {
        err.println(
            "Invalid value for option '--port': '"
                + args[i].replaceFirst("^--port=", "")
                + "' is not a port from 0 to "
                + MAX_PORT
                + "; run with --help to see the options");
        return Launch.ended(USAGE_ERROR);
      }
    }
    ReferenceServer server;
    try {
      server = ReferenceServer.start(ContractRuntime.bundled(), port);
    } catch (RuntimeException problem) {
      err.println(
          "The reference server could not start on 127.0.0.1:"
              + port
              + " ("
              + rootCause(problem)
              + "); choose another port with --port <n> (0 picks a free one)");
      return Launch.ended(START_FAILURE);
    }
    out.println("StarRocks sync reference server listening on " + server.baseUrl());
    out.println("Stop with Ctrl+C.");
    out.flush();
    return new Launch(Optional.of(server), 0);
  }

  private static Integer port(String value) {
    try {
      int port = Integer.parseInt(value);
      return port >= 0 && port <= MAX_PORT ? port : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String rootCause(Throwable problem) {
    Throwable cause = problem;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
