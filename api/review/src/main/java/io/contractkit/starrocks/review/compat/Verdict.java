package io.contractkit.starrocks.review.compat;

/** Whether a change can reach existing clients or stub consumers unharmed. */
public enum Verdict {
  /** Breaks an existing client, an SDK user's code or a stub consumer's test: the gate fails. */
  BREAKING,
  /** Safe for everyone who used the baseline; listed so that reviewers see it. */
  COMPATIBLE
}
