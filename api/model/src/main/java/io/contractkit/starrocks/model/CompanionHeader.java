package io.contractkit.starrocks.model;

/**
 * A header that travels with a credential without being the credential itself (for example {@code
 * X-Project-Id} with an AK/SK signature), from a security scheme's {@code x-companion-headers}.
 */
public record CompanionHeader(String name, boolean required, String description) {}
