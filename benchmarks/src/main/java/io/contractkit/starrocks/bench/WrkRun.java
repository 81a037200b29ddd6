package io.contractkit.starrocks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of wrk with the benchmark's script, and what it measured. */
public record WrkRun(
    long requests,
    double seconds,
    double rps,
    double p50Millis,
    double p90Millis,
    double p99Millis,
    double maxMillis,
    long errors,
    long refused) {

  private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");

  /** How wrk is run: binary, script, request directory, threads and connections. */
  public record Settings(
      String wrk,
      Path script,
      Path requestDir,
      int threads,
      int connections,
      Map<String, String> environment) {

    public Settings(String wrk, Path script, Path requestDir, int threads, int connections) {
      this(wrk, script, requestDir, threads, connections, Map.of());
    }

    /** The same load with another script and more of its environment (mixed.lua's). */
    Settings with(Path otherScript, int otherConnections, Map<String, String> more) {
      Map<String, String> all = new HashMap<>(environment);
      all.putAll(more);
      return new Settings(wrk, otherScript, requestDir, threads, otherConnections, all);
    }

    String describe(int seconds) {
      return "wrk -t"
          + threads
          + " -c"
          + connections
          + " -d"
          + seconds
          + "s -s "
          + script.getFileName();
    }
  }

  public static WrkRun run(Settings settings, int port, int seconds)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                settings.wrk(),
                "-t" + settings.threads(),
                "-c" + settings.connections(),
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                settings.script().toAbsolutePath().toString(),
                "http://127.0.0.1:" + port));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .put("BENCH_REQUEST_DIR", settings.requestDir().toAbsolutePath().toString());
    builder.environment().putAll(settings.environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    String line = output.lines().filter(l -> l.startsWith("WRK_RESULT")).findFirst().orElse(null);
    if (exit != 0 || line == null) {
      throw new IOException("wrk failed (exit " + exit + "):\n" + output);
    }
    Map<String, Double> fields = new HashMap<>();
    Matcher m = FIELD.matcher(line);
    while (m.find()) {
      fields.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    long errors = 0;
    for (String key :
        List.of(
            "errors_status", "errors_connect", "errors_read", "errors_write", "errors_timeout")) {
      errors += fields.get(key).longValue();
    }
    return new WrkRun(
        fields.get("requests").longValue(),
        fields.get("seconds"),
        fields.get("rps"),
        fields.get("p50_ms"),
        fields.get("p90_ms"),
        fields.get("p99_ms"),
        fields.get("max_ms"),
        errors,
        fields.getOrDefault("refused", 0.0).longValue());
  }
}
