package io.contractkit.starrocks.contract.model;

/**
 * One header-borne security scheme of the contract, with the form a well-formed value has
 * (the scheme's {@code x-value-pattern}), when the contract gives one.
 */
public record CredentialScheme(String name, String header, String valuePattern) {}
