package io.contractkit.starrocks.review.compat;

import io.contractkit.starrocks.review.lint.SpecDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's answer for one document against one baseline: the gate's own rules, backed by
 * openapi-diff. Breaking when any rule finds a breaking change, or when openapi-diff finds an
 * incompatibility (outside {@link OpenApiDiffCrossCheck#OVERRIDDEN}) that no rule names.
 */
public record CompatibilityVerdict(List<Change> changes, OpenApiDiffCrossCheck.Result openApiDiff) {

  public static CompatibilityVerdict of(SpecDocument baseline, SpecDocument document) {
    List<Change> changes = new ArrayList<>(CompatibilityCheck.compare(baseline, document));
    OpenApiDiffCrossCheck.Result openApiDiff =
        OpenApiDiffCrossCheck.compare(baseline.text(), document.text());
    if (openApiDiff.incompatible() && changes.stream().noneMatch(Change::breaking)) {
      changes.add(
          0,
          new Change(
              Verdict.BREAKING,
              CompatibilityRule.OPENAPI_DIFF.id(),
              "document",
              "openapi-diff reports an incompatible change that none of the gate's rules names; see its report"));
    }
    return new CompatibilityVerdict(List.copyOf(changes), openApiDiff);
  }

  public boolean breaking() {
    return changes.stream().anyMatch(Change::breaking);
  }

  public List<Change> breakingChanges() {
    return changes.stream().filter(Change::breaking).toList();
  }

  public List<Change> compatibleChanges() {
    return changes.stream().filter(change -> !change.breaking()).toList();
  }

  /** One line per breaking change, for a failure message. */
  public String describeBreaking() {
    StringBuilder text = new StringBuilder();
    breakingChanges()
        .forEach(
            change ->
                text.append("\n  - [")
                    .append(change.rule())
                    .append("] ")
                    .append(change.where())
                    .append(": ")
                    .append(change.what()));
    return text.toString();
  }
}
