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

  /** Where the tests write what they render. */
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
