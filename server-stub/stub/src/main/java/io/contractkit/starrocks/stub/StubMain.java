package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.Sanitized;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar starrocks-sync-stub.jar [--port 8080] [...]}: runs the stub until stopped and
 * prints its URL and the example names it serves.
 *
 * <p>The command line is picocli's: each option, its default (from {@link StubSettings}) and its
 * help are declared once below, and the usage text is rendered from them. Every problem (a bad
 * option, a port in use, an unreadable document) ends the program with one line on stderr that
 * names the problem and the fix, and a non-zero exit code; never a stack trace.
 */
@Command(
    name = "java -jar starrocks-sync-stub.jar",
    description =
        "Runs the contract-driven stub of the StarRocks data synchronization API until stopped (Ctrl+C).",
    sortOptions = false,
    usageHelpWidth = 100)
public final class StubMain implements Callable<Integer> {

  /** Exit code of a command line that cannot be used (picocli's, and the usual one). */
  static final int USAGE_ERROR = CommandLine.ExitCode.USAGE;

  /** Exit code of a stub that could not start. */
  static final int START_FAILURE = CommandLine.ExitCode.SOFTWARE;

  private static final long WARM_UP_DELAY_MILLIS = 1000;
  private static final int MAX_PORT = 65_535;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "<n>",
      defaultValue = "" + StubSettings.DEFAULT_PORT,
      description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(
      names = "--bind-address",
      paramLabel = "<address>",
      defaultValue = StubSettings.DEFAULT_BIND_ADDRESS,
      description =
          "address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
  String bindAddress;

  @Option(
      names = "--max-journal-entries",
      paramLabel = "<n>",
      defaultValue = "" + StubSettings.DEFAULT_MAX_JOURNAL_ENTRIES,
      description = "requests kept in WireMock's journal (default ${DEFAULT-VALUE}; 0 disables it)")
  int maxJournalEntries;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "<n>",
      defaultValue = "" + StubSettings.DEFAULT_MAX_BODY_BYTES,
      description = "largest request body accepted (default ${DEFAULT-VALUE})")
  int maxBodyBytes;

  @Option(
      names = "--max-delay-ms",
      paramLabel = "<n>",
      defaultValue = "" + StubSettings.DEFAULT_MAX_DELAY_MILLIS,
      description = "longest Prefer: delay honoured (default ${DEFAULT-VALUE})")
  long maxDelayMillis;

  @Option(
      names = "--contract",
      paramLabel = "<file>",
      description = "OpenAPI document to serve, YAML or JSON (default: the one in the jar)")
  Path contract;

  @Option(names = "--verbose", description = "log every request and its answer, credentials masked")
  boolean verbose;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean help;

  public static void main(String[] args) {
    // Start-up is a tracked figure: the shipped contract is parsed and its quick checks compiled
    // on a second core while the command line is read (picocli costs ~150 ms of class loading,
    // measured) and Jetty starts; the same once-per-JVM runtime is used when the options are known.
    if (Arrays.stream(args)
        .noneMatch(
            arg -> arg.startsWith("--contract") || arg.startsWith("--help") || arg.equals("-h"))) {
      background(
          "contract-parse-early",
          () -> {
            try {
              ContractRuntime.bundled().validator();
            } catch (RuntimeException e) {
              // Reported in one line by the start itself, which asks for the same contract.
            }
          });
    }
    int exit = run(args, System.out, System.err);
    // A started stub keeps the JVM alive through its server threads; anything else ends here.
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * Parses the command line and starts the stub; the exit code, 0 when it runs (or after --help).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine command = commandLine(new StubMain());
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    command.setParameterExceptionHandler(
        (problem, ignored) -> {
          err.println(firstLine(problem.getMessage()) + "; run with --help to see the options");
          return USAGE_ERROR;
        });
    command.setExecutionExceptionHandler(
        (problem, ignored, result) -> {
          err.println(startFailure(problem, command.getCommand()));
          return START_FAILURE;
        });
    return command.execute(args);
  }

  static CommandLine commandLine(StubMain main) {
    return new CommandLine(main)
        .setOptionsCaseInsensitive(true)
        .setUsageHelpLongOptionsMaxWidth(32);
  }

  /** The settings the options ask for (after parsing; validated). */
  StubSettings settings() {
    check(
        port <= MAX_PORT,
        "--port must be 0 to " + MAX_PORT + ", not " + port + " (0 picks a free one)");
    check(
        maxJournalEntries >= 0,
        "--max-journal-entries must be 0 or more, not "
            + maxJournalEntries
            + " (0 disables the journal)");
    check(maxBodyBytes >= 0, "--max-body-bytes must be 0 or more, not " + maxBodyBytes);
    check(maxDelayMillis >= 0, "--max-delay-ms must be 0 or more, not " + maxDelayMillis);
    check(port >= 0, "--port must be 0 to " + MAX_PORT + ", not " + port + " (0 picks a free one)");
    check(
        !bindAddress.isBlank(),
        "--bind-address needs an address, such as " + StubSettings.DEFAULT_BIND_ADDRESS);
    StubSettings settings =
        StubSettings.defaults()
            .withPort(port)
            .withBindAddress(bindAddress)
            .withMaxJournalEntries(maxJournalEntries)
            .withMaxBodyBytes(maxBodyBytes)
            .withMaxDelayMillis(maxDelayMillis);
    return contract == null ? settings : settings.withContract(readContract(contract));
  }

  private void check(boolean condition, String problem) {
    if (!condition) {
      throw new ParameterException(spec.commandLine(), problem);
    }
  }

  @Override
  public Integer call() {
    StubSettings settings = settings();
    // On a second core while WireMock starts (it needs only the routes): parse the contract and
    // compile its quick checks, all that a first valid request needs.
    background("contract-parse", () -> settings.contract().validator());
    StarRocksSyncStub stub =
        StarRocksSyncStub.start(settings, new ConsoleNotifier(verbose), verbose);
    // Then, a moment later, the validator's JSON Schema engine, needed only by requests the quick
    // checks are not sure of (such a request builds it itself if it comes first): loaded at once,
    // it would compete on a two-core machine with the start and the first request.
    background(
        "contract-warm-up",
        () -> {
          try {
            Thread.sleep(WARM_UP_DELAY_MILLIS);
          } catch (InterruptedException e) {
            return;
          }
          settings.contract().warmUp();
        });
    Runtime.getRuntime().addShutdownHook(new Thread(stub::stop, "stub-shutdown"));
    describe(stub, settings.contract(), System.out);
    return 0;
  }

  private static ContractRuntime readContract(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new StartupProblem(
          "Cannot read the OpenAPI document "
              + file
              + " ("
              + describe(e)
              + "); give a readable YAML or JSON file with --contract <file>");
    }
    try {
      return ContractRuntime.parse(text);
    } catch (RuntimeException e) {
      throw new StartupProblem(
          "Cannot serve the OpenAPI document "
              + file
              + ": "
              + describe(e)
              + "; fix the document, or leave out --contract to serve the one in the jar");
    }
  }

  /** The one line printed when the stub cannot start: the problem and the fix. */
  static String startFailure(Exception problem, StubMain options) {
    if (problem instanceof StartupProblem startup) {
      return startup.getMessage();
    }
    for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        String reason = String.valueOf(bind.getMessage());
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
          return "Port "
              + options.port
              + " is already in use on "
              + options.bindAddress
              + "; choose another with --port <n> (0 picks a free one)";
        }
        return "Cannot listen on "
            + options.bindAddress
            + " port "
            + options.port
            + " ("
            + Sanitized.of(reason, 200)
            + "); give an address of this machine with --bind-address <address>";
      }
      if (cause instanceof UnresolvedAddressException) {
        return "Cannot listen on "
            + Sanitized.of(options.bindAddress, 200)
            + ": no such address on this machine; give one with --bind-address <address> (default "
            + StubSettings.DEFAULT_BIND_ADDRESS
            + ")";
      }
    }
    return "The stub could not start: "
        + describe(problem)
        + "; run with --help to check the options";
  }

  /** The innermost cause, on one line: its type and message. */
  private static String describe(Throwable problem) {
    Throwable root = problem;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return Sanitized.of(root.getClass().getSimpleName() + message, 300);
  }

  private static String firstLine(String message) {
    String text = message == null ? "Cannot read the command line" : message.strip();
    int newline = text.indexOf('\n');
    return Sanitized.of(newline < 0 ? text : text.substring(0, newline).strip(), 300);
  }

  private static void background(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  static void describe(StarRocksSyncStub stub, ContractRuntime contract, PrintStream out) {
    out.println("StarRocks sync stub listening on " + stub.baseUrl());
    for (ApiOperation operation : contract.operations()) {
      out.println("  " + operation.method() + " " + stub.baseUrl() + operation.path());
      List<String> names = new ArrayList<>();
      for (ResponseExample example : operation.examples()) {
        names.add(example.name() + " (" + example.status() + ")");
      }
      out.println("    Prefer: example=<name>  " + String.join(", ", names));
    }
    out.println(
        "  Prefer: code=<status>, delay=<ms>, fault=<"
            + String.join("|", StubFaults.names())
            + ">");
    out.println("Stop with Ctrl+C.");
    out.flush();
  }

  /** A start-up problem whose message already says what is wrong and how to fix it. */
  static final class StartupProblem extends RuntimeException {
    StartupProblem(String message) {
      super(message, null, false, false);
    }
  }
}
