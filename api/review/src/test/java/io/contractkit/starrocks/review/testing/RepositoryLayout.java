package io.contractkit.starrocks.review.testing;

import io.contractkit.starrocks.api.ContractDocument;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.review.lint.SpecDocument;
import java.nio.file.Path;

/**
 * Where this repository keeps what the review of its own document needs: the document (from the api
 * artifact), the baseline directory and the review's output. The build passes the last two as
 * system properties (see this module's pom); the fallbacks serve a test run from an IDE.
 */
public final class RepositoryLayout {

  private RepositoryLayout() {}

  /** This repository's document, as shipped in the api artifact. */
  public static SpecDocument contract() {
    return SpecDocument.of(ContractModel.load(), ContractDocument.url().toString());
  }

  /** {@code api/spec/baseline}. */
  public static Path baselineDirectory() {
    return property("spec-review.baseline", moduleDirectory().resolve("../spec/baseline"));
  }

  /** Where the tests write this document's REVIEW.md and reference.html ({@link #reviewed()}). */
  public static Path output() {
    return property("spec-review.output", moduleDirectory().resolve("target/spec-review"));
  }

  /**
   * {@code api/spec/src/main/resources/openapi/starrocks-sync.yaml}, the file a pull request edits.
   */
  public static Path documentFile() {
    return property(
        "spec-review.document",
        moduleDirectory().resolve("../spec/src/main/resources/openapi/starrocks-sync.yaml"));
  }

  private static boolean written;

  /**
   * The output directory, with the review of this repository's document written into it once per
   * test run (the Maven plugin writes the same files in api/spec-review's build).
   */
  public static synchronized Path reviewed() {
    if (!written) {
      io.contractkit.starrocks.review.SpecReview.of(documentFile(), baselineDirectory())
          .write(output());
      written = true;
    }
    return output();
  }

  /** This module's README. */
  public static Path readme() {
    return moduleDirectory().resolve("README.md");
  }

  /**
   * The api/review module's directory: Maven's {@code basedir} in builds and tests, else the
   * working directory.
   */
  public static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  }

  private static Path property(String name, Path fallback) {
    String value = System.getProperty(name);
    return (value == null || value.isBlank() ? fallback : Path.of(value))
        .toAbsolutePath()
        .normalize();
  }
}
