package io.contractkit.starrocks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  private final PathTemplate template =
      new PathTemplate("/v3/{project_id}/instances/{instance_id}/x");

  @Test
  void fills_and_encodes_each_value_as_a_path_segment() {
    assertThat(template.fill(Map.of("project_id", "p 1/é", "instance_id", "i")))
        .isEqualTo("/v3/p%201%2F%C3%A9/instances/i/x");
  }

  @Test
  void refuses_to_fill_without_a_value() {
    assertThatThrownBy(() -> template.fill(Map.of("project_id", "p")))
        .hasMessageContaining("instance_id");
  }

  @Test
  void match_reads_the_values_back_decoded() {
    String path = template.fill(Map.of("project_id", "p 1+é", "instance_id", "i"));
    assertThat(template.match(path)).contains(Map.of("project_id", "p 1+é", "instance_id", "i"));
    assertThat(template.match("/v3/p/instances/i/y")).isEmpty();
    assertThat(template.match("/v3/p/q/instances/i/x")).isEmpty();
    assertThat(template.matches("/v3/p/instances/i/x")).isTrue();
  }

  @Test
  void quotes_the_literal_parts() {
    PathTemplate dotted = new PathTemplate("/a.b/{id}");
    assertThat(dotted.matches("/a.b/1")).isTrue();
    assertThat(dotted.matches("/aXb/1")).isFalse();
  }
}
