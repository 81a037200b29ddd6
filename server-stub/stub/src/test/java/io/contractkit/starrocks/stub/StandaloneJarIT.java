package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.runtime.testing.ContractFixtures;
import io.contractkit.starrocks.runtime.testing.Http;
import io.contractkit.starrocks.runtime.testing.RunningProcess;
import io.contractkit.starrocks.runtime.testing.SecretRequests;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged standalone jar, run as the README runs it ({@code java -jar
 * server-stub/target/starrocks-sync-stub.jar}), and its contents safe to put on a consumer's test
 * class path.
 */
class StandaloneJarIT {

  private static final Path JAR = Path.of("target", "starrocks-sync-stub.jar");
  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  @Test
  void runs_with_java_jar_and_serves_the_documented_200() throws Exception {
    assertThat(JAR).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--port", "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder printed = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("Stop with")) {
        printed.append(line).append('\n');
      }
      Matcher url = URL.matcher(printed);
      assertThat(url.find()).as(printed.toString()).isTrue();
      assertThat(printed.toString()).doesNotContain("Exception").doesNotContain("SLF4J");

      assertThat(Http.validRequest(url.group(1)).send().statusCode()).isEqualTo(200);
      assertThat(
              Http.validRequest(url.group(1)).body("{\"task_name\": \"a-b\"}").send().statusCode())
          .isEqualTo(400);
      // The relocated Jetty still answers a request it cannot parse in the API's error format.
      MalformedRequestTest.assertMalformedRequest(
          MalformedRequestTest.send(
              URI.create(url.group(1)).getPort(),
              "GET /v3/a b/tasks HTTP/1.1\r\nHost: localhost\r\n\r\n"),
          400);
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void runs_the_stub_in_a_jvm_with_a_bounded_heap_its_archive_and_the_users_flags_last()
      throws Exception {
    assertThat(StubLauncher.archiveOf(JAR)).as("the build writes the archive").exists();
    try (RunningProcess stub =
        RunningProcess.java("-Xmx400m", "-jar", JAR.toString(), "--port", "0")) {
      stub.awaitOutput(output -> output.contains("Stop with"), java.time.Duration.ofSeconds(60));
      ProcessHandle child = stub.process().children().findFirst().orElseThrow();
      List<String> flags = List.of(child.info().arguments().orElseThrow());

      assertThat(flags)
          .contains("-Xmx320m", "-XX:+UseSerialGC")
          .anyMatch(flag -> flag.startsWith("-XX:SharedArchiveFile="));
      assertThat(flags.lastIndexOf("-Xmx400m")).isGreaterThan(flags.indexOf("-Xmx320m"));
      assertThat(Http.validRequest(stub.url()).send().statusCode()).isEqualTo(200);

      stub.process().destroyForcibly();
      assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive())
          .as("the stub ends with its launcher, even one killed outright")
          .isFalse();
    }
  }

  @Test
  void stops_on_sigterm_with_its_stub_and_no_stack_trace() throws Exception {
    try (RunningProcess stub = RunningProcess.java("-jar", JAR.toString(), "--port", "0")) {
      stub.awaitOutput(output -> output.contains("Stop with"), java.time.Duration.ofSeconds(60));
      ProcessHandle child = stub.process().children().findFirst().orElseThrow();

      stub.process().destroy();

      assertThat(stub.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
      Thread.sleep(200); // the last bytes of its output
      assertThat(stub.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void logs_every_request_with_verbose_but_no_token_signature_or_security_token() {
    try (RunningProcess stub =
        RunningProcess.java("-jar", JAR.toString(), "--port", "0", "--verbose")) {
      SecretRequests.send(stub.url());
      stub.awaitOutput(
          output -> output.contains("/v3/not/in/the/contract"), java.time.Duration.ofSeconds(10));
      stub.close();

      String output = stub.stdout() + stub.stderr();
      assertThat(output)
          .as("the request log")
          .contains(ContractFixtures.validPath())
          .contains("/v3/not/in/the/contract");
      assertThat(output)
          .as("a masked credential still shows it was sent")
          .contains("X-Auth-Token: ****")
          .contains("Access=" + SecretRequests.ACCESS_KEY_ID.substring(0, 4) + "****");
      SecretRequests.assertNoSecretIn(output);
    }
  }

  @Test
  void says_in_one_line_that_its_port_is_in_use() throws Exception {
    try (java.net.ServerSocket taken =
            new java.net.ServerSocket(
                0, 1, java.net.InetAddress.getByName(StubSettings.DEFAULT_BIND_ADDRESS));
        RunningProcess stub =
            RunningProcess.java(
                "-jar", JAR.toString(), "--port", String.valueOf(taken.getLocalPort()))) {
      assertThat(stub.exitCode()).isNotZero();
      assertThat(stub.stderr().strip())
          .isEqualTo(
              "Port "
                  + taken.getLocalPort()
                  + " is already in use on "
                  + StubSettings.DEFAULT_BIND_ADDRESS
                  + "; choose another with --port <n> (0 picks a free one)");
    }
  }

  @Test
  void serves_a_consumer_test_whose_class_path_has_only_the_standalone_jar_junit_and_assertj()
      throws Exception {
    List<String> consumerPath = new ArrayList<>();
    consumerPath.add(JAR.toString());
    consumerPath.add(Path.of("target", "test-classes").toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.matches("(junit-|opentest4j|apiguardian|assertj-core|byte-buddy).*\\.jar")) {
        consumerPath.add(entry);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                String.join(File.pathSeparator, consumerPath),
                "com.example.consumer.ConsumerLauncher")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("2 passed, 0 failed");
  }

  @Test
  void relocates_every_library_a_consumer_may_also_have() throws Exception {
    List<String> clashing =
        List.of(
            "com/fasterxml/",
            "org/eclipse/jetty/",
            "com/google/common/",
            "org/slf4j/",
            "io/swagger/",
            "jakarta/servlet/",
            "org/apache/",
            "org/yaml/",
            "com/atlassian/",
            "org/hamcrest/");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> unrelocated =
          jar.stream()
              .map(e -> e.getName())
              .filter(
                  name -> name.endsWith(".class") && clashing.stream().anyMatch(name::startsWith))
              .limit(5)
              .toList();
      assertThat(unrelocated).isEmpty();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(StubLauncher.class.getName());
    }
    assertThat(Files.size(JAR)).isPositive();
  }
}
