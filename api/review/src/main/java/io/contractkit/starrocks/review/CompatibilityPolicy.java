package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.compat.Change;
import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.compat.CompatibilityVerdict;
import io.contractkit.starrocks.review.compat.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's policy knobs, applied to its verdict. The gate's rules judge by this contract's policy
 * (clients keep enum values they do not know); a team whose clients map response values to closed
 * enums turns {@link ReviewOptions#newResponseEnumValueIsCompatible()} off and gets those changes
 * as breaking.
 */
final class CompatibilityPolicy {

  /** How the gate words a response enum that gained values ({@code SchemaComparison#enums}). */
  static final String RESPONSE_ENUM_GAINED = "response enum gained ";

  private CompatibilityPolicy() {}

  static CompatibilityVerdict apply(CompatibilityVerdict verdict, ReviewOptions options) {
    if (verdict == null || options.newResponseEnumValueIsCompatible()) {
      return verdict;
    }
    List<Change> changes = new ArrayList<>();
    for (Change change : verdict.changes()) {
      if (!change.breaking()
          && CompatibilityRule.ENUM.id().equals(change.rule())
          && change.what().startsWith(RESPONSE_ENUM_GAINED)) {
        String values = change.what().substring(RESPONSE_ENUM_GAINED.length());
        int colon = values.indexOf(": ");
        changes.add(
            new Change(
                Verdict.BREAKING,
                change.rule(),
                change.where(),
                RESPONSE_ENUM_GAINED
                    + (colon < 0 ? values : values.substring(0, colon))
                    + ": clients that map the value to a closed enum fail on a value they do not"
                    + " know (newResponseEnumValueIsCompatible is off)"));
      } else {
        changes.add(change);
      }
    }
    changes.sort((a, b) -> a.verdict().compareTo(b.verdict()));
    return new CompatibilityVerdict(List.copyOf(changes), verdict.openApiDiff());
  }
}
