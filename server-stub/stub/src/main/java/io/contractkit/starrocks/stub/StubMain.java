package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.contractkit.starrocks.stub.contract.Contract;
import io.contractkit.starrocks.stub.contract.ContractOperation;
import io.contractkit.starrocks.stub.contract.DocumentedExample;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar starrocks-sync-stub.jar [--port 8080] [...]}: runs the stub until stopped and
 * prints its URL and the example names it serves.
 */
public final class StubMain {

  private static final long WARM_UP_DELAY_MILLIS = 1000;

  private StubMain() {}

  public static void main(String[] args) {
    StubSettings settings;
    boolean verbose;
    try {
      Options options = Options.parse(args);
      if (options.help) {
        usage(System.out);
        return;
      }
      settings = options.settings;
      verbose = options.verbose;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      usage(System.err);
      System.exit(2);
      return;
    }
    // On a second core while WireMock starts (it needs only the routes): parse the contract and
    // compile its quick checks, all that a first valid request needs.
    StubSettings chosen = settings;
    background("contract-parse", () -> chosen.contract().validator());
    StarRocksSyncStub stub = StarRocksSyncStub.start(settings, new ConsoleNotifier(verbose), verbose);
    // Then, a moment later, the validator's JSON Schema engine, needed only by requests the quick
    // checks are not sure of (such a request builds it itself if it comes first): loaded at once,
    // it would compete on a two-core machine with the start and the first request.
    background("contract-warm-up", () -> {
      try {
        Thread.sleep(WARM_UP_DELAY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      chosen.contract().warmUp();
    });
    Runtime.getRuntime().addShutdownHook(new Thread(stub::stop, "stub-shutdown"));
    describe(stub, settings.contract(), System.out);
  }

  private static void background(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  static void describe(StarRocksSyncStub stub, Contract contract, PrintStream out) {
    out.println("StarRocks sync stub listening on " + stub.baseUrl());
    for (ContractOperation operation : contract.operations()) {
      out.println("  " + operation.method() + " " + stub.baseUrl() + operation.path());
      List<String> names = new ArrayList<>();
      for (DocumentedExample example : operation.examples().all()) {
        names.add(example.name() + " (" + example.status() + ")");
      }
      out.println("    Prefer: example=<name>  " + String.join(", ", names));
    }
    out.println("  Prefer: code=<status>, delay=<ms>, fault=<" + String.join("|", StubFaults.names()) + ">");
    out.println("Stop with Ctrl+C.");
    out.flush();
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        Usage: java -jar starrocks-sync-stub.jar [options]
          --port <n>                 HTTP port (default 8080; 0 for any free port)
          --bind-address <address>   address to listen on (default 0.0.0.0)
          --max-journal-entries <n>  requests kept in WireMock's journal (default 1000; 0 disables it)
          --max-body-bytes <n>       largest request body accepted (default 1048576)
          --max-delay-ms <n>         longest Prefer: delay honoured (default 60000)
          --verbose                  log every request
          --help                     this text""");
  }

  private static final class Options {
    StubSettings settings =
        StubSettings.defaults().withPort(StubSettings.DEFAULT_PORT).withBindAddress("0.0.0.0");
    boolean verbose;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        switch (name.toLowerCase(Locale.ROOT)) {
          case "--help", "-h" -> options.help = true;
          case "--verbose" -> options.verbose = true;
          default -> {
            String value;
            if (arg.contains("=")) {
              value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
              value = args[++i];
            } else {
              throw new IllegalArgumentException("Option " + arg + " needs a value");
            }
            options.settings = apply(options.settings, name, value);
          }
        }
      }
      return options;
    }

    private static StubSettings apply(StubSettings settings, String name, String value) {
      try {
        return switch (name) {
          case "--port" -> settings.withPort(Integer.parseInt(value));
          case "--bind-address" -> settings.withBindAddress(value);
          case "--max-journal-entries" -> settings.withMaxJournalEntries(Integer.parseInt(value));
          case "--max-body-bytes" -> settings.withMaxBodyBytes(Integer.parseInt(value));
          case "--max-delay-ms" -> settings.withMaxDelayMillis(Long.parseLong(value));
          default -> throw new IllegalArgumentException("Unknown option " + name);
        };
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Option " + name + " needs a number, not " + value);
      }
    }
  }
}
