package io.contractkit.starrocks.review.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractkit.starrocks.review.compat.Verdict;
import java.util.List;
import java.util.Map;

/**
 * One single change to an OpenAPI document, with the verdict a careful reviewer gives it.
 *
 * @param id stable, kebab-case; names the case in the table and in failures
 * @param title one line saying what changes
 * @param base which base document the change applies to (see {@link Corpus#BASES})
 * @param tags what the case covers (direction, constraint, loosening or tightening, location, …)
 * @param patch the change, as JSON Patch (RFC 6902) operations on the base's YAML tree
 * @param expected breaking or compatible
 * @param breaks whom a breaking change breaks ({@code clients}, {@code sdk-users}, {@code
 *     stub-consumers}); empty for a compatible one
 * @param why why that verdict, in one sentence
 * @param notes for each tool whose verdict differs from {@code expected}: who is right and why
 */
public record CorpusCase(
    String id,
    String title,
    String base,
    List<String> tags,
    JsonNode patch,
    Verdict expected,
    List<String> breaks,
    String why,
    Map<String, String> notes) {}
