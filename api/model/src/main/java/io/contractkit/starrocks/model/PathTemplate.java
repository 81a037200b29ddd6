package io.contractkit.starrocks.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template such as {@code /v3/{project_id}/instances/{instance_id}}: filled with
 * values to build a request path, or matched against a request path to read the values back.
 */
public final class PathTemplate {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  private final String template;
  private final List<String> parameterNames;
  private final Pattern pattern;

  public PathTemplate(String template) {
    this.template = template;
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^");
    Matcher m = PARAMETER.matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last))).append('$');
    this.parameterNames = List.copyOf(names);
    this.pattern = Pattern.compile(regex.toString());
  }

  public String template() {
    return template;
  }

  /** The names of the template's parameters, in order. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * The path with every parameter replaced by its value, percent-encoded as a path segment.
   *
   * @throws IllegalArgumentException when a parameter has no value
   */
  public String fill(Map<String, String> values) {
    StringBuilder path = new StringBuilder();
    Matcher m = PARAMETER.matcher(template);
    int last = 0;
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "No value for path parameter " + m.group(1) + " of " + template);
      }
      path.append(template, last, m.start()).append(encode(value));
      last = m.end();
    }
    return path.append(template.substring(last)).toString();
  }

  /**
   * The parameter values of a request path (without query string), decoded; empty when it does not
   * fit.
   */
  public Optional<Map<String, String>> match(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parameterNames.size(); i++) {
      values.put(
          parameterNames.get(i),
          URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return Optional.of(Map.copyOf(values));
  }

  /** Whether a request path (without query string) fits this template. */
  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  /** The regular expression (java.util.regex) a fitting path matches; one group per parameter. */
  public Pattern regex() {
    return pattern;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathTemplate that && template.equals(that.template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }
}
