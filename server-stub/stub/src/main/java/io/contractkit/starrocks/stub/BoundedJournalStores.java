package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's default stores with a request journal whose bookkeeping costs the same whatever its
 * size.
 *
 * <p>Why: WireMock's in-memory journal store counts every entry on each request to enforce the
 * journal's bound ({@code getAllKeys().count()}), and scans its whole queue when a request
 * completes ({@code deque.contains}); with the stub's default bound of 1000 entries that was over a
 * third of the time of serving a request. This store drops the oldest entry itself when a new one
 * goes over the bound, knows its size, and finds entries by id in a map.
 */
final class BoundedJournalStores extends DefaultStores {

  private final BoundedRequestJournalStore journal;

  BoundedJournalStores(FileSource filesRoot, int maxEntries) {
    super(filesRoot);
    this.journal = new BoundedRequestJournalStore(maxEntries);
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  /** Newest first, at most {@code capacity} entries; the oldest leaves when a new one comes. */
  static final class BoundedRequestJournalStore implements RequestJournalStore {

    private final int capacity;
    private final ConcurrentLinkedDeque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
    private final ConcurrentHashMap<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    BoundedRequestJournalStore(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void add(ServeEvent event) {
      events.put(event.getId(), event);
      newestFirst.addFirst(event.getId());
      if (size.incrementAndGet() > capacity) {
        removeLast();
      }
    }

    @Override
    public void removeLast() {
      UUID oldest = newestFirst.pollLast();
      if (oldest != null) {
        size.decrementAndGet();
        events.remove(oldest);
      }
    }

    @Override
    public Stream<ServeEvent> getAll() {
      return newestFirst.stream().map(events::get).filter(Objects::nonNull);
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
      return Optional.ofNullable(events.get(id));
    }

    /**
     * Updates an entry still in the journal (a request that completed); a dropped one stays
     * dropped.
     */
    @Override
    public void put(UUID id, ServeEvent event) {
      events.replace(id, event);
    }

    @Override
    public void remove(UUID id) {
      if (newestFirst.removeFirstOccurrence(id)) {
        size.decrementAndGet();
      }
      events.remove(id);
    }

    @Override
    public void clear() {
      UUID id;
      while ((id = newestFirst.pollLast()) != null) {
        size.decrementAndGet();
        events.remove(id);
      }
    }
  }
}
