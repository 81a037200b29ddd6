package io.contractkit.starrocks.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the tests start (the standalone jar, a main), with its stdout and stderr captured apart.
 */
public final class RunningProcess implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();

  private RunningProcess(Process process) {
    this.process = process;
    drain(process.getInputStream(), out);
    drain(process.getErrorStream(), err);
  }

  /** {@code java <arguments>}, with this JVM's java. */
  public static RunningProcess java(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    try {
      return new RunningProcess(new ProcessBuilder(command).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code java -cp <this test's class path> <main> <arguments>}. */
  public static RunningProcess main(Class<?> main, String... arguments) {
    List<String> all =
        new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    all.addAll(List.of(arguments));
    return java(all.toArray(String[]::new));
  }

  private static void drain(InputStream stream, StringBuffer into) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                  into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  /** The process itself (its children, its end). */
  public Process process() {
    return process;
  }

  /** The URL the process printed ({@code listening on http://...}), waiting for it. */
  public String url() {
    awaitOutput(text -> URL.matcher(text).find(), Duration.ofSeconds(60));
    Matcher url = URL.matcher(out);
    if (!url.find()) {
      throw new AssertionError("no URL printed; stdout: " + out + "\nstderr: " + err);
    }
    return url.group(1);
  }

  /** Waits until stdout and stderr together satisfy the condition, or the time is up. */
  public void awaitOutput(Predicate<String> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(out + "\n" + err) && System.nanoTime() < deadline && process.isAlive()) {
      sleep(50);
    }
  }

  /** Waits for the process to end on its own; its exit code. */
  public int exitCode() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the process did not end; stdout: " + out + "\nstderr: " + err);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    sleep(200); // the last bytes of its output
    return process.exitValue();
  }

  public String stdout() {
    return out.toString();
  }

  public String stderr() {
    return err.toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
