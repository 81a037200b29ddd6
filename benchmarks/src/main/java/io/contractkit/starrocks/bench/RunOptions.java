package io.contractkit.starrocks.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The runner's options ({@code --name value}), with the defaults {@code benchmarks/run.sh} relies on. */
public final class RunOptions {

  private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("root", ".");
    DEFAULTS.put("out", "benchmarks/target/bench");
    DEFAULTS.put("stub-jar", "server-stub/stub/target/starrocks-sync-stub.jar");
    DEFAULTS.put("wiremock-jar", "benchmarks/target/tools/wiremock-standalone.jar");
    DEFAULTS.put("prism", "benchmarks/.tools/node_modules/.bin/prism");
    DEFAULTS.put("prism-version", "?");
    DEFAULTS.put("node", "node");
    DEFAULTS.put("wrk", "wrk");
    DEFAULTS.put("script", "benchmarks/put.lua");
    DEFAULTS.put("example", "seed_full_configuration");
    DEFAULTS.put("threads", "2");
    DEFAULTS.put("connections", "16");
    DEFAULTS.put("warmup", "15");
    DEFAULTS.put("duration", "12");
    DEFAULTS.put("rounds", "5");
    DEFAULTS.put("startup-runs", "7");
    DEFAULTS.put("soak-seconds", "180");
    DEFAULTS.put("sample-seconds", "5");
    DEFAULTS.put("after-seconds", "30");
    DEFAULTS.put("memory-heap", "256m");
    DEFAULTS.put("jmh-forks", "5");
    DEFAULTS.put("phases", "throughput,startup,memory,jmh");
  }

  private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);

  public static RunOptions parse(String[] args) {
    RunOptions options = new RunOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        // A smoke run: every phase, seconds instead of minutes; its numbers mean little.
        options.values.putAll(Map.of(
            "warmup", "2", "duration", "4", "rounds", "1", "startup-runs", "2", "soak-seconds", "20",
            "sample-seconds", "5", "after-seconds", "5", "jmh-forks", "1"));
        options.values.put("quick", "true");
        continue;
      }
      if (!arg.startsWith("--") || !DEFAULTS.containsKey(arg.substring(2)) || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unknown option or missing value: " + arg + "; options: --quick, --" + String.join(", --", DEFAULTS.keySet()));
      }
      options.values.put(arg.substring(2), args[++i]);
    }
    return options;
  }

  public String get(String name) {
    return values.get(name);
  }

  public int number(String name) {
    return Integer.parseInt(values.get(name));
  }

  /** A path option, relative to {@code --root}. */
  public Path path(String name) {
    return Path.of(values.get("root")).resolve(values.get(name)).normalize();
  }

  public boolean quick() {
    return values.containsKey("quick");
  }

  public Set<String> phases() {
    return Set.of(values.get("phases").split(","));
  }

  /** The options as given, for the report. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (String key : new String[] {"threads", "connections", "warmup", "duration", "rounds", "startup-runs", "soak-seconds", "memory-heap", "jmh-forks", "example"}) {
      out.append(key).append('=').append(values.get(key)).append(' ');
    }
    return out.toString().trim() + (quick() ? " (--quick)" : "");
  }
}
