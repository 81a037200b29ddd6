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
 * The last released document, kept in a directory of its own (in this repository {@code
 * api/spec/baseline/starrocks-sync-<version>.yaml}): exactly one file, whose name carries the
 * version, which must equal its own {@code info.version}.
 */
public record Baseline(Path file, String version) {

  private static final Pattern NAME = Pattern.compile("^starrocks-sync-(.+)\\.yaml$");

  /** File name of the baseline for a version. */
  public static String fileName(String version) {
    return "starrocks-sync-" + version + ".yaml";
  }

  /** The one baseline in {@code directory}. */
  public static Baseline in(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(file -> NAME.matcher(file.getFileName().toString()).matches())
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("No baseline directory " + directory.toAbsolutePath(), e);
    }
    if (files.size() != 1) {
      throw new IllegalStateException(
          "Expected exactly one starrocks-sync-<version>.yaml in "
              + directory
              + ", found "
              + files);
    }
    Path file = files.get(0);
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    matcher.matches();
    Baseline baseline = new Baseline(file, matcher.group(1));
    String declared = baseline.document().api().getInfo().getVersion();
    if (!baseline.version().equals(declared)) {
      throw new IllegalStateException(
          file
              + " is named for version "
              + baseline.version()
              + " but its info.version is "
              + declared);
    }
    return baseline;
  }

  public SpecDocument document() {
    return SpecDocument.parse(file);
  }
}
