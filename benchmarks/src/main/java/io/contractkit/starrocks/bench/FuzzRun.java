package io.contractkit.starrocks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Memory under fuzz: the stub with default settings gets thousands of fuzzed requests, many with
 * bodies up to the stub's 1 MiB limit and some just over it (the 10,000; RSS had reached 2
 * GB), from 8 connections at once; its RSS is sampled throughout, and its live heap taken after.
 * Every answer must be a 4xx or a 2xx: a 5xx or a dropped connection is a failure. Seeded: the seed
 * is printed and {@code --fuzz-seed} replays it.
 */
final class FuzzRun {

  /** The stub's default largest body (StubSettings.DEFAULT_MAX_BODY_BYTES). */
  private static final int MAX_BODY = 1024 * 1024;

  private static final int CONNECTIONS = 8;

  private final long seed;
  private final int requests;
  private final Consumer<String> say;

  FuzzRun(String seed, int requests, Consumer<String> say) {
    this.seed = seed == null || seed.isBlank() ? System.nanoTime() : Long.parseLong(seed);
    this.requests = requests;
    this.say = say;
  }

  Results.Fuzz run(Contender stub, BenchRequest request) throws Exception {
    say.accept(
        "Memory under fuzz: "
            + requests
            + " fuzzed requests, bodies up to "
            + MAX_BODY
            + " bytes and over, seed "
            + seed
            + " (--fuzz-seed "
            + seed
            + " replays)");
    JsonNode valid = new ObjectMapper().readTree(request.body());
    Map<String, Integer> byStatus = new ConcurrentHashMap<>();
    AtomicInteger serverErrors = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicLong largest = new AtomicLong();
    // Shut down at the end: its threads are not daemons, and kept the runner's JVM alive after
    // its report.
    ExecutorService clientThreads = Executors.newFixedThreadPool(2);
    try (RunningServer server = stub.start(request, 60_000)) {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .executor(clientThreads)
              .build();
      double[] peak = {server.rssMiB()};
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak[0] = Math.max(peak[0], server.rssMiB());
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
      long started = System.nanoTime();
      ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
      for (int i = 0; i < requests; i++) {
        long requestSeed = seed + i;
        senders.execute(
            () -> {
              Random random = new Random(requestSeed);
              byte[] body = body(random, valid);
              largest.accumulateAndGet(body.length, Math::max);
              HttpRequest.Builder builder =
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + request.path()))
                      .timeout(Duration.ofSeconds(60))
                      .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body));
              request.headers().forEach(builder::setHeader);
              if (random.nextInt(10) == 0) {
                builder.setHeader(
                    "Content-Type",
                    List.of("text/plain", "application/json; charset=latin1", "application/xml")
                        .get(random.nextInt(3)));
              }
              try {
                int status =
                    client
                        .send(builder.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                byStatus.merge((status / 100) + "xx", 1, Integer::sum);
                if (status >= 500) {
                  serverErrors.incrementAndGet();
                }
              } catch (Exception e) {
                failures.incrementAndGet();
              }
            });
      }
      senders.shutdown();
      senders.awaitTermination(1, TimeUnit.HOURS);
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.interrupt();
      double rssAfter = server.rssMiB();
      double live = server.liveHeapMiB();
      say.accept(
          String.format(
              Locale.ROOT,
              "Fuzz: %d requests in %.0f s, answers %s, %d 5xx, %d failed; RSS peak %.0f MiB, after %.0f MiB; live heap after %.1f MiB",
              requests,
              seconds,
              new TreeMap<>(byStatus),
              serverErrors.get(),
              failures.get(),
              Math.max(peak[0], rssAfter),
              rssAfter,
              live));
      return new Results.Fuzz(
          seed,
          requests,
          largest.get(),
          new TreeMap<>(byStatus),
          serverErrors.get(),
          failures.get(),
          Math.max(peak[0], rssAfter),
          rssAfter,
          live,
          seconds);
    } finally {
      clientThreads.shutdownNow();
    }
  }

  /** One fuzzed body: large, just over the limit, mutated, malformed, random bytes or valid. */
  private static byte[] body(Random random, JsonNode valid) {
    int kind = random.nextInt(10);
    switch (kind) {
      case 0, 1, 2, 3 -> {
        // The valid body padded with an unknown field, up to the limit.
        ObjectNode padded = valid.deepCopy();
        int size = random.nextInt(MAX_BODY - valid.toString().length() - 64);
        padded.put("padding", "x".repeat(size));
        return padded.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        // Just under or over the limit.
        int size = MAX_BODY - 32 + random.nextInt(64);
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'a');
        // A string in the body's first field (a field name taken from the contract's example).
        byte[] head =
            ("{\"" + valid.fieldNames().next() + "\":\"").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[size - 2] = '"';
        bytes[size - 1] = '}';
        return bytes;
      }
      case 5, 6 -> {
        // One field of the valid body set to a long string or another type.
        ObjectNode mutated = valid.deepCopy();
        List<String> names = new java.util.ArrayList<>();
        mutated.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
          case 0 -> mutated.put(name, "é".repeat(random.nextInt(200_000)));
          case 1 -> mutated.put(name, random.nextLong());
          case 2 -> mutated.putNull(name);
          default -> mutated.putArray(name).add(mutated.deepCopy());
        }
        return mutated.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 7 -> {
        // Malformed JSON, large.
        return ("{\"a\": [" + "{\"b\": \"c\",".repeat(random.nextInt(20_000)))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 8 -> {
        byte[] bytes = new byte[random.nextInt(MAX_BODY)];
        random.nextBytes(bytes);
        return bytes;
      }
      default -> {
        return valid.toString().getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
