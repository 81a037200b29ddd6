package io.contractkit.starrocks.review.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.review.compat.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * oasdiff ({@code oasdiff breaking --format json}), installed by this module's build from the Go
 * module proxy into {@code target/oasdiff/bin} at the version the root pom pins. A change is
 * breaking for oasdiff when it reports at least one finding of level {@code ERR} (3); its {@code
 * WARN} findings ("potentially breaking") are shown but count as compatible, as its own {@code
 * --fail-on ERR} does. Answers are cached per pair of documents (and oasdiff version), so a rerun
 * does not start oasdiff again.
 */
final class Oasdiff {

  static final String TOOL = "oasdiff";
  private static final int ERR = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path executable;
  private final Path cache;
  private final String version;

  private Oasdiff(Path executable, Path cache, String version) {
    this.executable = executable;
    this.cache = cache;
    this.version = version;
  }

  /**
   * The oasdiff the build installed ({@code corpus.oasdiff}, set by this module's pom); fails,
   * saying how to get it, when it is not there.
   */
  static Oasdiff installed(Path cache) {
    String property = System.getProperty("corpus.oasdiff");
    Path executable = property == null ? null : Path.of(property);
    if (executable == null || !Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "oasdiff is not installed at "
              + executable
              + ". This module's build installs it with Go (`go install"
              + " github.com/oasdiff/oasdiff@<oasdiff.version>` into target/oasdiff/bin, phase"
              + " generate-test-resources); run the tests through Maven (./mvnw -B verify -pl"
              + " api/review -am), with Go on the PATH.");
    }
    // The pinned version (go install leaves "main" in `oasdiff --version`).
    String version = System.getProperty("corpus.oasdiff.version", "unknown version");
    return new Oasdiff(executable, cache, version);
  }

  String version() {
    return version;
  }

  /** oasdiff's verdict on the change from {@code base} to {@code revision}. */
  ToolVerdict judge(Path base, Path revision, String baseText, String revisionText) {
    JsonNode findings = findings(base, revision, baseText, revisionText);
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    findings.forEach(
        finding -> {
          String id = finding.path("id").asText();
          if (finding.path("level").asInt() >= ERR) {
            errors.add(id);
          } else {
            warnings.add(id);
          }
        });
    String detail =
        errors.isEmpty() && warnings.isEmpty()
            ? ""
            : String.join(", ", errors)
                + (warnings.isEmpty() ? "" : (errors.isEmpty() ? "" : "; ") + "warn: " + warnings);
    return new ToolVerdict(errors.isEmpty() ? Verdict.COMPATIBLE : Verdict.BREAKING, detail);
  }

  private JsonNode findings(Path base, Path revision, String baseText, String revisionText) {
    try {
      Path cached = cache.resolve(key(baseText, revisionText) + ".json");
      if (!Files.exists(cached)) {
        String out =
            run(
                List.of(
                    executable.toString(),
                    "breaking",
                    base.toString(),
                    revision.toString(),
                    "--format",
                    "json",
                    // Path-level parameters are compared only with this flag.
                    "--flatten-params"));
        Files.createDirectories(cache);
        Files.writeString(cached, out.isBlank() ? "[]" : out);
      }
      JsonNode findings = JSON.readTree(cached.toFile());
      return findings == null || findings.isNull() ? JSON.createArrayNode() : findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String key(String baseText, String revisionText) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(version.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(baseText.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(revisionText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("oasdiff did not finish in 60 s: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "oasdiff failed ("
                + process.exitValue()
                + "): "
                + command
                + "\n"
                + new String(err, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
