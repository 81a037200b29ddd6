package io.contractkit.starrocks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the numbers were measured on, for the report. */
public record Machine(
    String date,
    int cores,
    String cpu,
    String memory,
    String os,
    String jdk,
    String node,
    String wrk,
    String prism) {

  public static Machine describe(String wrkBinary, String nodeBinary, String prismVersion) {
    return new Machine(
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)),
        Runtime.getRuntime().availableProcessors(),
        firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU"),
        firstValue(Path.of("/proc/meminfo"), "MemTotal")
            .map(
                v ->
                    String.format(
                        Locale.ROOT,
                        "%.1f GiB RAM",
                        Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
            .orElse("unknown RAM"),
        firstValue(Path.of("/etc/os-release"), "PRETTY_NAME")
            .map(v -> v.replace("\"", ""))
            .orElse(System.getProperty("os.name")),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        firstLine(List.of(nodeBinary, "--version")),
        firstLine(List.of(wrkBinary, "-v")).replaceAll(" Copyright.*", ""),
        prismVersion);
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String firstLine(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out.lines().findFirst().orElse("?").trim();
    } catch (IOException e) {
      return "not found";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
