package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.runtime.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reset to the contract's mappings is one step for the requests answered meanwhile: none of them
 * sees the store empty or half refilled.
 */
class AtomicResetTest {

  private static final long RESETTING_MILLIS = 1_500;

  private static StarRocksSyncStub stub;

  @BeforeAll
  static void start() {
    stub = StarRocksSyncStub.start(StubSettings.defaults());
  }

  @AfterAll
  static void stop() {
    stub.stop();
  }

  @Test
  void requests_answered_while_the_stub_is_reset_again_and_again_get_the_contracts_answers()
      throws Exception {
    AtomicBoolean resetting = new AtomicBoolean(true);
    Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    List<Thread> clients = new ArrayList<>();
    for (String prefer : new String[] {null, null, "example=instance_not_found"}) {
      Thread client =
          new Thread(
              () -> {
                while (resetting.get()) {
                  Http request = Http.validRequest(stub.baseUrl());
                  if (prefer != null) {
                    request.header("Prefer", prefer);
                  }
                  String key = (prefer == null ? "valid" : prefer) + " -> ";
                  answers
                      .computeIfAbsent(key + request.send().statusCode(), k -> new LongAdder())
                      .increment();
                }
              });
      client.start();
      clients.add(client);
    }
    HttpClient admin = HttpClient.newHttpClient();
    AtomicInteger resets = new AtomicInteger();
    long end = System.nanoTime() + RESETTING_MILLIS * 1_000_000;
    while (System.nanoTime() < end) {
      switch (resets.getAndIncrement() % 3) {
        case 0 -> stub.wireMock().resetAll();
        case 1 -> stub.wireMock().resetToDefaultMappings();
        default ->
            admin.send(
                HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/__admin/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
      }
    }
    resetting.set(false);
    for (Thread client : clients) {
      client.join();
    }

    Map<String, Long> counted = new java.util.TreeMap<>();
    answers.forEach((key, count) -> counted.put(key, count.sum()));
    assertThat(counted.keySet())
        .as("answers while resetting %d times: %s", resets.get(), counted)
        .containsOnly("valid -> 200", "example=instance_not_found -> 400");
    assertThat(counted.values().stream().mapToLong(Long::longValue).sum())
        .as("requests answered during the resets")
        .isGreaterThan(100);
    assertThat(resets.get()).isGreaterThan(50);
  }

  @Test
  void a_reset_no_default_mappings_follow_does_not_hold_the_requests_after_it() throws Exception {
    // WireMock's resetToDefaultMappings is the stub's only reset (it refuses resetMappings), but
    // an extension may empty the store itself: its requests must not wait on a lock left held.
    AtomicReset reset = new AtomicReset();
    reset.beforeStubsReset();
    reset.afterStubsReset();

    AtomicBoolean handled = new AtomicBoolean();
    Thread request =
        new Thread(
            () ->
                reset
                    .around((r, responder, event) -> handled.set(true))
                    .handle(null, (r, response, attributes) -> {}, null));
    long start = System.nanoTime();
    request.start();
    request.join();

    assertThat(handled).isTrue();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(AtomicReset.MAX_WAIT_MILLIS);
  }
}
