package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreferHeaderTest {

  @Test
  void reads_example_code_delay_and_fault_in_any_order() {
    Preferences preferences =
        PreferHeader.parse(
            List.of("fault=Empty_Response; delay=20, code=200, example=\"seed_success\""));

    assertThat(preferences.example()).contains("seed_success");
    assertThat(preferences.code()).hasValue(200);
    assertThat(preferences.delayMillis()).hasValue(20);
    assertThat(preferences.fault()).contains("empty_response");
  }

  @Test
  void takes_the_first_of_a_repeated_preference_across_headers() {
    Preferences preferences = PreferHeader.parse(List.of("example=first", "example=second"));

    assertThat(preferences.example()).contains("first");
  }

  @Test
  void ignores_preferences_it_does_not_know() {
    assertThat(PreferHeader.parse(List.of("respond-async, return=minimal, wait=5")))
        .isEqualTo(Preferences.NONE);
  }

  @Test
  void refuses_malformed_values_of_known_preferences() {
    assertThatThrownBy(() -> PreferHeader.parse(List.of("code=20x")))
        .isInstanceOf(PreferenceException.class)
        .hasMessageContaining("code=20x");
    assertThatThrownBy(() -> PreferHeader.parse(List.of("code=700")))
        .isInstanceOf(PreferenceException.class);
    assertThatThrownBy(() -> PreferHeader.parse(List.of("delay=-1")))
        .isInstanceOf(PreferenceException.class);
    assertThatThrownBy(() -> PreferHeader.parse(List.of("example=")))
        .isInstanceOf(PreferenceException.class);
  }
}
