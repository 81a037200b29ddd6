package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's JUnit example ("In your JUnit 5 tests", imports included) is {@link
 * SyncConfigClientTest} as it stands here, less its package line and comment: the two cannot drift
 * apart. (contract-tests/src/it/readme-junit-example also compiles and runs the README's copy with
 * the README's pom, from outside.)
 */
class ReadmeJUnitExampleTest {

  private static final Path README = Path.of("README.md");
  private static final String HEADING = "## In your JUnit 5 tests";

  @Test
  void the_readme_shows_SyncConfigClientTest_word_for_word() throws Exception {
    String readme = Files.readString(README);
    int start = readme.indexOf(HEADING + "\n");
    assertThat(start).as("README.md has a section headed %s", HEADING).isNotNegative();
    int code = readme.indexOf("```java\n", start);
    assertThat(code).as("a java block in %s", HEADING).isPositive();
    String example = readme.substring(code + "```java\n".length(), readme.indexOf("\n```", code));

    String source =
        Files.readString(Path.of("src/test/java/com/example/consumer/SyncConfigClientTest.java"))
            .replaceFirst("(?m)^package [\\w.]+;\\R", "")
            .replaceFirst("(?m)^/\\*\\*.*\\*/\\R", "");

    assertThat(normalised(example)).isEqualTo(normalised(source));
  }

  private static String normalised(String code) {
    // Without white space: the formatter wraps the code one way, the README another.
    return code.replaceAll("\\s+", "");
  }
}
