package io.contractkit.starrocks.review.reference;

/** Escaping for the few pieces of HTML the reference page writes itself. */
final class Html {

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An id attribute value: letters, digits, '-' and '_' only. */
  static String id(String text) {
    return text.replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
