package io.contractkit.starrocks.api.lint;

/** JSON pointers into the document, escaped per RFC 6901 so that paths with '/' stay readable. */
final class Pointer {

  private Pointer() {}

  static String of(String... segments) {
    StringBuilder pointer = new StringBuilder("#");
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  static String child(String base, String... segments) {
    return base + of(segments).substring(1);
  }
}
