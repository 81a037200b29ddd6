package io.contractkit.starrocks.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the whole benchmark ({@code benchmarks/run.sh} calls it) and writes {@code
 * benchmarks/target/bench/REPORT.md}:
 *
 * <ol>
 *   <li>throughput and latency of the stub (full validation), plain WireMock and Prism under the
 *       same wrk load, in interleaved rounds;
 *   <li>start-up, process start to first 200, interleaved;
 *   <li>resident memory of the stub and plain WireMock during and after minutes of load;
 *   <li>JMH: the in-JVM start of the stub and of a JUnit class with its extension, and the
 *       per-request cost of validation.
 * </ol>
 */
public final class BenchmarkRun {

  static final String STUB = "stub";
  static final String WIREMOCK = "WireMock";
  static final String PRISM = "Prism";
  static final String INVALID = " (invalid)";
  static final String STUB_INVALID = STUB + INVALID;
  static final String PRISM_INVALID = PRISM + INVALID;

  /** Answer headers that are the server's own, not part of the answer a mapping would copy. */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of(
          "transfer-encoding",
          "content-length",
          "date",
          "server",
          "vary",
          "connection",
          "keep-alive",
          "matched-stub-id",
          "matched-stub-name",
          "content-encoding");

  private final RunOptions options;
  private final Path out;
  private final Results results = new Results();

  private BenchmarkRun(RunOptions options) {
    this.options = options;
    this.out = options.path("out");
  }

  public static void main(String[] args) throws Exception {
    RunOptions options;
    try {
      options = RunOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new BenchmarkRun(options).run();
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    Path requestDir = out.resolve("request");
    BenchRequest request = BenchRequest.fromContract(options.get("example"));
    request.writeTo(requestDir);
    results.request = request;
    Path invalidDir = out.resolve("invalid-request");
    BenchRequest invalid = request.invalidVariant(options.get("example"));
    invalid.writeTo(invalidDir);
    results.invalidRequest = invalid;
    results.options = options;
    results.machine =
        Machine.describe(options.get("wrk"), options.get("node"), options.get("prism-version"));
    say(
        "Benchmark request: "
            + request.method()
            + " "
            + request.path()
            + " with the contract's example "
            + options.get("example")
            + " ("
            + request.body().length()
            + " bytes)");

    Contender stub =
        new Contender(
            STUB,
            "`java -jar server-stub/stub/target/starrocks-sync-stub.jar` (full validation, default settings: journal of 1000)",
            List.of(java(), "-jar", options.path("stub-jar").toString(), "--port", "{port}"),
            out.resolve("logs"));
    // The plain-WireMock mapping serves exactly the stub's answer to the benchmark request.
    PlainHttp.Answer stubAnswer;
    try (RunningServer first = stub.start(request, 60_000)) {
      stubAnswer = first.firstAnswer();
    }
    Path wiremockRoot = writeWireMockRoot(request, stubAnswer);
    Contender wiremock =
        new Contender(
            WIREMOCK,
            "plain WireMock "
                + version("wiremock.version")
                + " standalone, one static mapping with the same answer, `--no-request-journal`",
            List.of(
                java(),
                "-jar",
                options.path("wiremock-jar").toString(),
                "--port",
                "{port}",
                "--root-dir",
                wiremockRoot.toString(),
                "--no-request-journal",
                "--disable-banner"),
            out.resolve("logs"));
    Path document = extractDocument();
    Contender prism =
        new Contender(
            PRISM,
            "Prism "
                + options.get("prism-version")
                + " `prism mock` of the same document, `-v warn` (no per-request log lines)",
            List.of(
                options.path("prism").toString(),
                "mock",
                "-h",
                "127.0.0.1",
                "-p",
                "{port}",
                "-v",
                "warn",
                document.toString()),
            out.resolve("logs"));
    List<Contender> contenders = List.of(stub, wiremock, prism);
    results.contenders = contenders;

    Set<String> phases = options.phases();
    if (phases.contains("throughput")) {
      throughput(contenders, request, requestDir, invalidDir);
    }
    if (phases.contains("startup")) {
      startup(contenders, request);
    }
    if (phases.contains("mixed")) {
      mixed(stub, request, requestDir, invalidDir);
    }
    if (phases.contains("fuzz")) {
      results.fuzz =
          new FuzzRun(options.get("fuzz-seed"), options.number("fuzz-requests"), this::say)
              .run(stub, request);
    }
    if (phases.contains("memory")) {
      // The same heap bound for both JVMs: with the default (a quarter of RAM) the collector may
      // keep growing the heap for many minutes, which says nothing about what a server keeps.
      // Heap fixed and touched at start, so that the RSS shows what grows besides it (native
      // memory, threads, metaspace); what the heap keeps is measured as live objects.
      List<String> heap =
          List.of(
              "-Xms" + options.get("memory-heap"),
              "-Xmx" + options.get("memory-heap"),
              "-XX:+AlwaysPreTouch");
      results.memoryJvmOptions = String.join(" ", heap);
      memory(
          List.of(stub.withJvmOptions(heap, ""), wiremock.withJvmOptions(heap, "")),
          request,
          requestDir);
    }
    if (phases.contains("jmh")) {
      results.jmh =
          new JmhSuite(out, requestDir, options.number("jmh-forks"), options.quick())
              .run(this::say);
    }
    if (!results.load.isEmpty()) {
      Path chart = out.resolve(Chart.FILE_NAME);
      new Chart(results).writePng(chart);
      say("Chart: " + chart);
    }
    Path report = out.resolve("REPORT.md");
    String markdown = new Report(results).markdown();
    Files.writeString(report, markdown);
    System.out.println();
    System.out.println(new Report(results).summaryTable());
    say("Report: " + report);
  }

  /** Interleaved rounds: every contender gets the same wrk run in turn, the order rotating. */
  private void throughput(
      List<Contender> contenders, BenchRequest request, Path requestDir, Path invalidDir)
      throws Exception {
    WrkRun.Settings wrk =
        new WrkRun.Settings(
            options.get("wrk"),
            options.path("script"),
            requestDir,
            options.number("threads"),
            options.number("connections"));
    results.wrkCommand = wrk.describe(options.number("duration"));
    // The same load with every request breaking the contract (mixed.lua, one in one invalid),
    // for the contenders that validate.
    WrkRun.Settings invalidLoad =
        wrk.with(
            options.path("mixed-script"),
            options.number("connections"),
            Map.of(
                "BENCH_INVALID_DIR",
                invalidDir.toAbsolutePath().toString(),
                "BENCH_INVALID_EVERY",
                "1"));
    List<RunningServer> servers = new ArrayList<>();
    try {
      for (Contender contender : contenders) {
        servers.add(contender.start(request, 60_000));
      }
      for (RunningServer server : servers) {
        say(
            "Warm-up of "
                + server.contender().name()
                + ": "
                + options.get("warmup")
                + " s of load");
        WrkRun.run(wrk, server.port(), options.number("warmup"));
      }
      int rounds = options.number("rounds");
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < servers.size(); i++) {
          RunningServer server = servers.get((i + round) % servers.size());
          Thread.sleep(1_000);
          double cpuBefore = server.cpuMillis();
          WrkRun run = WrkRun.run(wrk, server.port(), options.number("duration"));
          double cpuMicrosPerRequest =
              (server.cpuMillis() - cpuBefore) * 1000 / Math.max(1, run.requests());
          record(round, server.contender().name(), run, cpuMicrosPerRequest);
          if (!server.contender().name().equals(WIREMOCK)) {
            if (server.contender().name().equals(STUB) && results.invalidAnswer.isEmpty()) {
              PlainHttp.Answer refused = PlainHttp.exchange(server.port(), results.invalidRequest);
              results.invalidAnswer =
                  refused.status()
                      + ", X-Contract-Violations: "
                      + refused.headers().getOrDefault("x-contract-violations", "(none)")
                      + ", body "
                      + refused.body();
            }
            Thread.sleep(1_000);
            cpuBefore = server.cpuMillis();
            WrkRun refusedRun = WrkRun.run(invalidLoad, server.port(), options.number("duration"));
            record(
                round,
                server.contender().name() + INVALID,
                refusedRun,
                (server.cpuMillis() - cpuBefore) * 1000 / Math.max(1, refusedRun.requests()));
          }
        }
      }
    } finally {
      for (RunningServer server : servers) {
        server.close();
      }
    }
  }

  private void record(int round, String name, WrkRun run, double cpuMicrosPerRequest) {
    results
        .load
        .computeIfAbsent(name, k -> new ArrayList<>())
        .add(new Results.Load(round + 1, run, cpuMicrosPerRequest));
    say(
        String.format(
            Locale.ROOT,
            "Round %d, %-16s %8.0f requests/s  p50 %6.2f ms  p99 %7.2f ms  %5.0f µs CPU/request  errors %d  refused %d",
            round + 1,
            name,
            run.rps(),
            run.p50Millis(),
            run.p99Millis(),
            cpuMicrosPerRequest,
            run.errors(),
            run.refused()));
  }

  /**
   * The stub with default settings under the mixed load: many connections, one request in
   * {@code invalid-every} breaking the contract; RSS sampled, live heap halfway and after, p99.
   */
  private void mixed(Contender stub, BenchRequest request, Path requestDir, Path invalidDir)
      throws Exception {
    int seconds = options.number("mixed-seconds");
    int sample = options.number("sample-seconds");
    WrkRun.Settings wrk =
        new WrkRun.Settings(
                options.get("wrk"),
                options.path("script"),
                requestDir,
                options.number("threads"),
                options.number("connections"))
            .with(
                options.path("mixed-script"),
                options.number("mixed-connections"),
                Map.of(
                    "BENCH_INVALID_DIR",
                    invalidDir.toAbsolutePath().toString(),
                    "BENCH_INVALID_EVERY",
                    options.get("invalid-every")));
    results.mixedCommand =
        wrk.describe(seconds) + " (one request in " + options.get("invalid-every") + " invalid)";
    try (RunningServer server = stub.start(request, 60_000)) {
      WrkRun[] run = new WrkRun[1];
      Exception[] failure = new Exception[1];
      Thread load =
          new Thread(
              () -> {
                try {
                  run[0] = WrkRun.run(wrk, server.port(), seconds);
                } catch (Exception e) {
                  failure[0] = e;
                }
              });
      say("Mixed load on the stub: " + results.mixedCommand);
      long start = System.nanoTime();
      load.start();
      boolean halfway = false;
      for (int t = 0; t <= seconds; t += sample) {
        long wait = (start + t * 1_000_000_000L - System.nanoTime()) / 1_000_000;
        if (wait > 0) {
          Thread.sleep(wait);
        }
        results.mixedRss.add(new Results.RssSample(t, true, Map.of(STUB, server.rssMiB())));
        if (!halfway && t >= seconds / 2) {
          halfway = true;
          results.mixedLiveHeap.add(liveHeap("halfway through the mixed load", List.of(server)));
        }
      }
      load.join();
      if (failure[0] != null) {
        throw failure[0];
      }
      results.mixedRun = run[0];
      results.mixedRss.add(new Results.RssSample(seconds, false, Map.of(STUB, server.rssMiB())));
      results.mixedLiveHeap.add(liveHeap("after the mixed load", List.of(server)));
      say(
          String.format(
              Locale.ROOT,
              "Mixed load: %.0f requests/s, p99 %.1f ms, %d errors, %d refused, RSS %.0f MiB",
              run[0].rps(),
              run[0].p99Millis(),
              run[0].errors(),
              run[0].refused(),
              server.rssMiB()));
    }
  }

  /** Process start to first 200, interleaved; one unrecorded start each first (disk cache). */
  private void startup(List<Contender> contenders, BenchRequest request) throws Exception {
    int runs = options.number("startup-runs");
    for (int run = 0; run <= runs; run++) {
      for (int i = 0; i < contenders.size(); i++) {
        Contender contender = contenders.get((i + run) % contenders.size());
        double millis;
        try (RunningServer server = contender.start(request, 60_000)) {
          millis = server.startupMillis();
        }
        if (run > 0) {
          results.startup.computeIfAbsent(contender.name(), k -> new ArrayList<>()).add(millis);
          say(
              String.format(
                  Locale.ROOT,
                  "Start-up %d/%d, %-8s %6.0f ms to the first 200",
                  run,
                  runs,
                  contender.name(),
                  millis));
        }
        Thread.sleep(500);
      }
    }
  }

  /** Both JVM servers under load at once for minutes, RSS sampled during and after. */
  private void memory(List<Contender> contenders, BenchRequest request, Path requestDir)
      throws Exception {
    int seconds = options.number("soak-seconds");
    int sample = options.number("sample-seconds");
    int after = options.number("after-seconds");
    // Half the connections each, one wrk thread each: both loaded on the same cores at once.
    WrkRun.Settings wrk =
        new WrkRun.Settings(
            options.get("wrk"),
            options.path("script"),
            requestDir,
            1,
            Math.max(1, options.number("connections") / 2));
    results.soakCommand =
        "wrk -t1 -c" + wrk.connections() + " -d" + seconds + "s against each at once";
    List<RunningServer> servers = new ArrayList<>();
    try {
      for (Contender contender : contenders) {
        servers.add(contender.start(request, 60_000));
      }
      List<Thread> loads = new ArrayList<>();
      Map<String, WrkRun> soakRuns = new LinkedHashMap<>();
      for (RunningServer server : servers) {
        Thread load =
            new Thread(
                () -> {
                  try {
                    WrkRun run = WrkRun.run(wrk, server.port(), seconds);
                    synchronized (soakRuns) {
                      soakRuns.put(server.contender().name(), run);
                    }
                  } catch (Exception e) {
                    say("Load on " + server.contender().name() + " failed: " + e);
                  }
                });
        load.start();
        loads.add(load);
      }
      say(
          "Sustained load on "
              + servers.stream().map(s -> s.contender().name()).toList()
              + " for "
              + seconds
              + " s, RSS every "
              + sample
              + " s");
      long start = System.nanoTime();
      boolean halfway = false;
      for (int t = 0; t <= seconds + after; t += sample) {
        long due = start + t * 1_000_000_000L;
        long wait = (due - System.nanoTime()) / 1_000_000;
        if (wait > 0) {
          Thread.sleep(wait);
        }
        Map<String, Double> row = new LinkedHashMap<>();
        for (RunningServer server : servers) {
          row.put(server.contender().name(), server.rssMiB());
        }
        results.rss.add(new Results.RssSample(t, t <= seconds, row));
        if (!halfway && t >= seconds / 2) {
          halfway = true;
          results.liveHeap.add(liveHeap("halfway through the load (" + t + " s)", servers));
        }
        if (t % 30 == 0) {
          say(
              "RSS at "
                  + t
                  + " s"
                  + (t <= seconds ? " (under load)" : " (idle)")
                  + ": "
                  + row.entrySet().stream()
                      .map(e -> String.format(Locale.ROOT, "%s %.0f MiB", e.getKey(), e.getValue()))
                      .toList());
        }
      }
      for (Thread load : loads) {
        load.join();
      }
      results.liveHeap.add(liveHeap("after the load", servers));
      results.soakRuns = soakRuns;
    } finally {
      for (RunningServer server : servers) {
        server.close();
      }
    }
  }

  private Results.LiveHeap liveHeap(String moment, List<RunningServer> servers) {
    Map<String, Double> row = new LinkedHashMap<>();
    for (RunningServer server : servers) {
      row.put(server.contender().name(), server.liveHeapMiB());
    }
    say(
        "Live heap, "
            + moment
            + ": "
            + row.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f MiB", e.getKey(), e.getValue()))
                .toList());
    return new Results.LiveHeap(moment, row);
  }

  private Path writeWireMockRoot(BenchRequest request, PlainHttp.Answer answer) throws IOException {
    Path root = out.resolve("wiremock-root");
    Files.createDirectories(root.resolve("mappings"));
    Files.createDirectories(root.resolve("__files"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode mapping = json.createObjectNode();
    mapping.putObject("request").put("method", request.method()).put("urlPath", request.path());
    ObjectNode response = mapping.putObject("response");
    response.put("status", answer.status());
    ObjectNode headers = response.putObject("headers");
    answer
        .headers()
        .forEach(
            (name, value) -> {
              if (!TRANSPORT_HEADERS.contains(name)) {
                headers.put(name, value);
              }
            });
    response.put("body", answer.body());
    Files.writeString(
        root.resolve("mappings/benchmark-request.json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(mapping));
    return root;
  }

  /** The document as the api jar ships it, for Prism. */
  private Path extractDocument() throws IOException {
    Path document = out.resolve("contract/starrocks-sync.yaml");
    Files.createDirectories(document.getParent());
    try (InputStream in =
        BenchmarkRun.class.getClassLoader().getResourceAsStream("openapi/starrocks-sync.yaml")) {
      if (in == null) {
        throw new IOException("openapi/starrocks-sync.yaml is not on the class path (the api jar)");
      }
      Files.copy(in, document, StandardCopyOption.REPLACE_EXISTING);
    }
    return document;
  }

  /**
   * The versions the build used (root pom properties, filtered into {@code
   * bench-versions.properties}).
   */
  static String version(String name) {
    java.util.Properties versions = new java.util.Properties();
    try (InputStream in = BenchmarkRun.class.getResourceAsStream("/bench-versions.properties")) {
      if (in != null) {
        versions.load(in);
      }
    } catch (IOException e) {
      return "?";
    }
    return versions.getProperty(name, "?");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  void say(String line) {
    System.out.println("[bench] " + line);
    System.out.flush();
  }
}
