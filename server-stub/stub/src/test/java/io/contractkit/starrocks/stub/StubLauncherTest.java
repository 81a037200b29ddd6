package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second JVM's command line, as {@code java -jar} builds it (the jar run: StandaloneJarIT). */
class StubLauncherTest {

  @TempDir Path folder;

  private Path jar() throws IOException {
    return Files.createFile(folder.resolve("starrocks-sync-stub.jar"));
  }

  private static List<String> command(String[] jvmArguments, Path jar, String... args) {
    return StubLauncher.relaunchCommand(
        jvmArguments, jar.toString(), File.separator + "jdk", 4242, args);
  }

  @Test
  void relaunches_with_the_defaults_the_archive_the_users_flags_last_and_its_own_pid()
      throws IOException {
    Path jar = jar();
    Files.createFile(folder.resolve("starrocks-sync-stub.jsa"));

    List<String> command =
        command(
            new String[] {"-Xmx1g", "-Dx=y", "-jar", jar.toString(), "--port", "9090"},
            jar,
            "--port",
            "9090");

    assertThat(command.get(0)).isEqualTo(String.join(File.separator, "", "jdk", "bin", "java"));
    assertThat(command.subList(1, 1 + StubLauncher.JVM_DEFAULTS.size()))
        .isEqualTo(StubLauncher.JVM_DEFAULTS);
    assertThat(command)
        .contains("-XX:SharedArchiveFile=" + folder.resolve("starrocks-sync-stub.jsa"))
        .contains("-D" + StubLauncher.PARENT_PROPERTY + "=4242")
        .endsWith(
            "-cp", jar.toAbsolutePath().toString(), StubLauncher.class.getName(), "--port", "9090");
    assertThat(command.indexOf("-Xmx1g"))
        .as("the user's flag comes after the default it overrides")
        .isGreaterThan(command.indexOf("-Xmx320m"));
    assertThat(command).contains("-Dx=y").doesNotContain("-jar");
  }

  @Test
  void starts_without_an_archive_when_the_build_left_none() throws IOException {
    Path jar = jar();

    assertThat(command(new String[] {"-jar", jar.toString()}, jar))
        .noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile="))
        .contains("-Xmx320m");
  }

  @Test
  void stays_in_this_jvm_when_not_started_with_java_jar() throws IOException {
    Path jar = jar();

    assertThat(command(new String[] {"-cp", jar.toString(), "Main"}, jar)).isNull();
    assertThat(command(null, jar)).as("a command line that cannot be read").isNull();
    assertThat(
            StubLauncher.relaunchCommand(
                new String[] {"-jar", "x.jar"}, "classes", "/jdk", 1, new String[0]))
        .as("a class path that is no jar")
        .isNull();
    assertThat(command(new String[] {"-jar", "gone.jar"}, folder.resolve("gone.jar")))
        .as("a jar that is not there")
        .isNull();
  }

  @Test
  void keeps_the_archive_beside_the_jar() {
    assertThat(StubLauncher.archiveOf(Path.of("target", "starrocks-sync-stub.jar")))
        .isEqualTo(Path.of("target", "starrocks-sync-stub.jsa"));
  }
}
