package io.contractkit.starrocks.review.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes found so far. A shared component is reached from several places (the same header in
 * every response, say); the same finding about it is kept once, with every place named.
 */
final class Changes {

  private final Map<String, Change> byFinding = new LinkedHashMap<>();

  void breaking(CompatibilityRule rule, String where, String what) {
    add(new Change(Verdict.BREAKING, rule.id(), where, what));
  }

  void compatible(CompatibilityRule rule, String where, String what) {
    add(new Change(Verdict.COMPATIBLE, rule.id(), where, what));
  }

  void add(Change change) {
    String key = change.verdict() + "|" + change.rule() + "|" + change.what();
    Change seen = byFinding.get(key);
    if (seen == null) {
      byFinding.put(key, change);
    } else if (!seen.where().contains(change.where())) {
      byFinding.put(
          key,
          new Change(
              seen.verdict(), seen.rule(), seen.where() + "; " + change.where(), seen.what()));
    }
  }

  List<Change> list() {
    List<Change> all = new ArrayList<>(byFinding.values());
    all.sort((a, b) -> a.verdict().compareTo(b.verdict()));
    return all;
  }
}
