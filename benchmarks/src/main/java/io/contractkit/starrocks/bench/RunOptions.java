package io.contractkit.starrocks.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The runner's options ({@code --name value}), parsed by picocli (as the stub's command line is),
 * with each default written once, here: the usage text is derived from these definitions.
 */
public final class RunOptions {

  /** Name, default and description of every option taking a value. */
  private static final String[][] OPTIONS = {
    {"root", ".", "the repository root; the paths below are relative to it"},
    {"out", "benchmarks/target/bench", "where REPORT.md, the logs and the chart go"},
    {"stub-jar", "server-stub/stub/target/starrocks-sync-stub.jar", "the stub's standalone jar"},
    {
      "wiremock-jar",
      "benchmarks/target/tools/wiremock-standalone.jar",
      "plain WireMock's standalone jar"
    },
    {"prism", "benchmarks/.tools/node_modules/.bin/prism", "Prism's command"},
    {"prism-version", "?", "Prism's version, for the report"},
    {"node", "node", "Node.js, for the report's machine description"},
    {"wrk", "wrk", "the load generator"},
    {"script", "benchmarks/put.lua", "wrk's script that sends the request"},
    {"example", "", "the request example sent under load (empty: the document's first)"},
    {"threads", "2", "wrk threads"},
    {"connections", "16", "wrk connections"},
    {
      "warmup",
      "30",
      "seconds of load before each contender's rounds (JIT compilation of the JVM contenders went on to ~20 s on 2 shared cores)"
    },
    {"duration", "12", "seconds per round"},
    {"rounds", "5", "interleaved rounds"},
    {"startup-runs", "7", "process starts per contender"},
    {"soak-seconds", "180", "seconds of load in the memory phase"},
    {"sample-seconds", "5", "seconds between RSS samples"},
    {"after-seconds", "30", "seconds of sampling after the load"},
    {"memory-heap", "256m", "the fixed heap of the memory phase"},
    {"mixed-script", "benchmarks/mixed.lua", "wrk's script of the invalid and mixed loads"},
    {"invalid-every", "4", "in the mixed load, one request in this many breaks the contract"},
    {"mixed-connections", "64", "wrk connections of the mixed load"},
    {
      "mixed-seconds",
      "60",
      "seconds of the mixed load on the stub with default settings (the issue's long run: 600)"
    },
    {"fuzz-requests", "10000", "fuzzed requests of the memory-under-fuzz phase"},
    {"fuzz-seed", "", "the fuzz phase's seed (empty: a new one, printed)"},
    {"jmh-forks", "5", "JMH forks of the start-up benchmark"},
    {"phases", "throughput,startup,mixed,fuzz,memory,jmh", "which phases to run"},
  };

  /**
   * What {@code --quick} changes, unless the option is given as well: seconds instead of minutes.
   */
  private static final Map<String, String> QUICK =
      Map.of(
          "warmup",
          "2",
          "duration",
          "4",
          "rounds",
          "1",
          "startup-runs",
          "2",
          "soak-seconds",
          "20",
          "sample-seconds",
          "5",
          "after-seconds",
          "5",
          "jmh-forks",
          "1",
          "mixed-seconds",
          "10",
          "fuzz-requests",
          "500");

  private final Map<String, String> values = new LinkedHashMap<>();
  private boolean quick;

  private RunOptions() {}

  /**
   * The command line's definition: one option per row of {@link #OPTIONS}, plus {@code --quick}.
   */
  static CommandLine commandLine() {
    CommandSpec spec = CommandSpec.create().name("benchmarks/run.sh");
    spec.usageMessage().description("The stub beside plain WireMock and Prism, in one run.");
    for (String[] option : OPTIONS) {
      spec.addOption(
          OptionSpec.builder("--" + option[0])
              .paramLabel("<value>")
              .type(String.class)
              .defaultValue(option[1])
              .description(option[2] + " (default: ${DEFAULT-VALUE})")
              .build());
    }
    spec.addOption(
        OptionSpec.builder("--quick")
            .arity("0")
            .description("a smoke run of every phase in seconds; its numbers mean little")
            .build());
    return new CommandLine(spec);
  }

  /**
   * @throws IllegalArgumentException naming the option and listing the others, with the usage
   */
  public static RunOptions parse(String[] args) {
    CommandLine commandLine = commandLine();
    ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(
          e.getMessage() + System.lineSeparator() + commandLine.getUsageMessage());
    }
    RunOptions options = new RunOptions();
    options.quick = parsed.hasMatchedOption("--quick");
    for (String[] option : OPTIONS) {
      String name = option[0];
      boolean given = parsed.hasMatchedOption("--" + name);
      options.values.put(
          name,
          options.quick && !given && QUICK.containsKey(name)
              ? QUICK.get(name)
              : parsed.matchedOptionValue("--" + name, option[1]));
    }
    if (options.values.get("example").isEmpty()) {
      options.values.put("example", BenchRequest.firstExampleName());
    }
    return options;
  }

  public String get(String name) {
    return values.get(name);
  }

  public int number(String name) {
    String value = values.get(name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a whole number, not " + value);
    }
  }

  /** A path option, relative to {@code --root}. */
  public Path path(String name) {
    return Path.of(values.get("root")).resolve(values.get(name)).normalize();
  }

  public boolean quick() {
    return quick;
  }

  public Set<String> phases() {
    return Set.of(values.get("phases").split(","));
  }

  /** The options as given, for the report. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (String key :
        new String[] {
          "threads",
          "connections",
          "warmup",
          "duration",
          "rounds",
          "startup-runs",
          "soak-seconds",
          "memory-heap",
          "mixed-seconds",
          "fuzz-requests",
          "jmh-forks",
          "example"
        }) {
      out.append(key).append('=').append(values.get(key)).append(' ');
    }
    return out.toString().trim() + (quick() ? " (--quick)" : "");
  }
}
