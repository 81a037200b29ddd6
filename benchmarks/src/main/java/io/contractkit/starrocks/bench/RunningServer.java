package io.contractkit.starrocks.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A started contender: its process, port, and how long it took from start to its first 200. */
public final class RunningServer implements AutoCloseable {

  private final Contender contender;
  private final Process process;
  private final int port;
  private final double startupMillis;
  private final PlainHttp.Answer firstAnswer;

  private RunningServer(
      Contender contender,
      Process process,
      int port,
      double startupMillis,
      PlainHttp.Answer firstAnswer) {
    this.contender = contender;
    this.process = process;
    this.port = port;
    this.startupMillis = startupMillis;
    this.firstAnswer = firstAnswer;
  }

  static RunningServer start(
      Contender contender, int port, BenchRequest request, long timeoutMillis)
      throws IOException, InterruptedException {
    Files.createDirectories(contender.logDir());
    Path log =
        contender
            .logDir()
            .resolve(contender.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(contender.commandFor(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long started = System.nanoTime();
    Process process = builder.start();
    long deadline = started + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    // Polls every 2 ms: a connection refused costs microseconds, so polling barely takes CPU
    // from the starting server; any answer other than 200 (a server still loading) is retried.
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            contender.name()
                + " exited with "
                + process.exitValue()
                + " before answering; see "
                + log);
      }
      try {
        PlainHttp.Answer answer = PlainHttp.exchange(port, request);
        if (answer.status() == 200) {
          double millis = (System.nanoTime() - started) / 1e6;
          return new RunningServer(contender, process, port, millis, answer);
        }
      } catch (ConnectException e) {
        // not listening yet
      } catch (IOException e) {
        // listening but not answering yet (connection reset while starting)
      }
      Thread.sleep(2);
    }
    process.destroyForcibly();
    throw new IOException(
        contender.name() + " did not answer 200 within " + timeoutMillis + " ms; see " + log);
  }

  public Contender contender() {
    return contender;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public double startupMillis() {
    return startupMillis;
  }

  public PlainHttp.Answer firstAnswer() {
    return firstAnswer;
  }

  /**
   * Resident memory of the process and its descendants in MiB (VmRSS in /proc), or NaN where there
   * is no /proc. Descendants: the stub's {@code java -jar} runs the stub in a second JVM (its
   * launcher stays, waiting), and a user's machine holds both.
   */
  public double rssMiB() {
    double total = 0;
    for (ProcessHandle handle : tree()) {
      double rss = rssMiB(handle.pid());
      if (Double.isNaN(rss) && handle.pid() == process.pid()) {
        return Double.NaN;
      }
      total += Double.isNaN(rss) ? 0 : rss;
    }
    return total;
  }

  private static double rssMiB(long pid) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** CPU time the process and its descendants have used so far (user and system), in ms. */
  public double cpuMillis() {
    double total = 0;
    for (ProcessHandle handle : tree()) {
      Optional<Duration> cpu = handle.info().totalCpuDuration();
      total += cpu.map(d -> d.toNanos() / 1e6).orElse(0.0);
    }
    return total;
  }

  private java.util.List<ProcessHandle> tree() {
    java.util.List<ProcessHandle> all = new java.util.ArrayList<>();
    all.add(process.toHandle());
    process.toHandle().descendants().forEach(all::add);
    return all;
  }

  /** The process that runs the server: the deepest descendant (a relaunched JVM), else itself. */
  private long serverPid() {
    java.util.List<ProcessHandle> all = tree();
    return all.get(all.size() - 1).pid();
  }

  /**
   * The live objects on the heap, in MiB ({@code jcmd GC.class_histogram}, which collects first):
   * what the server really keeps. NaN when jcmd cannot tell.
   */
  public double liveHeapMiB() {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      // The histogram collects first and counts live objects only, at one moment: unlike a heap
      // summary taken after a separate GC, it includes nothing allocated in between.
      String histogram = run(jcmd, Long.toString(serverPid()), "GC.class_histogram");
      java.util.regex.Matcher total =
          java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$").matcher(histogram);
      return total.find() ? Long.parseLong(total.group(1)) / 1024.0 / 1024.0 : Double.NaN;
    } catch (IOException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    jcmd.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
