package io.contractkit.starrocks.review.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.lint.SpecDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.semver4j.Semver;

/**
 * Release step: makes the current document the new baseline ({@code SpecReviewCli --promote}).
 *
 * <p>Refuses when the document changed but its {@code info.version} did not (or went down), and
 * when the document breaks the baseline without a new major version: a baseline is a promise to the
 * clients of that version. Versions are ordered as Semantic Versioning 2.0.0 orders them
 * (semver4j): {@code 1.0.0-rc.1 < 1.0.0 < 1.0.1}.
 */
public final class BaselinePromotion {

  private BaselinePromotion() {}

  /** What happened, for the caller and the tests. */
  public record Outcome(boolean promoted, String message) {

    /** Not promoted for a reason the releaser must fix (not merely "nothing to do"). */
    public boolean refused() {
      return !promoted && message.startsWith("Refused");
    }
  }

  public static Outcome promote(Path documentFile, Path baselineDirectory) throws IOException {
    Baseline baseline = Baseline.in(baselineDirectory);
    SpecDocument document = SpecDocument.parse(documentFile);
    if (document.api() == null || document.api().getInfo() == null) {
      return new Outcome(
          false, "Refused: " + documentFile + " does not parse as an OpenAPI document");
    }
    String version = document.api().getInfo().getVersion();
    SpecDocument released = baseline.document();
    if (same(released.tree(), document.tree())) {
      return new Outcome(
          false, "Nothing to do: the document is already baseline " + baseline.version());
    }
    if (version.equals(baseline.version())) {
      return new Outcome(
          false,
          "Refused: the document changed since baseline "
              + baseline.version()
              + " but info.version is still "
              + version
              + "; raise info.version in "
              + documentFile.getFileName()
              + " first");
    }
    Semver next = semver(version);
    if (next == null) {
      return new Outcome(
          false,
          "Refused: info.version "
              + version
              + " is not a semantic version (MAJOR.MINOR.PATCH[-PRERELEASE])");
    }
    Semver current = semver(baseline.version());
    if (current == null) {
      return new Outcome(
          false,
          "Refused: the baseline's version " + baseline.version() + " is not a semantic version");
    }
    if (!next.isGreaterThan(current)) {
      return new Outcome(
          false,
          "Refused: info.version "
              + version
              + " is not above the baseline's "
              + baseline.version());
    }
    CompatibilityVerdict verdict = CompatibilityVerdict.of(released, document);
    if (verdict.breaking() && next.getMajor() <= current.getMajor()) {
      return new Outcome(
          false,
          "Refused: "
              + version
              + " breaks clients of "
              + baseline.version()
              + " without a new major version:"
              + verdict.describeBreaking());
    }
    Path target = baseline.file().resolveSibling(baseline.fileNameFor(version));
    Files.copy(documentFile, target, StandardCopyOption.REPLACE_EXISTING);
    if (!target.equals(baseline.file())) {
      Files.delete(baseline.file());
    }
    return new Outcome(
        true,
        "Promoted: "
            + target
            + " is the new baseline (was "
            + baseline.file().getFileName()
            + "). Commit "
            + baselineDirectory
            + " with the release.");
  }

  /**
   * A semantic version, or a shorter one such as {@code 1.1} read as {@code 1.1.0}; {@code null} if
   * neither.
   */
  private static Semver semver(String version) {
    Semver strict = Semver.parse(version);
    return strict != null ? strict : Semver.coerce(version);
  }

  private static boolean same(JsonNode a, JsonNode b) {
    return a.equals(b);
  }
}
