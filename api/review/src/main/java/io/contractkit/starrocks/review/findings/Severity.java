package io.contractkit.starrocks.review.findings;

import java.util.Locale;

/** How serious a finding is; the names are SARIF's levels, and GitHub's annotation commands. */
public enum Severity {
  /** Breaks someone, or the document is invalid: fails the review under the default fail-on. */
  ERROR,
  /** A house rule configured as advice. */
  WARNING,
  /** Compatible changes, listed so that reviewers see them. */
  NOTE;

  /** The lower-case name used by SARIF, GitHub and the plugin's parameters. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity reaches the {@code threshold} ({@code error} ≥ …). */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity of(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown severity `" + id + "`: expected error, warning or note", e);
    }
  }
}
