package io.contractkit.starrocks.review.corpus;

import io.contractkit.starrocks.review.compat.Change;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.compat.Verdict;
import io.contractkit.starrocks.review.lint.SpecDocument;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/** The three tools of the comparison, each run on one materialized case. */
final class Tools {

  static final String GATE = "gate";
  static final String OPENAPI_DIFF = "openapi-diff";
  static final List<String> NAMES = List.of(GATE, Oasdiff.TOOL, OPENAPI_DIFF);

  private final Oasdiff oasdiff;

  /** Each base parsed once (by its text): cases run in parallel and share them read-only. */
  private final Map<String, SpecDocument> parsedBases = new ConcurrentHashMap<>();

  Tools(Oasdiff oasdiff) {
    this.oasdiff = oasdiff;
  }

  CaseResult run(CorpusCase change, Corpus.Materialized files) {
    SpecDocument base =
        parsedBases.computeIfAbsent(files.baseText(), text -> SpecDocument.parse(files.base()));
    SpecDocument revision = SpecDocument.parse(files.revision());
    if (base.api() == null || revision.api() == null) {
      throw new IllegalArgumentException(
          change.id() + ": the changed document does not parse: " + revision.parserMessages());
    }
    CompatibilityVerdict gate = CompatibilityVerdict.of(base, revision);
    Set<String> rules =
        gate.changes().stream()
            .map(Change::rule)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, ToolVerdict> verdicts = new LinkedHashMap<>();
    verdicts.put(GATE, gateVerdict(gate));
    verdicts.put(
        Oasdiff.TOOL,
        oasdiff.judge(files.base(), files.revision(), files.baseText(), files.revisionText()));
    verdicts.put(OPENAPI_DIFF, openApiDiff(files));
    StringBuilder findings = new StringBuilder();
    gate.changes().forEach(found -> findings.append("\n  - ").append(found));
    return new CaseResult(change, verdicts, rules, files.changesSomething(), findings.toString());
  }

  private static ToolVerdict gateVerdict(CompatibilityVerdict gate) {
    List<Change> shown = gate.breaking() ? gate.breakingChanges() : gate.compatibleChanges();
    String rules = shown.stream().map(Change::rule).distinct().collect(Collectors.joining(", "));
    return new ToolVerdict(gate.breaking() ? Verdict.BREAKING : Verdict.COMPATIBLE, rules);
  }

  /** openapi-diff on its own defaults, as a team would run it. */
  private static ToolVerdict openApiDiff(Corpus.Materialized files) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(files.baseText(), files.revisionText());
    return new ToolVerdict(
        diff.isIncompatible() ? Verdict.BREAKING : Verdict.COMPATIBLE,
        diff.isIncompatible() ? "incompatible" : diff.isDifferent() ? "compatible" : "no change");
  }
}
