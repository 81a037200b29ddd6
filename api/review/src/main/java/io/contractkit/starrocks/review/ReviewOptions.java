package io.contractkit.starrocks.review;

import io.contractkit.starrocks.review.findings.Severity;
import io.contractkit.starrocks.review.lint.HouseRule;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a review is configured, the same from the command line and the Maven plugin.
 *
 * @param houseRules the house rules that apply (ids; empty: all)
 * @param skippedHouseRules house rules that do not apply (ids), applied after {@code houseRules}
 * @param houseRuleSeverity {@link Severity#ERROR} (a broken house rule fails the review) or {@link
 *     Severity#WARNING} (advice)
 * @param newResponseEnumValueIsCompatible whether a new value in a response enum is compatible
 *     (default: yes, for clients that keep values they do not know; no for clients with closed
 *     enums)
 * @param failOn the least severity that fails the review ({@code null}: never fails)
 */
public record ReviewOptions(
    Set<String> houseRules,
    Set<String> skippedHouseRules,
    Severity houseRuleSeverity,
    boolean newResponseEnumValueIsCompatible,
    Severity failOn) {

  public ReviewOptions {
    houseRules = Set.copyOf(houseRules);
    skippedHouseRules = Set.copyOf(skippedHouseRules);
    Set<String> unknown = new LinkedHashSet<>(houseRules);
    unknown.addAll(skippedHouseRules);
    unknown.removeAll(HouseRule.ids());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown house rule(s) " + unknown + "; the house rules are " + HouseRule.ids());
    }
    if (houseRuleSeverity == Severity.NOTE) {
      throw new IllegalArgumentException("houseRuleSeverity is error or warning");
    }
  }

  /** Every house rule, as errors; response enums may grow; the review fails on errors. */
  public static ReviewOptions defaults() {
    return new ReviewOptions(Set.of(), Set.of(), Severity.ERROR, true, Severity.ERROR);
  }

  public boolean applies(String houseRule) {
    return (houseRules.isEmpty() || houseRules.contains(houseRule))
        && !skippedHouseRules.contains(houseRule);
  }

  /** A comma-separated list of ids as a set ({@code null} or blank: empty). */
  public static Set<String> ids(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank()
        ? Set.of()
        : Arrays.stream(commaSeparated.split(","))
            .map(String::trim)
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** {@code error}, {@code warning}, {@code note}, or {@code never} ({@code null}). */
  public static Severity failOn(String level) {
    return "never".equalsIgnoreCase(level.trim()) ? null : Severity.of(level);
  }

  public ReviewOptions withFailOn(Severity level) {
    return new ReviewOptions(
        houseRules, skippedHouseRules, houseRuleSeverity, newResponseEnumValueIsCompatible, level);
  }
}
