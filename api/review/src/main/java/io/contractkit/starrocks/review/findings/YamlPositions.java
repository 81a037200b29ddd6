package io.contractkit.starrocks.review.findings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line and column of every element of a YAML (or JSON) file, by JSON pointer, from SnakeYAML's
 * node marks (the parser swagger-parser and Jackson's YAML module already bring): a mapping entry
 * is placed at its key, an array item at its value. Aliases are followed once, so a pointer through
 * an alias lands on the anchored node.
 */
public final class YamlPositions {

  private final String file;
  private final Map<String, Mark> marks = new HashMap<>();

  private YamlPositions(String file) {
    this.file = file;
  }

  /** Reads {@code path}; {@code shownAs} is the file name findings carry. */
  public static YamlPositions of(Path path, String shownAs) {
    try {
      return of(Files.readString(path, StandardCharsets.UTF_8), shownAs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document's {@code text}; {@code shownAs} is the file name findings carry. */
  public static YamlPositions of(String text, String shownAs) {
    YamlPositions positions = new YamlPositions(shownAs);
    if (text == null) {
      return positions;
    }
    try (Reader reader = new java.io.StringReader(text)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(Integer.MAX_VALUE);
      options.setMaxAliasesForCollections(Integer.MAX_VALUE);
      Node root = new Yaml(options).compose(reader);
      if (root != null) {
        positions.marks.put("", root.getStartMark());
        positions.walk(root, "", 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // Not YAML at all: the parser check reports it; every finding then points at line 1.
    }
    return positions;
  }

  private void walk(Node node, String pointer, int depth) {
    if (depth > 200) {
      return; // a cycle through aliases
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          String child = pointer + "/" + escape(key.getValue());
          marks.putIfAbsent(child, key.getStartMark());
          walk(tuple.getValueNode(), child, depth + 1);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        String child = pointer + "/" + i;
        marks.putIfAbsent(child, items.get(i).getStartMark());
        walk(items.get(i), child, depth + 1);
      }
    }
  }

  /** RFC 6901 escaping of one reference token. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@code pointer} itself, then the schemas a parameter, header, body or response there carries:
   * {@code pointer/schema} and {@code pointer/content/<media type>/schema}, in the file's order.
   */
  public List<String> schemasUnder(String pointer) {
    List<String> schemas = new java.util.ArrayList<>();
    schemas.add(pointer);
    if (marks.containsKey(pointer + "/schema")) {
      schemas.add(pointer + "/schema");
    }
    String content = pointer + "/content/";
    marks.keySet().stream()
        .filter(key -> key.startsWith(content) && key.endsWith("/schema"))
        .filter(key -> key.indexOf('/', content.length()) == key.length() - "/schema".length())
        .sorted(java.util.Comparator.comparingInt(key -> marks.get(key).getIndex()))
        .forEach(schemas::add);
    return schemas;
  }

  public boolean contains(String pointer) {
    return marks.containsKey(pointer);
  }

  /**
   * The position of {@code pointer}, or of its nearest ancestor that is written in the file (the
   * position's {@link Position#pointer()} says which).
   */
  public Position of(String pointer) {
    String current = pointer == null ? "" : pointer;
    while (!marks.containsKey(current) && !current.isEmpty()) {
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
    Mark mark = marks.get(current);
    return mark == null
        ? new Position(file, 1, 1, "")
        : new Position(file, mark.getLine() + 1, mark.getColumn() + 1, current);
  }

  public String file() {
    return file;
  }
}
