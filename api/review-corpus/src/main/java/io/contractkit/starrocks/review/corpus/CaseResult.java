package io.contractkit.starrocks.review.corpus;

import io.contractkit.starrocks.review.compat.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every tool's verdict on one case.
 *
 * @param change the case
 * @param verdicts by tool name ({@link Tools#NAMES}), in table order
 * @param gateRules the ids of every rule the gate named on the case, breaking or compatible
 * @param changesDocument whether the patch changed the document at all
 * @param gateFindings the gate's own words on every change it found, for failure messages
 */
record CaseResult(
    CorpusCase change,
    Map<String, ToolVerdict> verdicts,
    Set<String> gateRules,
    boolean changesDocument,
    String gateFindings) {

  CaseResult {
    verdicts = new LinkedHashMap<>(verdicts);
  }

  boolean right(String tool) {
    return verdicts.get(tool).verdict() == change.expected();
  }

  /** The tools whose verdict differs from the expected one. */
  List<String> wrongTools() {
    return verdicts.keySet().stream().filter(tool -> !right(tool)).toList();
  }

  boolean allAgree() {
    return verdicts.values().stream().map(ToolVerdict::verdict).distinct().count() == 1;
  }

  Verdict expected() {
    return change.expected();
  }
}
