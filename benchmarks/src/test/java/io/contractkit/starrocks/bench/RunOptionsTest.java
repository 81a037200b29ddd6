package io.contractkit.starrocks.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractkit.starrocks.model.ContractModel;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

  @Test
  void quick_shortens_the_phases_but_an_option_given_beside_it_wins() {
    RunOptions full = RunOptions.parse(new String[0]);
    RunOptions quick = RunOptions.parse(new String[] {"--quick", "--rounds", "3"});

    assertThat(quick.quick()).isTrue();
    assertThat(quick.number("rounds")).isEqualTo(3);
    assertThat(quick.number("duration")).isLessThan(full.number("duration"));
    assertThat(quick.describe()).endsWith("(--quick)");
  }

  @Test
  void an_unknown_option_is_named_with_the_usage_that_lists_every_option_and_its_default() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--colour", "red"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--colour")
        .hasMessageContaining("--rounds")
        .hasMessageContaining("default: 5");
  }

  @Test
  void the_request_under_load_is_the_documents_first_request_example_unless_named() {
    String first =
        ContractModel.load().operations().stream()
            .flatMap(operation -> operation.requestBody().stream())
            .flatMap(body -> body.examples().stream())
            .findFirst()
            .orElseThrow()
            .name();

    assertThat(RunOptions.parse(new String[0]).get("example")).isEqualTo(first);
    assertThat(RunOptions.parse(new String[] {"--example", "other"}).get("example"))
        .isEqualTo("other");
  }

  @Test
  void paths_are_relative_to_the_root() {
    RunOptions options = RunOptions.parse(new String[] {"--root", "/repo"});

    assertThat(options.path("script").toString()).isEqualTo("/repo/benchmarks/put.lua");
  }
}
