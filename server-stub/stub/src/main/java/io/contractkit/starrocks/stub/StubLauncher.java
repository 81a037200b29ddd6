package io.contractkit.starrocks.stub;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar's entry point: {@code java -jar starrocks-sync-stub.jar} starts the stub in a
 * second JVM with the flags a test tool wants, because a jar cannot set its own JVM's flags. The
 * build's {@code starrocks-sync-stub.jar} holds only this class, and its manifest puts the
 * standalone jar beside it on the class path (see the module's pom); the standalone jar itself
 * works the same way.
 *
 * <p>Why a relaunch (issue 13, measured on 2 shared cores, interleaved, CPU of both JVMs from start
 * to the first 200, per-thread from /proc): a class-data-sharing archive of the JDK's and the
 * stub's classes (written at build time, beside the jar, by {@link CdsTraining}), the serial
 * collector and the JIT thresholds below bring it from ~1,700 ms to ~700-900 ms (wall clock about
 * half). The alternatives could not do it: {@code JAVA_TOOL_OPTIONS} needs the user to set it, and
 * a launcher script would change the command every README shows. The same way, the heap gets a
 * bound that suits a test tool (the JVM's default is a quarter of the machine: RSS reached 2 GB
 * under fuzzing).
 *
 * <p>The first JVM is on the start's critical path until it has started the second, so it does as
 * little as it can before that: it reads its command line from {@code /proc/self/cmdline} (where
 * there is one; {@code ProcessHandle.info()} costs ~30 ms there, through an executor, lambdas and
 * ~80 classes outside the JDK's archive), takes the jar from {@code java.class.path}, and uses no
 * lambda, stream, {@code Optional} or string {@code +} on that path (the first string concatenation
 * of a JVM costs ~10 ms of method-handle spinning). It spawned the second JVM at ~100 ms of uptime
 * before, at ~60 ms after (class-loading log, 2 shared cores).
 *
 * <p>The user's own JVM flags ({@code java -Xmx1g -jar ...}) come after these defaults, so they
 * win; {@code -Dstarrocks.stub.relaunch=false} runs the stub in this JVM as it is. The second JVM
 * ends when this one does (Ctrl+C reaches both; a killed launcher is noticed by its child, which is
 * given the launcher's pid), and its exit code is this one's.
 */
public final class StubLauncher {

  /** Set on the relaunched JVM; {@code false} on the first one keeps the stub in it. */
  static final String RELAUNCH_PROPERTY = "starrocks.stub.relaunch";

  /** On the second JVM: the pid of the launcher it ends with. */
  static final String PARENT_PROPERTY = RELAUNCH_PROPERTY + ".parent";

  /** A test tool's heap: the journal is bounded in bytes, bodies at 1 MiB; plenty, and bounded. */
  static final List<String> JVM_DEFAULTS =
      List.of(
          // Serial GC: the smallest footprint and the fastest start; a stub's heap is small.
          "-XX:+UseSerialGC",
          // A young generation that holds the journal's newest entries until they leave it, from
          // the start (no collection before the first answer; with -Xms32m alone, one 10 ms pause
          // on the start's path): with the serial collector's default (a third of a small heap)
          // every entry was copied from young GC to young GC, ~25 µs of the collector's CPU per
          // request under load; with 40 MiB ~15 µs, with 128 MiB ~6 µs, with 192 MiB ~3-4 µs
          // (per-thread CPU from /proc, wrk -t2 -c16, 2 shared cores; a young collection copies
          // the journal's newest entries, ~10 ms each, so its cost follows how often eden fills).
          // The old generation keeps its 128 MiB.
          "-Xms224m",
          "-Xmn192m",
          "-Xmx320m",
          "-XX:MaxMetaspaceSize=192m",
          "-XX:ReservedCodeCacheSize=96m",
          "-XX:MaxDirectMemorySize=64m",
          "-Xss512k",
          // Compile only what stays hot: at start the JIT compilers took ~340 ms of the ~990 ms
          // of CPU to the first 200 (C1 190, C2 150; per-thread CPU from /proc, 2 shared cores);
          // with these thresholds (defaults 200/100/2000/60000 and 5000/600/15000/40000) the
          // whole start took ~690 ms of CPU. Under load the same code is compiled, a little later.
          // The Tier3 ones were raised 5x again (from 1000/500/10000/100000): the stub's JVM
          // spent 306 -> 279 ms of CPU to its first 200 (medians of 9 interleaved starts; 250
          // with the young generation above), and no less throughput after the warm-up.
          "-XX:Tier3InvocationThreshold=5000",
          "-XX:Tier3MinInvocationThreshold=2000",
          "-XX:Tier3CompileThreshold=50000",
          "-XX:Tier3BackEdgeThreshold=500000",
          // The Tier4 ones (C2) raised 5x again (from 20000/10000/40000/200000), and no profiling
          // in the interpreter (the tier-3 code profiles for C2): C2 took a core's share at start
          // for methods as small as String.equals. Start to the first 200: 366 -> 360 ms median,
          // 580 -> 560 ms of CPU (11 interleaved starts each); 29-30k requests/s after the
          // warm-up either way (wrk -t2 -c16, 2 shared cores).
          "-XX:Tier4InvocationThreshold=100000",
          "-XX:Tier4MinInvocationThreshold=50000",
          "-XX:Tier4CompileThreshold=200000",
          "-XX:Tier4BackEdgeThreshold=1000000",
          "-XX:-ProfileInterpreter",
          // One locale, the one Jackson and Jetty format dates in (Locale.US), whatever the
          // machine's: the stub's answers and messages do not depend on it, and the JDK builds
          // its list of ~800 CLDR locales once per locale a calendar is made for (Jackson's date
          // format for en-US, Jetty's Date header for the default one). On a machine whose default
          // is "en" (C.UTF-8): start to the first 200 -19 ms, CPU -30 to -40 ms (medians of 15
          // interleaved starts of the second JVM, twice, in both orders; 2 shared cores).
          "-Duser.language=en",
          "-Duser.country=US",
          // The archive is only an aid: a JVM that cannot use it says nothing and starts without.
          "-Xshare:auto",
          // Map the archives where they were written instead of at a random address: JDK 17.0.15
          // (and 20+) relocate them by default, patching every pointer of the archive (~45 MB,
          // the JDK's and the stub's classes) before main: "Genesis" took 30-60 ms of the JVM's
          // start instead of
          // under 1 ms (-Xlog:startuptime, 5 starts each). The cost is address-space layout
          // randomisation of those read-mostly pages, acceptable for a local test tool. A JVM that
          // lacks the (diagnostic) flag ignores it: the launcher JVM, the same binary, has already
          // rejected any unknown flag of the user's.
          "-XX:+UnlockDiagnosticVMOptions",
          "-XX:+IgnoreUnrecognizedVMOptions",
          "-XX:ArchiveRelocationMode=0",
          "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off");

  /** How long the relaunched stub waits before it watches its launcher: off the start's path. */
  private static final long PARENT_WATCH_DELAY_MILLIS = 500;

  private StubLauncher() {}

  public static void main(String[] args) throws Exception {
    String parent = System.getProperty(PARENT_PROPERTY);
    if (parent != null) {
      runStub(args);
      endWithParent(parent);
      return;
    }
    List<String> command =
        "false".equals(System.getProperty(RELAUNCH_PROPERTY))
            ? null
            : relaunchCommand(
                ownArguments(),
                System.getProperty("java.class.path"),
                System.getProperty("java.home"),
                ownPid(),
                args);
    if (command == null) {
      runStub(args);
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // glibc's per-thread malloc arenas add tens of MiB of RSS to a JVM with many threads.
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    Process child = builder.start();
    StopChild stopChild = new StopChild(child);
    Runtime.getRuntime().addShutdownHook(stopChild);
    int exit = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl+C or a kill: the hook has stopped the stub, and the JVM ends with the signal's code.
      return;
    }
    System.exit(exit);
  }

  /**
   * The stub, in this JVM. The build's {@code starrocks-sync-stub.jar} holds only this launcher and
   * names the standalone jar beside it on its class path; moved without it, it says so in one line.
   */
  private static void runStub(String[] args) {
    try {
      StubMain.main(args);
    } catch (NoClassDefFoundError missing) {
      System.err.println(
          "The stub's classes are not on the class path ("
              .concat(String.valueOf(missing.getMessage()))
              .concat("): a launcher jar runs the standalone jar its manifest's Class-Path names,")
              .concat(" from the same folder; keep the two together, or run the standalone jar."));
      System.exit(2);
    }
  }

  /**
   * The second JVM's command line: the given JVM's binary, the defaults, the archive when there is
   * one, the user's JVM flags, the jar and the arguments; null when that JVM was not started with
   * {@code -jar} or its command line is unknown.
   *
   * @param jvmArguments the first JVM's arguments after the binary ({@code -Xmx1g -jar x.jar ...})
   * @param classPath its {@code java.class.path}: the jar, when started with {@code -jar}
   * @param launcherPid its pid, which the second JVM watches to end with it
   */
  static List<String> relaunchCommand(
      String[] jvmArguments, String classPath, String javaHome, long launcherPid, String[] args) {
    if (jvmArguments == null || classPath == null || !classPath.endsWith(".jar")) {
      return null;
    }
    List<String> userFlags = new ArrayList<>();
    boolean launchedAsJar = false;
    for (String argument : jvmArguments) {
      if (argument.equals("-jar")) {
        launchedAsJar = true;
        break;
      }
      userFlags.add(argument);
    }
    File jar = new File(classPath).getAbsoluteFile();
    if (!launchedAsJar || !jar.isFile()) {
      return null;
    }
    List<String> command = new ArrayList<>(JVM_DEFAULTS.size() + userFlags.size() + 8);
    command.add(
        javaHome.concat(File.separator).concat("bin").concat(File.separator).concat("java"));
    command.addAll(JVM_DEFAULTS);
    File archive = archiveOf(jar);
    if (archive.canRead()) {
      command.add("-XX:SharedArchiveFile=".concat(archive.getPath()));
    }
    command.addAll(userFlags);
    command.add(("-D" + PARENT_PROPERTY + "=").concat(Long.toString(launcherPid)));
    command.add("-cp");
    command.add(jar.getPath());
    command.add(StubLauncher.class.getName());
    for (String arg : args) {
      command.add(arg);
    }
    return command;
  }

  /** {@code starrocks-sync-stub.jsa} beside {@code starrocks-sync-stub.jar}. */
  static Path archiveOf(Path jar) {
    return archiveOf(jar.toFile()).toPath();
  }

  private static File archiveOf(File jar) {
    String name = jar.getName();
    if (name.endsWith(".jar")) {
      name = name.substring(0, name.length() - ".jar".length());
    }
    return new File(jar.getParentFile(), name.concat(".jsa"));
  }

  /**
   * This JVM's arguments after the binary, as the kernel has them; null if unknown. Linux: {@code
   * /proc/self/cmdline}, elsewhere {@code ProcessHandle} (which reads the same on Linux, slowly).
   */
  private static String[] ownArguments() {
    byte[] cmdline = readProcSelf("cmdline");
    if (cmdline == null) {
      Optional<String[]> arguments = ProcessHandle.current().info().arguments();
      return arguments.isPresent() ? arguments.get() : null;
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        parts.add(new String(cmdline, start, i - start));
        start = i + 1;
      }
    }
    if (start < cmdline.length) {
      parts.add(new String(cmdline, start, cmdline.length - start));
    }
    // Its first part is the binary, which ProcessHandle.info().arguments() leaves out too.
    return parts.isEmpty() ? null : parts.subList(1, parts.size()).toArray(new String[0]);
  }

  /** This JVM's pid: the first field of {@code /proc/self/stat}, else {@code ProcessHandle}'s. */
  private static long ownPid() {
    byte[] stat = readProcSelf("stat");
    if (stat != null) {
      long pid = 0;
      int i = 0;
      for (; i < stat.length && stat[i] >= '0' && stat[i] <= '9'; i++) {
        pid = pid * 10 + (stat[i] - '0');
      }
      if (i > 0 && i < stat.length && stat[i] == ' ') {
        return pid;
      }
    }
    return ProcessHandle.current().pid();
  }

  private static byte[] readProcSelf(String name) {
    File file = new File("/proc/self/".concat(name));
    if (!file.exists()) {
      return null;
    }
    try (InputStream in = new FileInputStream(file)) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A launcher killed outright (no shutdown hook) leaves no stub behind. Watched from a daemon
   * thread half a second after the start, not on its path (~10 ms of {@code ProcessHandle} set-up);
   * the launcher's pid, given on the command line, is still the one to watch if it died meanwhile.
   */
  private static void endWithParent(String parentPid) {
    long pid;
    try {
      pid = Long.parseLong(parentPid);
    } catch (NumberFormatException e) {
      return;
    }
    Thread watch = new Thread(new ParentWatch(pid), "stub-launcher-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /** Ends this JVM when the launcher with the given pid ends. */
  private static final class ParentWatch implements Runnable {
    private final long pid;

    ParentWatch(long pid) {
      this.pid = pid;
    }

    @Override
    public void run() {
      try {
        Thread.sleep(PARENT_WATCH_DELAY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      Optional<ProcessHandle> parent = ProcessHandle.of(pid);
      if (parent.isEmpty()) {
        System.exit(0);
      }
      parent.get().onExit().thenRun(() -> System.exit(0));
    }
  }

  /** On the launcher's shutdown (Ctrl+C, a kill): stops the stub, forcibly after 10 s. */
  private static final class StopChild extends Thread {
    private final Process child;

    StopChild(Process child) {
      super("stub-launcher-stop");
      this.child = child;
    }

    @Override
    public void run() {
      child.destroy();
      try {
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        child.destroyForcibly();
      }
    }
  }
}
