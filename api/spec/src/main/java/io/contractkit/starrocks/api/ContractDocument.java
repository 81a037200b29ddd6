package io.contractkit.starrocks.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Where the contract lives on the classpath of anyone who depends on the {@code api} artifact.
 *
 * <p>Other modules and outside teams locate the document through these constants rather than
 * through a relative path into this repository, so the jar is the only thing they need.
 */
public final class ContractDocument {

  /** The hand-written document, as reviewed: YAML, internal {@code $ref}s kept. */
  public static final String RESOURCE = "openapi/starrocks-sync.yaml";

  /** The same contract as a single JSON file with no external {@code $ref}. */
  public static final String BUNDLED_RESOURCE = "openapi/starrocks-sync.bundled.json";

  private ContractDocument() {}

  /** URL of the hand-written document, for parsers that take a location. */
  public static URL url() {
    return locate(RESOURCE);
  }

  /** URL of the bundled single-file copy. */
  public static URL bundledUrl() {
    return locate(BUNDLED_RESOURCE);
  }

  /** The hand-written document as text. */
  public static String text() {
    try (InputStream in = url().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  private static URL locate(String resource) {
    URL url = ContractDocument.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          resource + " is not on the classpath: add the starrocks-sync-api artifact");
    }
    return url;
  }
}
