package io.contractkit.starrocks.review.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.testing.Acceptance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions come from the YAML's node marks; ids depend on the change, not on lines or order. */
class FindingPositionsTest {

  @TempDir Path directory;

  @Test
  void a_pointer_maps_to_the_line_and_column_of_its_key_and_a_missing_one_to_its_parent() {
    YamlPositions positions = YamlPositions.of(Acceptance.pullRequest(), "library.yaml");
    int book = Acceptance.line(Acceptance.pullRequest(), "Book:");

    assertThat(positions.of("/components/schemas/Book"))
        .isEqualTo(new Position("library.yaml", book, 5, "/components/schemas/Book"));
    assertThat(positions.of("/components/schemas/Book/properties/shelf").pointer())
        .isEqualTo("/components/schemas/Book/properties");
    assertThat(positions.of("/paths/~1books~1{book_id}/get").line())
        .isEqualTo(
            Acceptance.line(
                Acceptance.pullRequest(),
                "get:",
                Acceptance.line(Acceptance.pullRequest(), "/books/{book_id}:")));
  }

  @Test
  void the_same_change_gets_the_same_id_when_lines_move_and_other_changes_come_and_go()
      throws IOException {
    List<String> before =
        ids(SpecReview.of(Acceptance.pullRequest(), Acceptance.baseline(), Acceptance.options()));
    // The same pull request, with a longer description at the top (every line moves down) and
    // one more, unrelated change (an optional query parameter).
    Path moved = directory.resolve("library-pull-request.yaml");
    Files.writeString(
        moved,
        Files.readString(Acceptance.pullRequest())
            .replace(
                "  description: A lending library's books;",
                "  description: |\n    A lending library.\n\n    Its books;")
            .replace(
                "      parameters:\n        - name: author",
                "      parameters:\n"
                    + "        - name: title\n"
                    + "          in: query\n"
                    + "          required: false\n"
                    + "          description: Books with this title only.\n"
                    + "          schema:\n"
                    + "            type: string\n"
                    + "            maxLength: 100\n"
                    + "        - name: author"));

    List<String> after = ids(SpecReview.of(moved, Acceptance.baseline(), Acceptance.options()));

    assertThat(after).hasSize(before.size() + 1).containsAll(before);
  }

  @Test
  void a_change_inside_a_shared_component_points_at_the_component_definition() {
    List<ReviewFinding> findings =
        SpecReview.of(Acceptance.pullRequest(), Acceptance.baseline(), Acceptance.options())
            .findings(Acceptance.baseline().getParent());

    assertThat(findings)
        .filteredOn(finding -> finding.rule().equals("pattern"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.position().pointer())
                  .isEqualTo("/components/schemas/NewBook/properties/title/pattern");
              assertThat(finding.where()).startsWith("POST /books › request body");
              assertThat(finding.id()).matches("pattern-[0-9a-f]{12}");
            });
  }

  @Test
  void a_house_rule_finding_is_shown_on_the_element_that_breaks_it() throws IOException {
    Path document = directory.resolve("library.yaml");
    Files.writeString(
        document,
        Files.readString(Acceptance.baseline())
            .replace(
                "        isbn:\n          type: string\n          description: The ISBN-13.\n",
                "        isbn:\n          type: string\n"));

    List<ReviewFinding> findings =
        SpecReview.of(document, Acceptance.baseline(), Acceptance.options()).findings(directory);

    assertThat(findings)
        .filteredOn(finding -> finding.rule().equals("described"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.position())
                  .isEqualTo(
                      new Position(
                          "library.yaml",
                          Acceptance.line(document, "isbn:"),
                          9,
                          "/components/schemas/NewBook/properties/isbn"));
              assertThat(finding.exact()).isTrue();
              assertThat(finding.why()).startsWith("house rule: every component schema");
            });
  }

  private static List<String> ids(SpecReview review) {
    return review.findings(Acceptance.baseline().getParent()).stream()
        .map(ReviewFinding::id)
        .toList();
  }
}
