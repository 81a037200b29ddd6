package io.contractkit.starrocks.api.review.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.api.lint.SpecDocument;
import io.contractkit.starrocks.api.review.ModuleLayout;
import io.contractkit.starrocks.api.review.compat.CompatibilityVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Release step: makes the current document the new baseline.
 *
 * <p>{@code ./mvnw -B -q -pl api/spec test-compile exec:java@promote-baseline}
 *
 * <p>Refuses when the document changed but its {@code info.version} did not (or went down), and
 * when the document breaks the baseline without a new major version: a baseline is a promise to
 * the clients of that version.
 */
public final class BaselinePromotion {

  private BaselinePromotion() {}

  /** What happened, for the caller and the tests. */
  public record Outcome(boolean promoted, String message) {}

  public static void main(String[] args) throws IOException {
    Path module = args.length > 0 ? Path.of(args[0]) : ModuleLayout.moduleDirectory();
    Outcome outcome = promote(module.resolve(ModuleLayout.DOCUMENT), module);
    System.out.println(outcome.message());
    if (!outcome.promoted() && outcome.message().startsWith("Refused")) {
      throw new IllegalStateException(outcome.message());
    }
  }

  public static Outcome promote(Path documentFile, Path module) throws IOException {
    Baseline baseline = Baseline.in(module);
    SpecDocument document = SpecDocument.parse(documentFile);
    if (document.api() == null || document.api().getInfo() == null) {
      return new Outcome(false, "Refused: " + documentFile + " does not parse as an OpenAPI document");
    }
    String version = document.api().getInfo().getVersion();
    SpecDocument released = baseline.document();
    if (same(released.tree(), document.tree())) {
      return new Outcome(false, "Nothing to do: the document is already baseline " + baseline.version());
    }
    if (version.equals(baseline.version())) {
      return new Outcome(false, "Refused: the document changed since baseline " + baseline.version()
          + " but info.version is still " + version + "; raise info.version in " + documentFile.getFileName() + " first");
    }
    if (SemanticVersion.compare(version, baseline.version()) <= 0) {
      return new Outcome(false, "Refused: info.version " + version + " is not above the baseline's " + baseline.version());
    }
    CompatibilityVerdict verdict = CompatibilityVerdict.of(released, document);
    if (verdict.breaking() && SemanticVersion.major(version) <= SemanticVersion.major(baseline.version())) {
      return new Outcome(false, "Refused: " + version + " breaks clients of " + baseline.version()
          + " without a new major version:" + verdict.describeBreaking());
    }
    Path target = baseline.file().resolveSibling(Baseline.fileName(version));
    Files.copy(documentFile, target, StandardCopyOption.REPLACE_EXISTING);
    Files.delete(baseline.file());
    return new Outcome(true, "Promoted: " + target + " is the new baseline (was " + baseline.file().getFileName()
        + "). Commit api/" + Baseline.DIRECTORY + "/ with the release.");
  }

  private static boolean same(JsonNode a, JsonNode b) {
    return a.equals(b);
  }
}
