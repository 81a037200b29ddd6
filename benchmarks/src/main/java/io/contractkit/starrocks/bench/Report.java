package io.contractkit.starrocks.bench;

import static io.contractkit.starrocks.bench.BenchmarkRun.PRISM;
import static io.contractkit.starrocks.bench.BenchmarkRun.PRISM_INVALID;
import static io.contractkit.starrocks.bench.BenchmarkRun.STUB;
import static io.contractkit.starrocks.bench.BenchmarkRun.STUB_INVALID;
import static io.contractkit.starrocks.bench.BenchmarkRun.WIREMOCK;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown report of one run: summary with targets, then every measurement behind it. */
final class Report {

  static final double TARGET_VS_PRISM = 5.0;
  static final double TARGET_VS_WIREMOCK = 0.85;

  /** Invalid requests/s over the stub's own valid requests/s (issue 13). */
  static final double TARGET_INVALID_VS_VALID = 0.5;

  /** Start to first 200 over the faster of plain WireMock and Prism (issue 13). */
  static final double TARGET_STARTUP_VS_FASTER_PEER = 0.6;

  /**
   * RSS of the stub (launcher and server JVM) after the fuzz and the mixed load, default settings.
   */
  static final double TARGET_RSS_MIB = 512;

  /** RSS in the second half of the load may exceed the first half's peak by at most this share. */
  static final double FLAT_RSS_GROWTH = 0.10;

  private final Results r;

  Report(Results results) {
    this.r = results;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark: the StarRocks sync stub beside plain WireMock and Prism\n\n");
    Machine m = r.machine;
    md.append("- **Date:** ").append(m.date()).append('\n');
    md.append("- **Machine:** ")
        .append(m.cores())
        .append(" cores (")
        .append(m.cpu())
        .append("), ")
        .append(m.memory())
        .append(", ")
        .append(m.os())
        .append('\n');
    md.append("- **Software:** ")
        .append(m.jdk())
        .append("; Node ")
        .append(m.node())
        .append("; ")
        .append(m.wrk())
        .append("; Prism ")
        .append(m.prism())
        .append("; WireMock ")
        .append(BenchmarkRun.version("wiremock.version"))
        .append("; JMH ")
        .append(BenchmarkRun.version("jmh.version"))
        .append('\n');
    md.append("- **Command:** `benchmarks/run.sh` (").append(r.options.describe()).append(")\n");
    md.append("- **Request:** `")
        .append(r.request.method())
        .append(' ')
        .append(r.request.path())
        .append("` with ");
    r.request
        .headers()
        .forEach(
            (name, value) -> md.append('`').append(name).append(": ").append(value).append("` "));
    md.append("and the contract's request example `")
        .append(r.options.get("example"))
        .append("` as body (")
        .append(r.request.body().length())
        .append(" bytes), the same for every contender.\n");
    md.append("- **Contenders:**\n");
    for (Contender contender : r.contenders) {
      md.append("  - ")
          .append(contender.name())
          .append(": ")
          .append(contender.description())
          .append('\n');
    }
    md.append(
        "\nThe machine is shared (other builds may run at the same time): rounds are interleaved, "
            + "and every figure is the median with the range (min–max) of the runs.\n\n");

    md.append("## Summary\n\n").append(summaryTable()).append('\n');
    if (!r.load.isEmpty()) {
      md.append("![requests/s and p99 per contender](").append(Chart.FILE_NAME).append(")\n\n");
    }
    md.append(targets()).append('\n');
    throughput(md);
    startup(md);
    memory(md);
    jmh(md);
    return md.toString();
  }

  /** The table printed at the end of a run and quoted in the README. */
  String summaryTable() {
    StringBuilder t = new StringBuilder();
    t.append(
        "| | stub (validation on) | plain WireMock | Prism | stub / WireMock | stub / Prism |\n");
    t.append("|---|---|---|---|---|---|\n");
    if (!r.load.isEmpty()) {
      t.append("| requests/s | ")
          .append(r.rps(STUB).describe("%.0f"))
          .append(" | ")
          .append(r.rps(WIREMOCK).describe("%.0f"))
          .append(" | ")
          .append(r.rps(PRISM).describe("%.0f"))
          .append(" | ")
          .append(r.rpsRatio(STUB, WIREMOCK).describe("%.2f×"))
          .append(" | ")
          .append(r.rpsRatio(STUB, PRISM).describe("%.1f×"))
          .append(" |\n");
      if (r.load.containsKey(STUB_INVALID)) {
        t.append("| invalid requests/s (one field breaks its pattern) | ")
            .append(r.rps(STUB_INVALID).describe("%.0f"))
            .append(" | — | ")
            .append(r.rps(PRISM_INVALID).describe("%.0f"))
            .append(" | stub invalid / stub valid: ")
            .append(r.rpsRatio(STUB_INVALID, STUB).describe("%.2f×"))
            .append(" | |\n");
        row(
            t,
            "invalid: latency p99 (ms)",
            r.p99(STUB_INVALID),
            Stats.of(List.of()),
            r.p99(PRISM_INVALID),
            "%.1f");
      }
      row(t, "latency p50 (ms)", r.p50(STUB), r.p50(WIREMOCK), r.p50(PRISM), "%.2f");
      row(t, "latency p99 (ms)", r.p99(STUB), r.p99(WIREMOCK), r.p99(PRISM), "%.1f");
      row(
          t,
          "server CPU per request (µs)",
          r.cpuPerRequest(STUB),
          r.cpuPerRequest(WIREMOCK),
          r.cpuPerRequest(PRISM),
          "%.0f");
    }
    if (!r.startup.isEmpty()) {
      row(
          t,
          "start to first 200 (ms)",
          r.startup(STUB),
          r.startup(WIREMOCK),
          r.startup(PRISM),
          "%.0f");
    }
    if (r.mixedRun != null) {
      t.append(
              String.format(
                  Locale.ROOT,
                  "| mixed load, %s c, 1 in %s invalid, %s s: requests/s, p99, errors, RSS max | %.0f/s, p99 %.1f ms, %d errors, %.0f MiB | | | | |%n",
                  r.options.get("mixed-connections"),
                  r.options.get("invalid-every"),
                  r.options.get("mixed-seconds"),
                  r.mixedRun.rps(),
                  r.mixedRun.p99Millis(),
                  r.mixedRun.errors(),
                  maxRss(r.mixedRss)))
          .append("");
    }
    if (r.fuzz != null) {
      t.append(
          String.format(
              Locale.ROOT,
              "| memory under fuzz, %d requests, bodies to %d bytes: RSS peak / after, live heap after, 5xx + failed | %.0f / %.0f MiB, %.1f MiB, %d | | | | |%n",
              r.fuzz.requests(),
              r.fuzz.largestBody(),
              r.fuzz.peakRssMiB(),
              r.fuzz.rssAfterMiB(),
              r.fuzz.liveHeapAfterMiB(),
              r.fuzz.serverErrors() + r.fuzz.failures()));
    }
    if (!r.rss.isEmpty()) {
      t.append("| RSS at the end of the load (MiB) | ")
          .append(fmt("%.0f", endOfLoad(STUB)))
          .append(" | ")
          .append(fmt("%.0f", endOfLoad(WIREMOCK)))
          .append(" | not measured | | |\n");
      t.append("| RSS growth, second half of the load | ")
          .append(growthText(STUB))
          .append(" | ")
          .append(growthText(WIREMOCK))
          .append(" | | | |\n");
    }
    return t.toString();
  }

  private String targets() {
    List<String> lines = new ArrayList<>();
    if (!r.load.isEmpty()) {
      Stats prism = r.rpsRatio(STUB, PRISM);
      Stats wiremock = r.rpsRatio(STUB, WIREMOCK);
      lines.add(
          verdict(
              prism.median() >= TARGET_VS_PRISM,
              String.format(
                  Locale.ROOT,
                  "requests/s at least %.0f× Prism's: %.1f× (median of rounds; %.1f×–%.1f×)",
                  TARGET_VS_PRISM,
                  prism.median(),
                  prism.min(),
                  prism.max())));
      lines.add(
          verdict(
              wiremock.median() >= TARGET_VS_WIREMOCK,
              String.format(
                  Locale.ROOT,
                  "requests/s at least %.2f× plain WireMock's: %.2f× (median of rounds; %.2f×–%.2f×)",
                  TARGET_VS_WIREMOCK,
                  wiremock.median(),
                  wiremock.min(),
                  wiremock.max())));
      if (r.load.containsKey(STUB_INVALID)) {
        Stats invalid = r.rpsRatio(STUB_INVALID, STUB);
        lines.add(
            verdict(
                invalid.median() >= TARGET_INVALID_VS_VALID,
                String.format(
                    Locale.ROOT,
                    "invalid requests/s at least %.1f× the stub's own valid requests/s: %.2f× (median of rounds; %.2f×–%.2f×); its answer: %s",
                    TARGET_INVALID_VS_VALID,
                    invalid.median(),
                    invalid.min(),
                    invalid.max(),
                    r.invalidAnswer.replace("|", "\\|"))));
      }
      long errors =
          r.errors(STUB)
              + r.errors(WIREMOCK)
              + r.errors(PRISM)
              + r.errors(STUB_INVALID)
              + r.errors(PRISM_INVALID);
      lines.add(
          verdict(
              errors == 0,
              "every answer under load was a 2xx (" + errors + " errors or other statuses)"));
    }
    if (!r.startup.isEmpty()) {
      Stats startup = r.startup(STUB);
      double faster = Math.min(r.startup(WIREMOCK).median(), r.startup(PRISM).median());
      lines.add(
          verdict(
              startup.median() <= TARGET_STARTUP_VS_FASTER_PEER * faster,
              String.format(
                  Locale.ROOT,
                  "start to first 200 at most %.1f× the faster of plain WireMock and Prism (%.0f ms): %.0f ms = %.2f× (medians; stub %.0f–%.0f ms)",
                  TARGET_STARTUP_VS_FASTER_PEER,
                  faster,
                  startup.median(),
                  startup.median() / faster,
                  startup.min(),
                  startup.max())));
    }
    if (r.mixedRun != null) {
      double rss = maxRss(r.mixedRss);
      lines.add(
          verdict(
              rss <= TARGET_RSS_MIB && r.mixedRun.errors() == 0,
              String.format(
                  Locale.ROOT,
                  "mixed load (%s connections, one in %s invalid, %s s, default settings): RSS at most %.0f MiB: %.0f MiB; %d errors; p99 %.1f ms; live heap %s",
                  r.options.get("mixed-connections"),
                  r.options.get("invalid-every"),
                  r.options.get("mixed-seconds"),
                  TARGET_RSS_MIB,
                  rss,
                  r.mixedRun.errors(),
                  r.mixedRun.p99Millis(),
                  r.mixedLiveHeap.stream()
                      .map(
                          h ->
                              String.format(
                                  Locale.ROOT,
                                  "%.1f MiB %s",
                                  h.mibByServer().get(STUB),
                                  h.moment()))
                      .toList())));
    }
    if (r.fuzz != null) {
      lines.add(
          verdict(
              r.fuzz.peakRssMiB() <= TARGET_RSS_MIB
                  && r.fuzz.serverErrors() == 0
                  && r.fuzz.failures() == 0,
              String.format(
                  Locale.ROOT,
                  "memory under fuzz (%d requests, seed %d, answers %s): RSS at most %.0f MiB: peak %.0f MiB, after %.0f MiB; live heap after %.1f MiB; %d 5xx, %d failed",
                  r.fuzz.requests(),
                  r.fuzz.seed(),
                  r.fuzz.byStatus(),
                  TARGET_RSS_MIB,
                  r.fuzz.peakRssMiB(),
                  r.fuzz.rssAfterMiB(),
                  r.fuzz.liveHeapAfterMiB(),
                  r.fuzz.serverErrors(),
                  r.fuzz.failures())));
    }
    if (!r.rss.isEmpty()) {
      double growth = growth(STUB);
      double liveGrowth = liveHeapGrowth(STUB);
      boolean liveFlat = Double.isNaN(liveGrowth) || liveGrowth <= FLAT_RSS_GROWTH;
      lines.add(
          verdict(
              growth <= FLAT_RSS_GROWTH && liveFlat,
              String.format(
                  Locale.ROOT,
                  "memory flat under sustained load: over %d s of load the stub's RSS peak in the second half is %+.1f%% of the first half's, "
                      + "and its live heap after the load is %+.1f%% of the one halfway (each at most %+.0f%%)",
                  r.options.number("soak-seconds"),
                  growth * 100,
                  liveGrowth * 100,
                  FLAT_RSS_GROWTH * 100)));
    }
    StringBuilder md = new StringBuilder("Targets:\n\n");
    lines.forEach(l -> md.append("- ").append(l).append('\n'));
    return md.toString();
  }

  private void throughput(StringBuilder md) {
    if (r.load.isEmpty()) {
      return;
    }
    md.append("## Throughput and latency\n\n");
    md.append("`")
        .append(r.wrkCommand)
        .append("` per run after a warm-up of ")
        .append(r.options.get("warmup"))
        .append(" s each; the contenders take turns, the order rotating each round. ")
        .append(
            "CPU per request is the server process's CPU time during the run divided by the requests it answered.\n\n");
    md.append(
        "| round | contender | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | CPU/request (µs) | errors |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    int rounds = r.load.values().stream().mapToInt(List::size).max().orElse(0);
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, List<Results.Load>> entry : r.load.entrySet()) {
        if (round < entry.getValue().size()) {
          Results.Load load = entry.getValue().get(round);
          WrkRun run = load.run();
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %d | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %.0f | %d |\n",
                  load.round(),
                  entry.getKey(),
                  run.rps(),
                  run.p50Millis(),
                  run.p90Millis(),
                  run.p99Millis(),
                  run.maxMillis(),
                  load.cpuMicrosPerRequest(),
                  run.errors()));
        }
      }
    }
    md.append('\n');
  }

  private void startup(StringBuilder md) {
    if (r.startup.isEmpty()) {
      return;
    }
    md.append("## Start-up: process start to the first 200\n\n");
    md.append(
        "From just before the process is started until the first answer 200 to the benchmark request "
            + "(polled every 2 ms), interleaved; one unrecorded start of each before (disk cache).\n\n");
    md.append("| contender | median (ms) | min–max (ms) | every run (ms) |\n|---|---|---|---|\n");
    r.startup.forEach(
        (name, values) -> {
          Stats stats = Stats.of(values);
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.0f | %.0f–%.0f | %s |\n",
                  name,
                  stats.median(),
                  stats.min(),
                  stats.max(),
                  String.join(
                      ", ",
                      values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList())));
        });
    md.append('\n');
  }

  private void memory(StringBuilder md) {
    if (r.rss.isEmpty()) {
      return;
    }
    md.append("## Memory under sustained load\n\n");
    md.append("`")
        .append(r.soakCommand)
        .append("`, resident set size (VmRSS of /proc/<pid>/status) every ")
        .append(r.options.get("sample-seconds"))
        .append(" s, then ")
        .append(r.options.get("after-seconds"))
        .append(" s idle. Both JVMs run with `")
        .append(r.memoryJvmOptions)
        .append(
            "`: the same heap for both, fixed and touched at start, so that the RSS shows whatever grows besides the "
                + "heap (with the default heap, a quarter of the RAM, the collector may keep growing it for minutes whatever the "
                + "server keeps); what the heap keeps is measured as live objects. The stub runs with its defaults: it keeps "
                + "the last 1000 requests in its journal; plain WireMock keeps none.\n\n");
    r.soakRuns.forEach(
        (name, run) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "- %s answered %d requests (%.0f/s, %d errors)\n",
                    name,
                    run.requests(),
                    run.rps(),
                    run.errors())));
    md.append('\n');
    if (!r.liveHeap.isEmpty()) {
      md.append(
          "Live objects on the heap (`jcmd GC.class_histogram`, which collects first): what each server keeps.\n\n");
      List<String> servers = new ArrayList<>(r.liveHeap.get(0).mibByServer().keySet());
      md.append("| moment | ").append(String.join(" (MiB) | ", servers)).append(" (MiB) |\n");
      md.append("|---|").append("---|".repeat(servers.size())).append('\n');
      for (Results.LiveHeap live : r.liveHeap) {
        md.append("| ").append(live.moment()).append(" | ");
        for (String server : servers) {
          md.append(fmt("%.1f", live.mibByServer().get(server))).append(" | ");
        }
        md.append('\n');
      }
      md.append('\n');
    }
    List<String> names = new ArrayList<>(r.rss.get(0).mibByServer().keySet());
    md.append("| second | load | ").append(String.join(" (MiB) | ", names)).append(" (MiB) |\n");
    md.append("|---|---|").append("---|".repeat(names.size())).append('\n');
    for (Results.RssSample sample : r.rss) {
      md.append("| ")
          .append(sample.second())
          .append(" | ")
          .append(sample.underLoad() ? "on" : "off")
          .append(" | ");
      for (String name : names) {
        md.append(fmt("%.0f", sample.mibByServer().get(name))).append(" | ");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void jmh(StringBuilder md) {
    if (r.jmh.isEmpty()) {
      return;
    }
    md.append("## In-JVM costs (JMH)\n\n");
    md.append(
        "`*_first_in_jvm`: one shot per fresh JVM (class loading included: what the first test class "
            + "of a build pays), one fork per shot. `*_later_in_jvm`: shots after warm-up shots in the same JVM "
            + "(what every further test class pays). `api_start`: `StarRocksSyncStub.start(StubSettings.defaults())` "
            + "until the first answer is read. `junit_class`: a test class with the extension in a static field and "
            + "one test sending the benchmark request, run by the JUnit launcher (start, test, stop). "
            + "`ValidationBenchmark`: the stub's per-request work without HTTP.\n\n");
    md.append(
        "| benchmark | mode | median | min–max | JMH score ± error | unit |\n|---|---|---|---|---|---|\n");
    for (Results.JmhScore score : r.jmh) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s–%s | %s ± %s | %s |\n",
              score.benchmark(),
              score.mode(),
              num(score.values().median()),
              num(score.values().min()),
              num(score.values().max()),
              num(score.score()),
              Double.isNaN(score.error()) ? "n/a" : num(score.error()),
              score.unit()));
    }
    md.append('\n');
  }

  private static double maxRss(List<Results.RssSample> samples) {
    return samples.stream()
        .mapToDouble(sample -> sample.mibByServer().getOrDefault(STUB, Double.NaN))
        .filter(v -> !Double.isNaN(v))
        .max()
        .orElse(Double.NaN);
  }

  private double endOfLoad(String name) {
    return r.rss.stream()
        .filter(Results.RssSample::underLoad)
        .reduce((a, b) -> b)
        .map(s -> s.mibByServer().getOrDefault(name, Double.NaN))
        .orElse(Double.NaN);
  }

  /** Peak RSS in the second half of the load over the peak in the first half, minus one. */
  double growth(String name) {
    List<Results.RssSample> loaded = r.rss.stream().filter(Results.RssSample::underLoad).toList();
    if (loaded.size() < 4) {
      return Double.NaN;
    }
    int half = loaded.size() / 2;
    double first =
        loaded.subList(0, half).stream()
            .mapToDouble(s -> s.mibByServer().getOrDefault(name, Double.NaN))
            .max()
            .orElse(Double.NaN);
    double second =
        loaded.subList(half, loaded.size()).stream()
            .mapToDouble(s -> s.mibByServer().getOrDefault(name, Double.NaN))
            .max()
            .orElse(Double.NaN);
    return second / first - 1;
  }

  /** Live heap after the load over the one halfway, minus one (2 MiB of slack for small heaps). */
  double liveHeapGrowth(String name) {
    if (r.liveHeap.size() < 2) {
      return Double.NaN;
    }
    double halfway = r.liveHeap.get(0).mibByServer().getOrDefault(name, Double.NaN);
    double end = r.liveHeap.get(r.liveHeap.size() - 1).mibByServer().getOrDefault(name, Double.NaN);
    return Math.max(0, end - 2) / halfway - 1;
  }

  private String growthText(String name) {
    return fmt("%+.1f%%", growth(name) * 100);
  }

  private static void row(
      StringBuilder t, String label, Stats stub, Stats wiremock, Stats prism, String format) {
    t.append("| ")
        .append(label)
        .append(" | ")
        .append(stub.describe(format))
        .append(" | ")
        .append(wiremock.describe(format))
        .append(" | ")
        .append(prism.describe(format))
        .append(" | | |\n");
  }

  private static String verdict(boolean met, String text) {
    return (met ? "**met**: " : "**NOT met**: ") + text;
  }

  private static String fmt(String format, double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
  }

  private static String num(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT,
        Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
        value);
  }
}
