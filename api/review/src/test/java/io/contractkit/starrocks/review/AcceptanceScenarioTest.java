package io.contractkit.starrocks.review;

import static io.contractkit.starrocks.review.testing.Acceptance.baseline;
import static io.contractkit.starrocks.review.testing.Acceptance.column;
import static io.contractkit.starrocks.review.testing.Acceptance.line;
import static io.contractkit.starrocks.review.testing.Acceptance.pullRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.output.OutputFormat;
import io.contractkit.starrocks.review.output.ReviewOutputs;
import io.contractkit.starrocks.review.testing.Acceptance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The "done means": a pull request that removes a response field, tightens a pattern and
 * adds an optional request field gives two breaking findings on their lines and one compatible
 * change, in every output format.
 */
class AcceptanceScenarioTest {

  @TempDir Path out;
  private Path root;
  private String document;
  private int patternLine;
  private int removedParentLine;
  private int removedBaselineLine;
  private int addedLine;

  @BeforeEach
  void review_the_pull_request() {
    root = pullRequest().getParent();
    document = pullRequest().getFileName().toString();
    patternLine = line(pullRequest(), "pattern: '^[A-Za-z ]{1,200}$'");
    removedParentLine = line(pullRequest(), "properties:", line(pullRequest(), "Book:"));
    removedBaselineLine = line(baseline(), "shelf:");
    addedLine = line(pullRequest(), "subtitle:");
    ReviewOutputs.write(
        SpecReview.of(pullRequest(), baseline(), Acceptance.options()),
        EnumSet.allOf(OutputFormat.class),
        out,
        root);
  }

  @Test
  void the_findings_are_two_breaking_changes_on_their_lines_and_one_compatible_change() {
    List<ReviewFinding> findings =
        SpecReview.of(pullRequest(), baseline(), Acceptance.options()).findings(root);

    assertThat(findings)
        .extracting(f -> f.rule() + " " + f.breaking() + " " + f.position())
        .containsExactlyInAnyOrder(
            "pattern true "
                + document
                + ":"
                + patternLine
                + ":"
                + column(pullRequest(), "pattern: '^[A-Za-z ]{1,200}$'"),
            "property-removed true " + document + ":" + removedParentLine + ":7",
            "property-added false " + document + ":" + addedLine + ":9");
    ReviewFinding removed =
        findings.stream()
            .filter(f -> f.rule().equals("property-removed"))
            .findFirst()
            .orElseThrow();
    assertThat(removed.exact()).isFalse();
    assertThat(removed.baselinePosition().line()).isEqualTo(removedBaselineLine);
    assertThat(removed.baselinePosition().file()).isEqualTo("library-1.0.0.yaml");
    assertThat(removed.why()).contains("SDK users' code");
  }

  @Test
  void github_annotations_put_each_breaking_change_on_its_line_and_list_the_compatible_one()
      throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(OutputFormat.GITHUB.fileName()));

    assertThat(lines).hasSize(3);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("::error "))
        .extracting(l -> l.substring(0, l.indexOf(",title=")))
        .containsExactlyInAnyOrder(
            "::error file=" + document + ",line=" + patternLine + ",col=11",
            "::error file=" + document + ",line=" + removedParentLine + ",col=7");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("::notice "))
        .singleElement()
        .asString()
        .startsWith("::notice file=" + document + ",line=" + addedLine + ",col=9,title=")
        .contains("subtitle");
  }

  @Test
  void sarif_has_two_errors_and_one_note_at_their_regions() throws IOException {
    JsonNode results =
        new ObjectMapper()
            .readTree(out.resolve(OutputFormat.SARIF.fileName()).toFile())
            .at("/runs/0/results");

    List<String> seen = new ArrayList<>();
    results.forEach(
        result ->
            seen.add(
                result.path("level").asText()
                    + " "
                    + result.path("ruleId").asText()
                    + " "
                    + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                    + ":"
                    + result.at("/locations/0/physicalLocation/region/startLine").asInt()));
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "error pattern " + document + ":" + patternLine,
            "error property-removed " + document + ":" + removedParentLine,
            "note property-added " + document + ":" + addedLine);
  }

  @Test
  void junit_xml_fails_two_test_cases_and_passes_the_compatible_change() throws Exception {
    org.w3c.dom.Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(out.resolve(OutputFormat.JUNIT.fileName()).toFile());
    NodeList cases = xml.getElementsByTagName("testcase");
    List<String> failed = new ArrayList<>();
    List<String> compatible = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element test = (Element) cases.item(i);
      if (test.getElementsByTagName("failure").getLength() > 0) {
        failed.add(test.getAttribute("classname") + ":" + test.getAttribute("line"));
      } else if (test.getAttribute("classname").endsWith("compatibility.property-added")) {
        compatible.add(test.getAttribute("line"));
      }
    }

    assertThat(failed)
        .containsExactlyInAnyOrder(
            "spec-review.compatibility.pattern:" + patternLine,
            "spec-review.compatibility.property-removed:" + removedParentLine);
    assertThat(compatible).containsExactly(String.valueOf(addedLine));
  }

  @Test
  void markdown_lists_both_breaking_changes_with_their_lines_and_the_compatible_one()
      throws IOException {
    String markdown = Files.readString(out.resolve(OutputFormat.MARKDOWN.fileName()));
    String breaking =
        markdown.substring(
            markdown.indexOf("### Breaking changes"), markdown.indexOf("### Compatible changes"));
    String compatible =
        markdown.substring(
            markdown.indexOf("### Compatible changes"), markdown.indexOf("### openapi-diff"));

    assertThat(breaking)
        .contains("`" + document + ":" + patternLine + ":11`")
        .contains(
            "`"
                + document
                + ":"
                + removedParentLine
                + ":7` (parent; was `library-1.0.0.yaml:"
                + removedBaselineLine
                + ":9`)")
        .containsOnlyOnce("| 1 |")
        .containsOnlyOnce("| 2 |")
        .doesNotContain("| 3 |");
    assertThat(compatible).contains("`" + document + ":" + addedLine + ":9`").contains("subtitle");
  }
}
