package io.contractkit.starrocks.stub;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar's entry point: {@code java -jar starrocks-sync-stub.jar} starts the stub in a
 * second JVM with the flags a test tool wants, because a jar cannot set its own JVM's flags.
 *
 * <p>Why a relaunch (issue 13, measured on 2 shared cores, interleaved, CPU of both JVMs from start
 * to the first 200, per-thread from /proc): a class-data-sharing archive of the stub's own classes
 * (written at build time, beside the jar, by {@link CdsTraining}), the serial collector and the JIT
 * thresholds below bring it from ~1,700 ms to ~700-900 ms (wall clock about half); the first JVM
 * costs ~60-80 ms of it (only this class is loaded). The alternatives could not do it: {@code
 * JAVA_TOOL_OPTIONS} needs the user to set it, and a launcher script would change the command every
 * README shows. The same way, the heap gets a bound that suits a test tool (the JVM's default is a
 * quarter of the machine: RSS reached 2 GB under fuzzing).
 *
 * <p>The user's own JVM flags ({@code java -Xmx1g -jar ...}) come after these defaults, so they
 * win; {@code -Dstarrocks.stub.relaunch=false} runs the stub in this JVM as it is. The second JVM
 * ends when this one does (Ctrl+C reaches both; a killed launcher is noticed by its child), and its
 * exit code is this one's.
 */
public final class StubLauncher {

  /** Set on the relaunched JVM; {@code false} on the first one keeps the stub in it. */
  static final String RELAUNCH_PROPERTY = "starrocks.stub.relaunch";

  /** A test tool's heap: the journal is bounded in bytes, bodies at 1 MiB; plenty, and bounded. */
  static final List<String> JVM_DEFAULTS =
      List.of(
          // Serial GC: the smallest footprint and the fastest start; a stub's heap is small.
          "-XX:+UseSerialGC",
          // A young generation that holds the journal's newest entries until they leave it: with
          // the serial collector's default (a third of a small heap) every entry was copied from
          // young GC to young GC, ~25 µs of the collector's CPU per request under load; with 128
          // MiB, ~6 µs (per-thread CPU from /proc, wrk -t2 -c16, 2 shared cores).
          "-Xms160m",
          "-Xmn128m",
          "-Xmx256m",
          "-XX:MaxMetaspaceSize=192m",
          "-XX:ReservedCodeCacheSize=96m",
          "-XX:MaxDirectMemorySize=64m",
          "-Xss512k",
          // Compile only what stays hot: at start the JIT compilers took ~340 ms of the ~990 ms
          // of CPU to the first 200 (C1 190, C2 150; per-thread CPU from /proc, 2 shared cores);
          // with these thresholds (defaults 200/100/2000/60000 and 5000/600/15000/40000) the
          // whole start took ~690 ms of CPU. Under load the same code is compiled, a little later.
          "-XX:Tier3InvocationThreshold=1000",
          "-XX:Tier3MinInvocationThreshold=500",
          "-XX:Tier3CompileThreshold=10000",
          "-XX:Tier3BackEdgeThreshold=100000",
          "-XX:Tier4InvocationThreshold=20000",
          "-XX:Tier4MinInvocationThreshold=10000",
          "-XX:Tier4CompileThreshold=40000",
          "-XX:Tier4BackEdgeThreshold=200000",
          // The archive is only an aid: a JVM that cannot use it says nothing and starts without.
          "-Xshare:auto",
          "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off");

  private StubLauncher() {}

  public static void main(String[] args) throws Exception {
    if ("true".equals(System.getProperty(RELAUNCH_PROPERTY + ".child"))) {
      endWithParent();
      StubMain.main(args);
      return;
    }
    Optional<List<String>> command =
        "false".equals(System.getProperty(RELAUNCH_PROPERTY))
            ? Optional.empty()
            : relaunchCommand(args);
    if (command.isEmpty()) {
      StubMain.main(args);
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
    // glibc's per-thread malloc arenas add tens of MiB of RSS to a JVM with many threads.
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    Process child = builder.start();
    Thread stopChild =
        new Thread(
            () -> {
              child.destroy();
              try {
                if (!child.waitFor(10, TimeUnit.SECONDS)) {
                  child.destroyForcibly();
                }
              } catch (InterruptedException e) {
                child.destroyForcibly();
              }
            },
            "stub-launcher-stop");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int exit = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    System.exit(exit);
  }

  /**
   * The second JVM's command line: this JVM's binary, the defaults, the archive when there is one,
   * the user's JVM flags, the jar and the arguments; empty when this JVM was not started with
   * {@code -jar} or its command line cannot be read.
   */
  static Optional<List<String>> relaunchCommand(String[] args) {
    Optional<String[]> arguments = ProcessHandle.current().info().arguments();
    Optional<Path> jar = ownJar();
    if (arguments.isEmpty() || jar.isEmpty()) {
      return Optional.empty();
    }
    List<String> userFlags = new ArrayList<>();
    boolean launchedAsJar = false;
    for (String argument : arguments.get()) {
      if (argument.equals("-jar")) {
        launchedAsJar = true;
        break;
      }
      userFlags.add(argument);
    }
    if (!launchedAsJar) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_DEFAULTS);
    Path archive = archiveOf(jar.get());
    if (Files.isReadable(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(userFlags);
    command.add("-D" + RELAUNCH_PROPERTY + ".child=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(StubLauncher.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /** {@code starrocks-sync-stub.jsa} beside {@code starrocks-sync-stub.jar}. */
  static Path archiveOf(Path jar) {
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    return jar.resolveSibling(name + ".jsa");
  }

  private static Optional<Path> ownJar() {
    try {
      Path location =
          Path.of(StubLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") && Files.isRegularFile(location)
          ? Optional.of(location.toAbsolutePath())
          : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A launcher killed outright (no shutdown hook) leaves no stub behind. */
  private static void endWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
  }
}
