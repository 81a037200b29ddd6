package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.HostileScenario;
import io.contractkit.starrocks.runtime.Sanitized;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import joptsimple.ArgumentAcceptingOptionSpec;
import joptsimple.BuiltinHelpFormatter;
import joptsimple.OptionDescriptor;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;

/**
 * {@code java -jar starrocks-sync-stub.jar [--port 8080] [...]}: runs the stub until stopped and
 * prints its URL and the example names it serves.
 *
 * <p>The command line is jopt-simple's (already on the class path through WireMock, and much
 * lighter to load than an annotation-driven parser; start-up is a tracked figure): each option, its
 * default (from {@link StubSettings}) and its help are declared once in {@link Options}, and the
 * usage text is rendered from them. Every problem (a bad option, a port in use, an unreadable
 * document) ends the program with one line on stderr that names the problem and the fix, and a
 * non-zero exit code; never a stack trace.
 */
public final class StubMain {

  /** Exit code of a command line that cannot be used (the usual one). */
  static final int USAGE_ERROR = 2;

  /** Exit code of a stub that could not start. */
  static final int START_FAILURE = 1;

  private static final String COMMAND = "java -jar starrocks-sync-stub.jar";
  private static final String DESCRIPTION =
      "Runs the contract-driven stub of the StarRocks data synchronization API until stopped"
          + " (Ctrl+C).";
  private static final int USAGE_WIDTH = 100;
  private static final long WARM_UP_DELAY_MILLIS = 1000;
  private static final int MAX_PORT = 65_535;

  int port;
  String bindAddress;
  int maxJournalEntries;
  long maxJournalBytes;
  int maxBodyBytes;
  long maxDelayMillis;
  Path contract;
  boolean verbose;
  boolean help;

  private StubMain() {}

  public static void main(String[] args) {
    // Start-up is a tracked figure: the shipped contract is parsed and its quick checks compiled
    // on a second core while the command line is read and Jetty starts; the same once-per-JVM
    // runtime is used when the options are known.
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
    if (!helpAsked(args)) {
      StartupWarmUp.start();
    }
    int exit = run(args, System.out, System.err);
    // A started stub keeps the JVM alive through its server threads; anything else ends here.
    if (exit != 0) {
      System.exit(exit);
    }
  }

  private static boolean helpAsked(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the command line and starts the stub; the exit code, 0 when it runs (or after --help).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    StubMain options;
    try {
      options = parse(args);
      if (options.help) {
        out.print(usage());
        out.flush();
        return 0;
      }
    } catch (UsageProblem problem) {
      return usageError(problem, err);
    }
    try {
      return options.start();
    } catch (UsageProblem problem) {
      return usageError(problem, err);
    } catch (RuntimeException problem) {
      err.println(startFailure(problem, options));
      return START_FAILURE;
    }
  }

  private static int usageError(UsageProblem problem, PrintStream err) {
    err.println(firstLine(problem.getMessage()) + "; run with --help to see the options");
    return USAGE_ERROR;
  }

  /**
   * The options of a command line (each given at most once, numbers converted; their ranges are
   * checked by {@link #settings()}).
   *
   * @throws UsageProblem if the command line cannot be used
   */
  static StubMain parse(String... args) {
    return new Options().parse(args);
  }

  /** The usage text {@code --help} prints: the options, their defaults and what they do. */
  static String usage() {
    return new Options().usage();
  }

  /** The settings the options ask for (after parsing; validated). */
  StubSettings settings() {
    // Each message is built only when its check fails: a string concatenation's first run costs
    // the JVM a method-handle bootstrap (~9 ms for these on the start's critical path).
    if (port > MAX_PORT) {
      throw new UsageProblem(
          "--port must be 0 to " + MAX_PORT + ", not " + port + " (0 picks a free one)");
    }
    if (maxJournalEntries < 0) {
      throw new UsageProblem(
          "--max-journal-entries must be 0 or more, not "
              + maxJournalEntries
              + " (0 disables the journal)");
    }
    if (maxJournalBytes < 0) {
      throw new UsageProblem("--max-journal-bytes must be 0 or more, not " + maxJournalBytes);
    }
    if (maxBodyBytes < 0) {
      throw new UsageProblem("--max-body-bytes must be 0 or more, not " + maxBodyBytes);
    }
    if (maxDelayMillis < 0) {
      throw new UsageProblem("--max-delay-ms must be 0 or more, not " + maxDelayMillis);
    }
    if (port < 0) {
      throw new UsageProblem(
          "--port must be 0 to " + MAX_PORT + ", not " + port + " (0 picks a free one)");
    }
    if (bindAddress.isBlank()) {
      throw new UsageProblem(
          "--bind-address needs an address, such as " + StubSettings.DEFAULT_BIND_ADDRESS);
    }
    StubSettings settings =
        StubSettings.defaults()
            .withPort(port)
            .withBindAddress(bindAddress)
            .withMaxJournalEntries(maxJournalEntries)
            .withMaxJournalBytes(maxJournalBytes)
            .withMaxBodyBytes(maxBodyBytes)
            .withMaxDelayMillis(maxDelayMillis);
    return contract == null ? settings : settings.withContract(readContract(contract));
  }

  private int start() {
    StubSettings settings = settings();
    // On a second core while WireMock starts (it needs only the routes): parse the contract and
    // compile its quick checks, all that a first valid request needs, then run a request through
    // them (FirstAnswerWarmUp).
    background(
        "contract-parse",
        () -> {
          settings.contract().validator();
          FirstAnswerWarmUp.run(settings);
        });
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

  /**
   * The command line's definition: every option, its value's label, its default and its help, once;
   * the parsed values and the usage text both come from it.
   */
  private static final class Options {
    private final OptionParser parser = new OptionParser(false); // no abbreviated options
    private final List<OptionSpec<?>> declared = new ArrayList<>();

    private final OptionSpec<String> port =
        valued("port", "<n>", "HTTP port; 0 picks a free one", "" + StubSettings.DEFAULT_PORT);
    private final OptionSpec<String> bindAddress =
        valued(
            "bind-address",
            "<address>",
            "address to listen on: this machine only by default; 0.0.0.0 for every interface",
            StubSettings.DEFAULT_BIND_ADDRESS);
    private final OptionSpec<String> maxJournalEntries =
        valued(
            "max-journal-entries",
            "<n>",
            "requests kept in WireMock's journal; 0 disables it",
            "" + StubSettings.DEFAULT_MAX_JOURNAL_ENTRIES);
    private final OptionSpec<String> maxJournalBytes =
        valued(
            "max-journal-bytes",
            "<n>",
            "how much the journal's requests and answers may weigh; the oldest leave first",
            "" + StubSettings.DEFAULT_MAX_JOURNAL_BYTES);
    private final OptionSpec<String> maxBodyBytes =
        valued(
            "max-body-bytes",
            "<n>",
            "largest request body accepted",
            "" + StubSettings.DEFAULT_MAX_BODY_BYTES);
    private final OptionSpec<String> maxDelayMillis =
        valued(
            "max-delay-ms",
            "<n>",
            "longest Prefer: delay honoured",
            "" + StubSettings.DEFAULT_MAX_DELAY_MILLIS);
    private final OptionSpec<String> contract =
        valued(
            "contract",
            "<file>",
            "OpenAPI document to serve, YAML or JSON (default: the one in the jar)",
            null);
    private final OptionSpec<Void> verbose =
        declare(parser.accepts("verbose", "log every request and its answer, credentials masked"));
    private final OptionSpec<Void> help =
        declare(parser.acceptsAll(List.of("h", "help"), "this text").forHelp());

    Options() {
      // Unknown options and stray arguments are collected and reported together, in one line.
      parser.allowsUnrecognizedOptions();
      parser.formatHelpWith(new Usage());
    }

    /** An option with a value, labelled like {@code <n>}; the default is shown in the help. */
    private OptionSpec<String> valued(
        String name, String label, String description, String defaultValue) {
      // The label's brackets are the help formatter's; it renders "--port <n>".
      ArgumentAcceptingOptionSpec<String> spec =
          parser
              .accepts(name, description)
              .withRequiredArg()
              .describedAs(label.substring(1, label.length() - 1));
      return declare(defaultValue == null ? spec : spec.defaultsTo(defaultValue));
    }

    private <T> OptionSpec<T> declare(OptionSpec<T> spec) {
      declared.add(spec);
      return spec;
    }

    StubMain parse(String... args) {
      OptionSet set;
      try {
        set = parser.parse(caseInsensitive(args));
      } catch (OptionException e) {
        // Unknown options are collected, not thrown, and values are converted below: what is left
        // is an option given last without its value (or an unknown letter in a cluster like -hx).
        String name = e.options().isEmpty() ? "" : e.options().iterator().next();
        OptionSpec<?> spec = parser.recognizedOptions().get(name);
        if (spec instanceof OptionDescriptor option && option.requiresArgument()) {
          throw new UsageProblem(
              "Missing required parameter for option '--" + name + "' (" + label(name) + ")");
        }
        throw new UsageProblem("Unknown option: '-" + name + "'");
      }
      List<?> unmatched = set.nonOptionArguments();
      if (!unmatched.isEmpty()) {
        throw new UsageProblem(unmatched(unmatched));
      }
      for (OptionSpec<?> spec : declared) {
        if (set.valuesOf(spec).size() > 1) {
          String name = spec.options().iterator().next();
          throw new UsageProblem(
              "option '--" + name + "' (" + label(name) + ") should be specified only once");
        }
      }
      StubMain main = new StubMain();
      main.port = toInt(set, port);
      main.bindAddress = set.valueOf(bindAddress);
      main.maxJournalEntries = toInt(set, maxJournalEntries);
      main.maxJournalBytes = toLong(set, maxJournalBytes);
      main.maxBodyBytes = toInt(set, maxBodyBytes);
      main.maxDelayMillis = toLong(set, maxDelayMillis);
      main.contract = set.has(contract) ? Path.of(set.valueOf(contract)) : null;
      main.verbose = set.has(verbose);
      main.help = set.has(help);
      return main;
    }

    /** Option names are matched whatever their case ({@code --PORT} is {@code --port}). */
    private String[] caseInsensitive(String[] args) {
      String[] normalized = args.clone();
      for (int i = 0; i < normalized.length; i++) {
        String arg = normalized[i];
        if (arg.equals("--")) {
          break;
        }
        if (arg.startsWith("-")) {
          int equals = arg.indexOf('=');
          String name = equals < 0 ? arg : arg.substring(0, equals);
          String lower = name.toLowerCase(Locale.ROOT);
          if (!lower.equals(name)
              && parser.recognizedOptions().containsKey(lower.replaceFirst("^--?", ""))) {
            normalized[i] = lower + (equals < 0 ? "" : arg.substring(equals));
          }
        }
      }
      return normalized;
    }

    private static String unmatched(List<?> arguments) {
      StringBuilder quoted = new StringBuilder();
      boolean option = false;
      for (Object argument : arguments) {
        quoted.append(quoted.length() == 0 ? "" : ", ").append('\'').append(argument).append('\'');
        option |= String.valueOf(argument).startsWith("-");
      }
      boolean one = arguments.size() == 1;
      if (option) {
        return (one ? "Unknown option: " : "Unknown options: ") + quoted;
      }
      return (one ? "Unmatched argument at index 0: " : "Unmatched arguments from index 0: ")
          + quoted;
    }

    private String label(String name) {
      return "<"
          + ((OptionDescriptor) parser.recognizedOptions().get(name)).argumentDescription()
          + ">";
    }

    private static int toInt(OptionSet set, OptionSpec<String> spec) {
      String value = set.valueOf(spec);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw invalid(spec, value, "an int");
      }
    }

    private static long toLong(OptionSet set, OptionSpec<String> spec) {
      String value = set.valueOf(spec);
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw invalid(spec, value, "a long");
      }
    }

    private static UsageProblem invalid(OptionSpec<?> spec, String value, String type) {
      return new UsageProblem(
          "Invalid value for option '--"
              + spec.options().iterator().next()
              + "': '"
              + value
              + "' is not "
              + type);
    }

    String usage() {
      StringBuilder text = new StringBuilder("Usage: ").append(COMMAND).append(" [options]\n");
      text.append(DESCRIPTION).append("\n\n");
      try {
        java.io.StringWriter help = new java.io.StringWriter();
        parser.printHelpOn(help);
        // Its rows are padded to the full width; the lines end with their text.
        text.append(help.toString().replaceAll("(?m)[ \\t]+$", ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }

    /**
     * jopt-simple's help formatter, with the options in the order declared above (not sorted), each
     * default shown as "(default 8080)", and its few headings given here: in the standalone jar
     * jopt-simple is relocated, and its message bundle's keys (class names) are not.
     */
    private final class Usage extends BuiltinHelpFormatter {
      private static final Map<String, String> HEADINGS =
          Map.of(
              "option.header", "Option",
              "option.divider", "------",
              "option.header.with.required.indicator", "Option (* = required)",
              "option.divider.with.required.indicator", "---------------------",
              "description.header", "Description",
              "description.divider", "-----------",
              "default.value.header", "default",
              "non.option.arguments.header", "Non-option arguments:",
              "no.options.specified", "No options specified");

      Usage() {
        super(USAGE_WIDTH, 2);
      }

      @Override
      public String format(Map<String, ? extends OptionDescriptor> options) {
        List<OptionDescriptor> ordered =
            new ArrayList<>(options.values().stream().distinct().toList());
        ordered.sort(Comparator.comparingInt(declared::indexOf));
        addRows(ordered);
        return formattedHelpOutput();
      }

      /** Every value is a string converted by {@link Options#parse}: "--port <n>". */
      @Override
      protected String extractTypeIndicator(OptionDescriptor descriptor) {
        return null;
      }

      @Override
      protected String message(String keySuffix, Object... args) {
        return HEADINGS.getOrDefault(keySuffix, keySuffix);
      }
    }
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
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
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
    out.println("  Prefer: hostile=<" + String.join("|", HostileScenario.names()) + ">");
    out.println("Stop with Ctrl+C.");
    out.flush();
  }

  /** A command line that cannot be used; its message says why, in one line. */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** A start-up problem whose message already says what is wrong and how to fix it. */
  static final class StartupProblem extends RuntimeException {
    StartupProblem(String message) {
      super(message, null, false, false);
    }
  }
}
