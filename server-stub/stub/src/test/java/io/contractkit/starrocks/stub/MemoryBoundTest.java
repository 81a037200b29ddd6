package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.runtime.testing.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long-running stub keeps a bounded journal and a bounded list of refused requests. */
class MemoryBoundTest {

  @Test
  void keeps_at_most_the_configured_number_of_requests_in_its_journal() {
    try (StarRocksSyncStub stub =
        StarRocksSyncStub.start(
            StubSettings.defaults().withMaxJournalEntries(5).withMaxKeptViolations(3))) {
      for (int i = 0; i < 12; i++) {
        Http.validRequest(stub.baseUrl()).send();
        Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token").send();
      }

      assertThat(stub.wireMock().getAllServeEvents()).hasSize(5);
      assertThat(stub.violations()).hasSize(3);
    }
  }

  @Test
  void keeps_the_newest_requests_in_its_journal_and_forgets_removed_ones() {
    try (StarRocksSyncStub stub =
        StarRocksSyncStub.start(StubSettings.defaults().withMaxJournalEntries(3))) {
      for (int i = 0; i < 6; i++) {
        Http.validRequest(stub.baseUrl()).header("X-Request-Number", "r" + i).send();
      }

      List<ServeEvent> events = stub.wireMock().getAllServeEvents();
      assertThat(events)
          .extracting(e -> e.getRequest().getHeader("X-Request-Number"))
          .containsExactly("r5", "r4", "r3");
      assertThat(events).allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo(200));

      stub.wireMock().removeServeEvent(events.get(1).getId());
      assertThat(stub.wireMock().getAllServeEvents())
          .extracting(e -> e.getRequest().getHeader("X-Request-Number"))
          .containsExactly("r5", "r3");
      Http.validRequest(stub.baseUrl()).header("X-Request-Number", "r6").send();
      Http.validRequest(stub.baseUrl()).header("X-Request-Number", "r7").send();
      assertThat(stub.wireMock().getAllServeEvents())
          .extracting(e -> e.getRequest().getHeader("X-Request-Number"))
          .containsExactly("r7", "r6", "r5");

      stub.wireMock().resetRequests();
      assertThat(stub.wireMock().getAllServeEvents()).isEmpty();
    }
  }

  @Test
  void keeps_its_journal_within_its_byte_bound_when_bodies_are_large() {
    String large = "{\"padding\": \"" + "x".repeat(100_000) + "\"}";
    try (StarRocksSyncStub stub =
        StarRocksSyncStub.start(
            StubSettings.defaults().withMaxJournalEntries(1000).withMaxJournalBytes(1_000_000))) {
      for (int i = 0; i < 30; i++) {
        Http.validRequest(stub.baseUrl()).header("X-Request-Number", "r" + i).body(large).send();
      }

      List<ServeEvent> events = stub.wireMock().getAllServeEvents();
      assertThat(events).hasSizeBetween(1, 5);
      assertThat(events.get(0).getRequest().getHeader("X-Request-Number")).isEqualTo("r29");
      long kept = events.stream().mapToLong(BoundedJournalStores::weigh).sum();
      assertThat(kept).isLessThanOrEqualTo(1_000_000);
    }
  }

  @Test
  void can_run_without_a_journal() {
    try (StarRocksSyncStub stub =
        StarRocksSyncStub.start(StubSettings.defaults().withMaxJournalEntries(0))) {
      assertThat(Http.validRequest(stub.baseUrl()).send().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void its_default_bounds_hold_after_more_requests_than_they_allow() {
    StubSettings defaults = StubSettings.defaults();
    int refused = defaults.maxKeptViolations() + 5;
    int accepted = defaults.maxJournalEntries() + 5 - refused;
    try (StarRocksSyncStub stub = StarRocksSyncStub.start(defaults)) {
      for (int i = 0; i < refused; i++) {
        Http.validRequest(stub.baseUrl()).withoutHeader("X-Auth-Token").send();
      }
      for (int i = 0; i < accepted; i++) {
        Http.validRequest(stub.baseUrl()).send();
      }

      assertThat(stub.wireMock().getAllServeEvents()).hasSize(defaults.maxJournalEntries());
      assertThat(stub.violations()).hasSize(defaults.maxKeptViolations());
    }
  }
}
