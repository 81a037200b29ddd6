package io.contractkit.starrocks.model;

import java.util.Locale;

/** Where a parameter travels, the OpenAPI {@code in}. */
public enum ParameterLocation {
  PATH,
  QUERY,
  HEADER,
  COOKIE;

  static ParameterLocation of(String in) {
    return valueOf(in.toUpperCase(Locale.ROOT));
  }

  /** The name the document uses: {@code path}, {@code query}, ... */
  public String documentName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
