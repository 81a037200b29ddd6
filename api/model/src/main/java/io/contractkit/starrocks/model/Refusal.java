package io.contractkit.starrocks.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a response means when the document marks it with {@code x-refusal}: the answer to a request
 * the contract refuses, or to one without an accepted credential.
 */
public enum Refusal {
  /** {@code x-refusal: request}: a parameter, header, body or content type breaks the contract. */
  REQUEST,
  /** {@code x-refusal: credential}: no credential the operation's security accepts. */
  CREDENTIAL;

  /** The vendor extension on a response (usually a shared component response). */
  public static final String EXTENSION = "x-refusal";

  static Optional<Refusal> of(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.toString().trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          EXTENSION + " must be request or credential, not " + value, e);
    }
  }
}
