package io.contractkit.starrocks.review.baseline;

import io.contractkit.starrocks.review.lint.SpecDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last released document. Either a file given as such, or a directory of its own holding
 * exactly one document ({@code .yaml}, {@code .yml} or {@code .json}; in this repository {@code
 * api/spec/baseline/starrocks-sync-<version>.yaml}). A file named {@code <name>-<version>.<ext>}
 * must carry that version as its own {@code info.version}; promotion keeps the name and replaces
 * the version.
 */
public record Baseline(Path file, String version) {

  /** {@code <name>-<version>.<ext>}, the version starting with a digit (a lazy name). */
  private static final Pattern NAMED =
      Pattern.compile("^(.+?)-(\\d[0-9A-Za-z.+-]*)\\.(yaml|yml|json)$");

  private static final Pattern DOCUMENT = Pattern.compile("^.+\\.(yaml|yml|json)$");

  /** The baseline at {@code location}: a document file, or a directory holding exactly one. */
  public static Baseline in(Path location) {
    Path file = Files.isRegularFile(location) ? location : only(location);
    SpecDocument document = SpecDocument.parse(file);
    if (document.api() == null || document.api().getInfo() == null) {
      throw new IllegalStateException(
          "The baseline " + file + " is not an OpenAPI document: " + document.unreadable());
    }
    String declared = document.api().getInfo().getVersion();
    Matcher named = NAMED.matcher(file.getFileName().toString());
    if (named.matches() && !named.group(2).equals(declared)) {
      throw new IllegalStateException(
          file
              + " is named for version "
              + named.group(2)
              + " but its info.version is "
              + declared);
    }
    return new Baseline(file, declared);
  }

  private static Path only(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(file -> DOCUMENT.matcher(file.getFileName().toString()).matches())
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "No baseline: " + directory.toAbsolutePath() + " is neither a file nor a directory", e);
    }
    if (files.size() != 1) {
      throw new IllegalStateException(
          "Expected exactly one baseline document (.yaml, .yml or .json) in "
              + directory
              + ", found "
              + files);
    }
    return files.get(0);
  }

  /**
   * The file name the baseline of {@code newVersion} gets: this one's name with the version
   * replaced ({@code api-1.0.0.yaml} → {@code api-1.1.0.yaml}), or the same name when it carries no
   * version.
   */
  public String fileNameFor(String newVersion) {
    String name = file.getFileName().toString();
    Matcher named = NAMED.matcher(name);
    return named.matches() ? named.group(1) + "-" + newVersion + "." + named.group(3) : name;
  }

  public SpecDocument document() {
    return SpecDocument.parse(file);
  }
}
