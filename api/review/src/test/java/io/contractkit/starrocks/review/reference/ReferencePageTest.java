package io.contractkit.starrocks.review.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.lint.ExampleSite;
import io.contractkit.starrocks.review.lint.ExampleSites;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rendered page holds the whole contract and nothing that needs the network. */
class ReferencePageTest {

  private final SpecDocument contract = RepositoryLayout.contract();
  private final String html = ReferenceRenderer.render(contract);

  @Test
  void shows_every_named_example_by_the_name_the_stub_selects_it_with() {
    List<String> names =
        ExampleSites.of(contract).stream()
            .map(ExampleSite::name)
            .filter(name -> name != null)
            .distinct()
            .toList();

    assertThat(names).isNotEmpty();
    names.forEach(
        name -> assertThat(html).contains("<code class=\"example-name\">" + name + "</code>"));
  }

  @Test
  void shows_every_property_with_its_description_and_every_pattern() {
    List<String> expected = new ArrayList<>();
    contract
        .api()
        .getComponents()
        .getSchemas()
        .forEach((name, schema) -> properties(schema, expected));

    assertThat(expected).hasSizeGreaterThan(20);
    expected.forEach(text -> assertThat(html).contains(text));
  }

  @Test
  void needs_no_network_to_be_viewed() {
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("url(")
        .doesNotContainIgnoringCase("src=");
    assertThat(html).doesNotContainPattern("href=\"(?!#)");
  }

  private void properties(Schema<?> schema, List<String> expected) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    properties.forEach(
        (name, property) -> {
          expected.add(name + "</code>");
          Schema<?> resolved = contract.schema(property);
          String description =
              property.getDescription() != null
                  ? property.getDescription()
                  : resolved.getDescription();
          if (description != null) {
            expected.add(Html.blocks(description));
          }
          if (resolved.getPattern() != null) {
            expected.add(
                "<code class=\"pattern\">" + Html.escape(resolved.getPattern()) + "</code>");
          }
        });
  }
}
