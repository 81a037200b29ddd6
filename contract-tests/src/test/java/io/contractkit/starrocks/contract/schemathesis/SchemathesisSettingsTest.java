package io.contractkit.starrocks.contract.schemathesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Schemathesis judges the stub and the reference server in .ci/run (schemathesis/run.sh). Whatever
 * it is told not to judge is listed in one file, schemathesis.toml, each item with its reason; the
 * script itself switches nothing off.
 *
 * <p>The file is read line by line, not with a TOML parser: what is checked is the comment above
 * each setting, which a parser drops.
 */
class SchemathesisSettingsTest {

  private static final Path DIRECTORY = Path.of("schemathesis");

  /** A setting that switches a check, phase, case or health check off, or narrows what is run. */
  private static final Pattern EXCLUSION =
      Pattern.compile(
          "^\\s*(enabled\\s*=\\s*false|exclude-[a-z-]+\\s*=|suppress-health-check\\s*=|"
              + "expected-statuses\\s*=|mode\\s*=|include-[a-z-]+\\s*=|max-failures\\s*=|"
              + "with-security-parameters\\s*=\\s*false|allow-x00\\s*=\\s*false).*");

  /** What the script could use to switch something off behind the settings file's back. */
  private static final Pattern COMMAND_LINE_EXCLUSION =
      Pattern.compile(
          "(--exclude|--include|--suppress-health-check|--checks|\\s-c\\s|--phases|--mode|\\s-m\\s"
              + "|--max-failures|--baseline|--generation-with-security-parameters)");

  @Test
  void every_exclusion_in_the_settings_file_sits_under_its_reason() throws IOException {
    List<String> lines = Files.readAllLines(DIRECTORY.resolve("schemathesis.toml"));
    for (int i = 0; i < lines.size(); i++) {
      if (!EXCLUSION.matcher(lines.get(i)).matches()) {
        continue;
      }
      String reason = commentAbove(lines, i);
      assertThat(reason)
          .as("the comment directly above line %d, '%s'", i + 1, lines.get(i).trim())
          .startsWith("Reason:");
      assertThat(reason.substring("Reason:".length()).trim().split("\\s+"))
          .as("the reason for line %d says why in a sentence", i + 1)
          .hasSizeGreaterThan(8);
    }
  }

  @Test
  void the_script_switches_nothing_off_on_its_command_line_and_reads_the_settings_file()
      throws IOException {
    String script = Files.readString(DIRECTORY.resolve("run.sh"), StandardCharsets.UTF_8);
    List<String> runs = schemathesisRuns(script);

    assertThat(runs).as("the script's `schemathesis ... run` commands").hasSize(1);
    assertThat(runs.get(0))
        .contains("--config-file \"$here/schemathesis.toml\"")
        .doesNotContainPattern(COMMAND_LINE_EXCLUSION);
  }

  @Test
  void the_examples_coverage_and_fuzzing_phases_and_every_check_are_on() throws IOException {
    String settings = Files.readString(DIRECTORY.resolve("schemathesis.toml"));

    for (String section :
        new String[] {"phases.examples", "phases.coverage", "phases.fuzzing", "checks"}) {
      assertThat(settings)
          .as("[%s] enabled", section)
          .containsPattern("(?m)^\\[" + Pattern.quote(section) + "\\]\\n(#.*\\n)*enabled = true$");
    }
  }

  @Test
  void the_readme_points_at_the_script_and_the_settings_file() throws IOException {
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme).contains("schemathesis/run.sh").contains("schemathesis/schemathesis.toml");
  }

  /** Each command line of the script that runs Schemathesis, continuation lines joined. */
  private static List<String> schemathesisRuns(String script) {
    List<String> runs = new java.util.ArrayList<>();
    List<String> lines = script.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).matches(".*/bin/schemathesis\"? .* run .*")) {
        continue;
      }
      StringBuilder command = new StringBuilder(lines.get(i));
      while (lines.get(i).endsWith("\\") && i + 1 < lines.size()) {
        command.append(' ').append(lines.get(++i).trim());
      }
      runs.add(command.toString());
    }
    return runs;
  }

  /** The comment lines directly above line {@code index}, joined, without their '#'. */
  private static String commentAbove(List<String> lines, int index) {
    int first = index;
    while (first > 0 && lines.get(first - 1).trim().startsWith("#")) {
      first--;
    }
    return String.join(
            " ",
            lines.subList(first, index).stream()
                .map(line -> line.trim().replaceFirst("^#+\\s?", ""))
                .toList())
        .trim();
  }
}
