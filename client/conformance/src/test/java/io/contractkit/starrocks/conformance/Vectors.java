package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The vectors the build wrote, read as every SDK reads them: from {@code STARROCKS_VECTORS_DIR}.
 * Missing files fail the test loudly; they are never skipped or regenerated here.
 */
final class Vectors {

  static final String DIR_VARIABLE = "STARROCKS_VECTORS_DIR";
  static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  static JsonNode read(String file) {
    String dir = System.getenv(DIR_VARIABLE);
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          DIR_VARIABLE
              + " is not set: run the tests through Maven (client/conformance's pom sets it to"
              + " target/vectors)");
    }
    Path path = Path.of(dir, file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          path
              + " does not exist: the build writes it in process-classes"
              + " (./mvnw -B -pl client/conformance -am verify)");
    }
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
