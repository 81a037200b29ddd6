package io.contractkit.starrocks.review.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping, and the little Markdown the document's descriptions use (code, paragraphs, lists). */
final class Html {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

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

  /** Inline Markdown: only `code`. */
  static String inline(String text) {
    Matcher matcher = CODE.matcher(escape(text));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement("<code>" + matcher.group(1) + "</code>"));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Block Markdown: paragraphs separated by blank lines, and "- " lists. */
  static String blocks(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String block : text.strip().split("\\n\\s*\\n")) {
      String[] lines = block.strip().split("\\n");
      if (lines[0].strip().startsWith("- ")) {
        out.append("<ul>");
        StringBuilder item = null;
        for (String line : lines) {
          if (line.strip().startsWith("- ")) {
            if (item != null) {
              out.append("<li>").append(inline(item.toString())).append("</li>");
            }
            item = new StringBuilder(line.strip().substring(2));
          } else if (item != null) {
            item.append(' ').append(line.strip());
          }
        }
        if (item != null) {
          out.append("<li>").append(inline(item.toString())).append("</li>");
        }
        out.append("</ul>");
      } else {
        out.append("<p>").append(inline(String.join(" ", stripAll(lines)))).append("</p>");
      }
    }
    return out.toString();
  }

  private static String[] stripAll(String[] lines) {
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      out[i] = lines[i].strip();
    }
    return out;
  }

  /** An id attribute value: letters, digits, '-' and '_' only. */
  static String id(String text) {
    return text.replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
