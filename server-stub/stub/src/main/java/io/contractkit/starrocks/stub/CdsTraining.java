package io.contractkit.starrocks.stub;

import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ResponseExample;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.contractkit.starrocks.model.ValidRequest;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the standalone jar's class-data-sharing archive at build time ({@code
 * starrocks-sync-stub.jsa} beside the jar, read by {@link StubLauncher}): runs the stub the way
 * {@code java -jar} does in a JVM that lists every class it loads, sends it each documented
 * request, answer choice and a refused request, and stops; then writes the archive of those
 * classes, the JDK's and the stub's.
 *
 * <p>{@code java -cp <jar> io.contractkit.starrocks.stub.CdsTraining <jar>} (the build runs it);
 * fails loudly when the archive cannot be written.
 */
public final class CdsTraining {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--serve-and-stop")) {
      serveAndStop();
      return;
    }
    if (args.length != 1) {
      System.err.println("Usage: CdsTraining <the standalone jar>");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path archive = StubLauncher.archiveOf(jar);
    Files.deleteIfExists(archive);
    Path classList = Files.createTempFile("starrocks-sync-stub", ".classlist");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(StubLauncher.JVM_DEFAULTS);
    command.add("-XX:DumpLoadedClassList=" + classList);
    command.add("-D" + StubLauncher.PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(jar.toString());
    command.add(CdsTraining.class.getName());
    command.add("--serve-and-stop");
    Process training = new ProcessBuilder(command).inheritIO().start();
    if (!training.waitFor(120, TimeUnit.SECONDS)) {
      training.destroyForcibly();
      fail("the training run of the stub did not end within 120 s");
    }
    if (training.exitValue() != 0 || Files.size(classList) == 0) {
      Files.deleteIfExists(classList);
      fail(
          "the training run ended with "
              + training.exitValue()
              + " and listed no classes in "
              + classList);
    }
    // A static archive of the JDK's classes and the stub's together, rather than the stub's on top
    // of the JDK's (-XX:ArchiveClassesAtExit): one archive to map, with the method-handle and
    // lambda classes of the training run pre-generated; its start to the first 200 ~10 ms sooner
    // (5 x 3 interleaved starts, 2 shared cores).
    Process dump =
        new ProcessBuilder(
                java,
                "-Xshare:dump",
                // Classes the training saw that cannot be archived (generated proxies, JFR events)
                // are skipped with a warning each: expected, and not worth a build log line.
                "-Xlog:cds=error",
                "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive,
                "-cp",
                jar.toString())
            .inheritIO()
            .start();
    boolean ended = dump.waitFor(120, TimeUnit.SECONDS);
    Files.deleteIfExists(classList);
    if (!ended) {
      dump.destroyForcibly();
      fail("writing the archive did not end within 120 s");
    }
    if (dump.exitValue() != 0 || !Files.isRegularFile(archive)) {
      fail("writing the archive ended with " + dump.exitValue() + " and left none at " + archive);
    }
    System.out.println("Class-data-sharing archive: " + archive + " (" + Files.size(archive) + ")");
  }

  private static void fail(String problem) {
    System.err.println("CdsTraining: " + problem);
    System.exit(1);
  }

  /** In the recording JVM: the stub as the command line starts it, every answer asked for once. */
  private static void serveAndStop() throws Exception {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    // The relaunched JVM's own path (StubLauncher, its early contract parse), as java -jar runs it.
    StubLauncher.main(new String[] {"--port", "0"});
    System.setOut(console);
    Matcher url = URL.matcher(printed.toString(StandardCharsets.UTF_8));
    if (!url.find()) {
      fail("the stub did not start: " + printed.toString(StandardCharsets.UTF_8));
    }
    String base = url.group(1);
    int answered = 0;
    for (ApiOperation operation : ContractRuntime.bundled().operations()) {
      ValidRequest valid = operation.validRequest();
      List<String> bodies = new ArrayList<>();
      operation
          .requestBody()
          .ifPresent(body -> body.examples().forEach(e -> bodies.add(e.value().toString())));
      valid.bodyIfAny().ifPresent(body -> bodies.add(body.toString()));
      String token = tokenHeader(operation);
      for (String body : bodies.isEmpty() ? List.of("") : bodies) {
        send(base, valid, token, body, null);
        // A refused request: the validator's full check and its messages.
        send(base, valid, token, body.isEmpty() ? "{" : "{\"\":" + body + "}", null);
        answered += 2;
      }
      for (ResponseExample example : operation.examples()) {
        send(base, valid, token, bodies.isEmpty() ? "" : bodies.get(0), example.name());
        answered++;
      }
      send(base, valid, null, "", null);
      answered++;
    }
    console.println("CdsTraining: " + answered + " requests answered; recording the classes");
    System.exit(0);
  }

  private static String tokenHeader(ApiOperation operation) {
    return operation
        .tokenAlternative()
        .map(SecurityAlternative::headers)
        .filter(headers -> !headers.isEmpty())
        .map(headers -> headers.get(0))
        .orElse(null);
  }

  private static void send(
      String base, ValidRequest valid, String tokenHeader, String body, String example)
      throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base + valid.pathAndQuery()).toURL().openConnection();
    connection.setRequestMethod(valid.method());
    for (Map.Entry<String, String> header : valid.headers().entrySet()) {
      connection.setRequestProperty(header.getKey(), header.getValue());
    }
    if (tokenHeader != null) {
      connection.setRequestProperty(tokenHeader, "cds-training-token");
    }
    if (example != null) {
      connection.setRequestProperty("Prefer", "example=" + example);
    }
    if (!body.isEmpty()) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    try (InputStream in =
        status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
  }
}
