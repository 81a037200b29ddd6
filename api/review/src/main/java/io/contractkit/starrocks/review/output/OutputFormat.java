package io.contractkit.starrocks.review.output;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The formats a review writes, each from the same list of findings, each to its own file. */
public enum OutputFormat {
  /** The report for a pull-request comment (and a reader). */
  MARKDOWN("markdown", "REVIEW.md"),
  /** GitHub Actions workflow commands: one annotation per finding, on its line. */
  GITHUB("github", "github-annotations.txt"),
  /** SARIF 2.1.0, for code scanning. */
  SARIF("sarif", "spec-review.sarif"),
  /** JUnit XML, so any CI shows the gate as tests. */
  JUNIT("junit", "TEST-spec-review.xml");

  private final String id;
  private final String fileName;

  OutputFormat(String id, String fileName) {
    this.id = id;
    this.fileName = fileName;
  }

  public String id() {
    return id;
  }

  /** The file the format is written to, in the output directory. */
  public String fileName() {
    return fileName;
  }

  /** A comma-separated list ({@code sarif,junit}; {@code all} for every format). */
  public static Set<OutputFormat> parse(String formats) {
    if (formats == null || formats.isBlank() || formats.trim().equalsIgnoreCase("all")) {
      return EnumSet.allOf(OutputFormat.class);
    }
    return Arrays.stream(formats.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .map(OutputFormat::of)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OutputFormat.class)));
  }

  public static OutputFormat of(String id) {
    return Arrays.stream(values())
        .filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown format `"
                        + id
                        + "`: expected "
                        + Arrays.stream(values()).map(OutputFormat::id).toList()
                        + " or all"));
  }
}
