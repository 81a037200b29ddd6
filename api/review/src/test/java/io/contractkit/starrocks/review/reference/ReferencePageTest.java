package io.contractkit.starrocks.review.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.lint.ExampleSite;
import io.contractkit.starrocks.review.lint.ExampleSites;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered page as a file: one page holding Redoc and the whole document, nothing loaded from
 * elsewhere, and the review notes Redoc cannot show. What a browser makes of it is {@link
 * ReferenceInBrowserTest}'s job.
 */
class ReferencePageTest {

  private final SpecDocument contract = RepositoryLayout.contract();
  private final String html = ReferenceRenderer.render(contract);

  @Test
  void holds_redoc_and_the_document_and_loads_nothing_from_elsewhere() {
    assertThat(html)
        .contains("<meta name=\"generator\" content=\"Redoc " + RedocBundle.get().version())
        .contains("Redoc.init(spec,");
    assertThat(html.contains(RedocBundle.get().script())).as("Redoc's bundle, inlined").isTrue();
    // No element that fetches: every script is inline, no style sheet, frame or image by address
    // (outside the scripts, which are Redoc's and the document's JSON).
    String outsideScripts = html.replaceAll("(?s)<script>.*?</script>", "<script></script>");
    assertThat(outsideScripts)
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .doesNotContainPattern("(?i)<script[^>]*\\ssrc=")
        .doesNotContainPattern("(?i)<link[\\s>]")
        .doesNotContainPattern("(?i)<(iframe|img)[\\s>]");
    assertThat(count(outsideScripts, "(?i)<script>")).isEqualTo(2);
  }

  @Test
  void names_every_named_example_as_the_stub_selects_it_in_the_review_notes() {
    List<String> names =
        ExampleSites.of(contract).stream()
            .filter(site -> site.location().contains("/examples/"))
            .map(ExampleSite::name)
            .distinct()
            .toList();

    assertThat(names).hasSizeGreaterThan(5);
    names.forEach(
        name ->
            assertThat(html)
                .contains(inScript("<code class=\"example-name\">" + name + "</code>")));
  }

  @Test
  void lists_the_vendor_extensions_of_security_schemes_and_shared_responses() {
    var components = contract.api().getComponents();
    List<Object> values =
        java.util.stream.Stream.concat(
                components.getSecuritySchemes().values().stream()
                    .filter(scheme -> scheme.getExtensions() != null)
                    .flatMap(scheme -> scheme.getExtensions().values().stream()),
                components.getResponses().values().stream()
                    .filter(response -> response.getExtensions() != null)
                    .flatMap(response -> response.getExtensions().values().stream()))
            .filter(value -> value instanceof String)
            .toList();

    assertThat(values).hasSizeGreaterThanOrEqualTo(3);
    values.forEach(value -> assertThat(html).contains(inScript(Html.escape(value.toString()))));
  }

  @Test
  void keeps_a_document_that_says_script_from_ending_the_page_early(@TempDir Path directory)
      throws IOException, URISyntaxException {
    String mini =
        Files.readString(Path.of(getClass().getResource("/review/mini.yaml").toURI()))
            .replace(
                "title: Mini",
                "title: Mini\n  description: 'Ends here </script><script>alert(1)</script> & \u2028'");
    Path file = Files.writeString(directory.resolve("mini.yaml"), mini);

    String page = ReferenceRenderer.render(SpecDocument.parse(file));

    assertThat(count(page, "(?i)</script>")).isEqualTo(2);
    assertThat(page).contains("Ends here \\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
  }

  /** How a text stands in the page's JSON: escaped for a script element, as the page writes it. */
  private static String inScript(String text) {
    return text.replace("\\", "\\\\")
        .replace("\"", "\\\"")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
