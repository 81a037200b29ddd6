package io.contractkit.starrocks.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a request asked for with its {@code Prefer} header (see {@link PreferHeader}).
 *
 * @param example a documented example name ({@code example=})
 * @param code a documented status ({@code code=})
 * @param delayMillis a delay before answering ({@code delay=})
 * @param fault a network fault instead of an answer ({@code fault=})
 * @param hostile an answer the document does not promise ({@code hostile=}, see {@link
 *     HostileScenario})
 */
public record Preferences(
    Optional<String> example,
    OptionalInt code,
    OptionalLong delayMillis,
    Optional<String> fault,
    Optional<String> hostile) {

  public static final Preferences NONE =
      new Preferences(
          Optional.empty(),
          OptionalInt.empty(),
          OptionalLong.empty(),
          Optional.empty(),
          Optional.empty());

  /** Whether the request chose its outcome itself rather than taking the default answer. */
  public boolean choosesOutcome() {
    return example.isPresent() || code.isPresent();
  }

  /** The preferences in the form of a {@code Preference-Applied} header value. */
  public String applied() {
    List<String> parts = new ArrayList<>();
    code.ifPresent(c -> parts.add("code=" + c));
    example.ifPresent(e -> parts.add("example=" + e));
    delayMillis.ifPresent(d -> parts.add("delay=" + d));
    fault.ifPresent(f -> parts.add("fault=" + f));
    hostile.ifPresent(h -> parts.add("hostile=" + h));
    return String.join(", ", parts);
  }
}
