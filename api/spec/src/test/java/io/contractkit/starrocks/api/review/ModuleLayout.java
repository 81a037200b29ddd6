package io.contractkit.starrocks.api.review;

import java.nio.file.Path;

/** Where the review finds the document and writes its output, relative to the api module. */
public final class ModuleLayout {

  /** The hand-written document, as edited in a pull request. */
  public static final String DOCUMENT = "src/main/resources/openapi/starrocks-sync.yaml";
  /** The review's output directory. */
  public static final String OUTPUT = "target/spec-review";
  public static final String REPORT = "REVIEW.md";
  public static final String REFERENCE = "reference.html";

  private ModuleLayout() {}

  /** The api module's directory: Maven's {@code basedir} in builds and tests, else the working directory. */
  public static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  }
}
