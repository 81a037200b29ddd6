package io.contractkit.starrocks.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, for the report. */
final class Results {

  /** One measured wrk run of one contender. */
  record Load(int round, WrkRun run, double cpuMicrosPerRequest) {}

  /** Resident memory of each server at a moment of the sustained run. */
  record RssSample(int second, boolean underLoad, Map<String, Double> mibByServer) {}

  /** Heap in use after a full collection, per server, at a moment of the sustained run. */
  record LiveHeap(String moment, Map<String, Double> mibByServer) {}

  /**
   * One JMH benchmark: its unit, every measured value (one per shot or iteration), and JMH's error.
   */
  record JmhScore(
      String benchmark, String mode, String unit, Stats values, double score, double error) {}

  /** What the fuzz phase sent and got: answers by status class, failures, memory after. */
  record Fuzz(
      long seed,
      int requests,
      long largestBody,
      Map<String, Integer> byStatus,
      int serverErrors,
      int failures,
      double peakRssMiB,
      double rssAfterMiB,
      double liveHeapAfterMiB,
      double seconds) {}

  BenchRequest request;
  BenchRequest invalidRequest;
  String invalidAnswer = "";
  WrkRun mixedRun;
  String mixedCommand;
  final List<RssSample> mixedRss = new ArrayList<>();
  final List<LiveHeap> mixedLiveHeap = new ArrayList<>();
  Fuzz fuzz;
  RunOptions options;
  Machine machine;
  List<Contender> contenders = List.of();
  String wrkCommand;
  String soakCommand;
  final Map<String, List<Load>> load = new LinkedHashMap<>();
  final Map<String, List<Double>> startup = new LinkedHashMap<>();
  final List<RssSample> rss = new ArrayList<>();
  final List<LiveHeap> liveHeap = new ArrayList<>();
  String memoryJvmOptions = "";
  Map<String, WrkRun> soakRuns = Map.of();
  List<JmhScore> jmh = List.of();

  Stats rps(String contender) {
    return Stats.of(
        load.getOrDefault(contender, List.of()).stream().map(l -> l.run().rps()).toList());
  }

  Stats p50(String contender) {
    return Stats.of(
        load.getOrDefault(contender, List.of()).stream().map(l -> l.run().p50Millis()).toList());
  }

  Stats p99(String contender) {
    return Stats.of(
        load.getOrDefault(contender, List.of()).stream().map(l -> l.run().p99Millis()).toList());
  }

  Stats cpuPerRequest(String contender) {
    return Stats.of(
        load.getOrDefault(contender, List.of()).stream().map(Load::cpuMicrosPerRequest).toList());
  }

  long errors(String contender) {
    return load.getOrDefault(contender, List.of()).stream().mapToLong(l -> l.run().errors()).sum();
  }

  /**
   * requests/s of one contender over another's, round by round (each round runs both back to back).
   */
  Stats rpsRatio(String numerator, String denominator) {
    List<Load> top = load.getOrDefault(numerator, List.of());
    List<Load> bottom = load.getOrDefault(denominator, List.of());
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(top.size(), bottom.size()); i++) {
      ratios.add(top.get(i).run().rps() / bottom.get(i).run().rps());
    }
    return Stats.of(ratios);
  }

  Stats startup(String contender) {
    return Stats.of(startup.getOrDefault(contender, List.of()));
  }
}
