package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's default stores with a request journal bounded in entries and in bytes, whose
 * bookkeeping costs the same whatever its size.
 *
 * <p>Why: WireMock's in-memory journal store counts every entry on each request to enforce the
 * journal's bound ({@code getAllKeys().count()}), and scans its whole queue when a request
 * completes ({@code deque.contains}); with the stub's default bound of 1000 entries that was over a
 * third of the time of serving a request. This store drops the oldest entry itself when a new one
 * goes over the bound, knows its size, and finds entries by id in a map.
 *
 * <p>Bytes as well as entries: a journal of 1000 requests with bodies up to the 1 MiB limit would
 * keep a gigabyte (issue 13: RSS at 2 GB after 10,000 fuzzed large-body requests). Each entry is
 * weighed when it comes and when it completes ({@link #weigh}), and the oldest leave while either
 * bound is passed.
 */
final class BoundedJournalStores extends DefaultStores {

  private final BoundedRequestJournalStore journal;

  BoundedJournalStores(FileSource filesRoot, int maxEntries, long maxBytes) {
    super(filesRoot);
    this.journal = new BoundedRequestJournalStore(maxEntries, maxBytes);
  }

  /**
   * What an entry keeps, roughly, in bytes: its request's and its answer's bodies (counted twice:
   * WireMock may hold a body's text beside its bytes), URL and headers, and a fixed share for the
   * objects around them. An estimate that errs on the heavy side, so the bound holds.
   */
  static long weigh(ServeEvent event) {
    long bytes = ENTRY_OVERHEAD_BYTES;
    LoggedRequest request = event.getRequest();
    if (request != null) {
      byte[] body = request.getBody();
      bytes += body == null ? 0 : 2L * body.length;
      bytes += 2L * String.valueOf(request.getUrl()).length();
      bytes += weigh(request.getHeaders());
    }
    LoggedResponse response = event.getResponse();
    if (response != null) {
      byte[] body = response.getBody();
      bytes += body == null ? 0 : 2L * body.length;
      bytes += weigh(response.getHeaders());
    }
    return bytes;
  }

  private static long weigh(HttpHeaders headers) {
    long bytes = 0;
    if (headers != null) {
      for (HttpHeader header : headers.all()) {
        bytes += 2L * header.key().length() + 64;
        for (String value : header.values()) {
          bytes += 2L * value.length() + 32;
        }
      }
    }
    return bytes;
  }

  /** The objects around an entry (event, request, answer, timing, maps): a few hundred bytes. */
  private static final long ENTRY_OVERHEAD_BYTES = 1024;

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  /**
   * Newest first, at most {@code capacity} entries weighing at most {@code maxBytes}; the oldest
   * leave when a new one comes.
   */
  static final class BoundedRequestJournalStore implements RequestJournalStore {

    private final int capacity;
    private final long maxBytes;
    private final ConcurrentLinkedDeque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
    private final ConcurrentHashMap<UUID, Entry> events = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    BoundedRequestJournalStore(int capacity, long maxBytes) {
      this.capacity = capacity;
      this.maxBytes = maxBytes;
    }

    private record Entry(ServeEvent event, long bytes) {}

    @Override
    public void add(ServeEvent event) {
      Entry entry = new Entry(event, weigh(event));
      Entry previous = events.put(event.getId(), entry);
      bytes.addAndGet(entry.bytes() - (previous == null ? 0 : previous.bytes()));
      newestFirst.addFirst(event.getId());
      size.incrementAndGet();
      trim();
    }

    /** Drops the oldest entries while either bound is passed. */
    private void trim() {
      while ((size.get() > capacity || bytes.get() > maxBytes) && !newestFirst.isEmpty()) {
        removeLast();
      }
    }

    /** The entries' weight as {@link #weigh} counts it. */
    long bytes() {
      return bytes.get();
    }

    @Override
    public void removeLast() {
      UUID oldest = newestFirst.pollLast();
      if (oldest != null) {
        size.decrementAndGet();
        forget(oldest);
      }
    }

    private void forget(UUID id) {
      Entry gone = events.remove(id);
      if (gone != null) {
        bytes.addAndGet(-gone.bytes());
      }
    }

    @Override
    public Stream<ServeEvent> getAll() {
      return newestFirst.stream().map(events::get).filter(Objects::nonNull).map(Entry::event);
    }

    /** Sized, so that WireMock's {@code count()} of it does not walk the journal. */
    @Override
    public Stream<UUID> getAllKeys() {
      return StreamSupport.stream(
          Spliterators.spliterator(
              newestFirst.iterator(),
              Math.max(0, size.get()),
              Spliterator.ORDERED | Spliterator.NONNULL),
          false);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
      return Optional.ofNullable(events.get(id)).map(Entry::event);
    }

    /**
     * Updates an entry still in the journal (a request that completed, now with its answer, so
     * weighed again); a dropped one stays dropped.
     */
    @Override
    public void put(UUID id, ServeEvent event) {
      Entry entry = new Entry(event, weigh(event));
      long[] before = {-1};
      events.computeIfPresent(
          id,
          (key, old) -> {
            before[0] = old.bytes();
            return entry;
          });
      if (before[0] >= 0) {
        bytes.addAndGet(entry.bytes() - before[0]);
        trim();
      }
    }

    @Override
    public void remove(UUID id) {
      if (newestFirst.removeFirstOccurrence(id)) {
        size.decrementAndGet();
      }
      forget(id);
    }

    @Override
    public void clear() {
      UUID id;
      while ((id = newestFirst.pollLast()) != null) {
        size.decrementAndGet();
        forget(id);
      }
    }
  }
}
