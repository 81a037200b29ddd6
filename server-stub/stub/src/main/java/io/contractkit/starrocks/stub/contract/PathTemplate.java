package io.contractkit.starrocks.stub.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An OpenAPI path template such as {@code /v3/{project_id}/instances}, matched against paths. */
public final class PathTemplate {

  private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

  private final String template;
  private final Pattern pattern;

  public PathTemplate(String template) {
    this.template = template;
    StringBuilder regex = new StringBuilder("^");
    Matcher m = PARAMETER.matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last))).append('$');
    this.pattern = Pattern.compile(regex.toString());
  }

  public String template() {
    return template;
  }

  /** Whether a request path (without query string) fits this template. */
  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  @Override
  public String toString() {
    return template;
  }
}
