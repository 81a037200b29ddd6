package io.contractkit.starrocks.review.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The README's goal and parameter tables say what the plugin descriptor says. */
class PluginDescriptorMatchesReadmeTest {

  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\|");

  private static Document descriptor() throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(Path.of(System.getProperty("plugin.descriptor")).toFile());
  }

  private static String readme() throws Exception {
    return Files.readString(Path.of(System.getProperty("plugin.readme")));
  }

  @Test
  void every_goal_of_the_descriptor_is_in_the_goal_table_with_its_default_phase() throws Exception {
    Map<String, String> goals = new LinkedHashMap<>();
    NodeList mojos = descriptor().getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String phase = child(mojo, "phase");
      goals.put(child(mojo, "goal"), phase == null ? "—" : "`" + phase + "`");
    }
    String table = section(readme(), "## Goals");
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      documented.put(row.group(1), row.group(2).trim().split(" ")[0]);
    }

    assertThat(goals).isNotEmpty();
    assertThat(documented).isEqualTo(goals);
  }

  @Test
  void every_parameter_is_in_the_parameter_table_with_its_user_property_and_default()
      throws Exception {
    Map<String, String> parameters = new LinkedHashMap<>();
    NodeList configurations = descriptor().getElementsByTagName("configuration");
    for (int i = 0; i < configurations.getLength(); i++) {
      NodeList values = configurations.item(i).getChildNodes();
      for (int j = 0; j < values.getLength(); j++) {
        if (values.item(j) instanceof Element value) {
          String property = value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
          String fallback = value.getAttribute("default-value");
          parameters.put(value.getTagName(), "`" + property + "` " + fallback);
        }
      }
    }
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = ROW.matcher(section(readme(), "## Parameters"));
    while (row.find()) {
      String fallback = row.group(3).trim();
      documented.put(
          row.group(1),
          row.group(2).trim() + " " + (fallback.startsWith("`") ? fallback.replace("`", "") : ""));
    }

    assertThat(parameters).hasSizeGreaterThan(10);
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(parameters);
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf(heading);
    int end = readme.indexOf("\n## ", start + heading.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return null;
  }
}
