package io.contractkit.starrocks.model;

/**
 * One operation's route: what an HTTP server needs to dispatch requests to it, nothing more.
 *
 * @param method upper-case HTTP method, such as {@code PUT}
 * @param template the path template, such as {@code /v3/{project_id}/instances}
 * @param operationId the operationId, or {@code "<method> <path>"} when the document gives none (as
 *     {@link ApiOperation#operationId()} names it)
 */
public record Route(String method, String template, String operationId) {}
