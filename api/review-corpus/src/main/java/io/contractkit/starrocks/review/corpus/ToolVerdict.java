package io.contractkit.starrocks.review.corpus;

import io.contractkit.starrocks.review.compat.Verdict;

/**
 * One tool's answer on one case.
 *
 * @param verdict breaking or compatible
 * @param detail what the tool named (rule or check ids), for the table
 */
record ToolVerdict(Verdict verdict, String detail) {}
