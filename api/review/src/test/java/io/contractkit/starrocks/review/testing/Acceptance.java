package io.contractkit.starrocks.review.testing;

import io.contractkit.starrocks.review.ReviewOptions;
import io.contractkit.starrocks.review.findings.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The acceptance scenario on a document that is not this repository's: {@code
 * library-1.0.0.yaml} is the released baseline, {@code library-pull-request.yaml} a pull request
 * that removes a response field ({@code Book.shelf}), tightens a request pattern ({@code
 * NewBook.title}) and adds an optional request field ({@code NewBook.subtitle}). Expected lines are
 * found in the files' text, never written down.
 */
public final class Acceptance {

  private Acceptance() {}

  /**
   * The review's options for this other team's document: its errors are its own (no 401/500
   * documented, no shared ErrorResponse), so those two house rules are switched off, as that team
   * would configure the plugin.
   */
  public static ReviewOptions options() {
    return new ReviewOptions(
        Set.of(),
        Set.of("errors-documented", "shared-errors"),
        Severity.ERROR,
        true,
        Severity.ERROR);
  }

  public static Path baseline() {
    return resource("review/acceptance/library-1.0.0.yaml");
  }

  public static Path pullRequest() {
    return resource("review/acceptance/library-pull-request.yaml");
  }

  /** The 1-based line of the first line of {@code file} that equals {@code text} once trimmed. */
  public static int line(Path file, String text) {
    return line(file, text, 1);
  }

  /** The same, from line {@code from} on. */
  public static int line(Path file, String text, int from) {
    List<String> lines = lines(file);
    for (int i = from - 1; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line `" + text + "` in " + file + " from line " + from);
  }

  /** The 1-based column where {@code text} starts on that line. */
  public static int column(Path file, String text) {
    String line = lines(file).get(line(file, text) - 1);
    return line.indexOf(text.charAt(0)) + 1;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Acceptance.class.getClassLoader().getResource(name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
