package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.common.RequestCache;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.HttpResponder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestHandler;
import com.github.tomakehurst.wiremock.http.RequestIdDecorator;
import com.github.tomakehurst.wiremock.http.RequestPathParamsDecorator;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.RequestJournal;
import com.github.tomakehurst.wiremock.verification.StoreBackedRequestJournal;
import io.contractkit.starrocks.runtime.PreferHeader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The short way through WireMock for a request that only the contract's own mappings can answer:
 * the same match, the same {@link ContractAnswerTransformer}, the same journal entry and the same
 * bytes on the wire as WireMock's {@code StubRequestHandler}, without its general-purpose steps.
 *
 * <p>Why (issue 13; async-profiler and per-thread CPU from /proc, {@code wrk -t2 -c16} with the
 * benchmark's valid request, 2 cores): inside WireMock's servlet, plain WireMock spent ~33 µs per
 * request, of which ~15 µs on steps the stub does not need: it copies the request into a new {@code
 * LoggedRequest} three times (id, path parameters, journal), walks every mapping through streams,
 * builds a log line it throws away, and runs two transformer pipelines. The stub adds its check and
 * answer (~14 µs) on top, so it has to skip those steps to stay near plain WireMock. Measured on a
 * quiet machine after 30 s of warm-up: 71 µs of CPU per valid request without the shortcut, 58 µs
 * with it (plain WireMock: ~48 µs).
 *
 * <p>It steps aside, and WireMock's own handler answers as before, whenever anything could make the
 * two differ: a mapping a test added (or edited, or removed) beside the contract's, a {@code
 * Prefer} header (delays, faults, hostile answers go through WireMock's asynchronous responder),
 * the request log ({@code --verbose}), or a WireMock request listener or request filter. {@code
 * ContractShortcutTest} sends the same requests both ways and compares answers and journal entries.
 */
final class ContractShortcut implements StubLifecycleListener {

  static final String NAME = "starrocks-sync-contract-shortcut";

  /**
   * Turns the shortcut off ({@code -Dstarrocks.stub.shortcut=false}), to compare or to rule out.
   */
  static final String SWITCH_PROPERTY = "starrocks.stub.shortcut";

  private final ContractAnswerTransformer transformer;
  private final Stores stores;
  private final Optional<RequestJournal> journal;
  private final DataTruncationSettings truncation;
  private final boolean enabled;

  /** Bumped before and after every change of the mappings; a snapshot is of one generation. */
  private final AtomicLong generation = new AtomicLong();

  /** Changes of the mappings begun and not yet ended: while any is, WireMock answers. */
  private final AtomicInteger changesUnderway = new AtomicInteger();

  private volatile Snapshot snapshot = new Snapshot(-1);

  /** Requests answered the short way (tests prove with it that the shortcut was taken). */
  private final LongAdder answered = new LongAdder();

  /**
   * @param journalEntries WireMock's bound on journal entries; 0 when the journal is off
   * @param enabled false when something outside this class's view takes part in every request (the
   *     request log)
   */
  ContractShortcut(
      ContractAnswerTransformer transformer,
      Stores stores,
      int journalEntries,
      DataTruncationSettings truncation,
      boolean enabled) {
    this.transformer = transformer;
    this.stores = stores;
    this.journal =
        journalEntries == 0
            ? Optional.empty()
            : Optional.of(
                new StoreBackedRequestJournal(
                    journalEntries, Map.of(), stores.getRequestJournalStore()));
    this.truncation = truncation;
    this.enabled = enabled && !"false".equals(System.getProperty(SWITCH_PROPERTY));
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** WireMock's handler with this shortcut in front of it. */
  RequestHandler around(RequestHandler wireMock) {
    if (!enabled) {
      return wireMock;
    }
    Optional<List<?>> listeners = requestListenersOf(wireMock);
    if (listeners.isEmpty() || hasRequestFilters(wireMock)) {
      return wireMock;
    }
    return new Handler(wireMock, listeners.get());
  }

  private final class Handler implements RequestHandler {

    private final RequestHandler wireMock;

    /** WireMock's (deprecated) request listeners: while there is one, WireMock answers. */
    private final List<?> requestListeners;

    Handler(RequestHandler wireMock, List<?> requestListeners) {
      this.wireMock = wireMock;
      this.requestListeners = requestListeners;
    }

    @Override
    public void handle(
        Request servletRequest, HttpResponder responder, ServeEvent originalServeEvent) {
      Request request = new MemoizedRequest(servletRequest);
      StubMapping mapping =
          originalServeEvent == null && requestListeners.isEmpty() && !hasPrefer(request)
              ? matchingContractMapping(request)
              : null;
      if (mapping == null) {
        wireMock.handle(servletRequest, responder, originalServeEvent);
        return;
      }
      answer(request, responder, mapping);
    }
  }

  /** What WireMock's handler does for a request one of the contract's mappings matched. */
  private void answer(Request request, HttpResponder responder, StubMapping mapping) {
    UUID id = randomId();
    LoggedRequest logged =
        LoggedRequest.createFrom(
            RequestPathParamsDecorator.decorate(
                new RequestIdDecorator(request, id), mapping.getRequest()));
    ServeEvent matched =
        new ServeEvent(id, logged, mapping, mapping.getResponse(), null, false, null, null);
    ResponseDefinition definition = ResponseDefinition.copyOf(transformer.transform(matched));
    // WireMock's handler sets the request it served; the logged copy is the same request, and
    // the journal entry then keeps no servlet request adapter and its caches alive (less to
    // copy at every young collection; only WireMock's proxy renderer reads this field).
    definition.setOriginalRequest(logged);
    ServeEvent event = matched.withResponseDefinition(definition);
    Response response = render(definition, mapping, request.getProtocol());
    event = event.complete(response, truncation);
    ServeEvent completed = event;
    journal.ifPresent(j -> j.requestReceived(completed));
    // Counted before the answer leaves, so that a client that got it sees the count.
    answered.increment();
    completed.beforeSend();
    responder.respond(request, response, Map.of(ServeEvent.ORIGINAL_SERVE_EVENT_KEY, completed));
    completed.afterSend();
    journal.ifPresent(j -> j.serveCompleted(completed));
    RequestCache.onRequestEnd();
  }

  /** How many requests took the shortcut so far. */
  long answered() {
    return answered.sum();
  }

  /** WireMock's {@code StubResponseRenderer.renderDirectly}, for an inline body. */
  private Response render(ResponseDefinition definition, StubMapping mapping, String protocol) {
    // One set of headers built once (WireMock adds each with HttpHeaders.plus, a copy each).
    List<HttpHeader> all = new ArrayList<>();
    if (definition.getHeaders() != null) {
      all.addAll(definition.getHeaders().all());
    }
    all.add(new HttpHeader("Matched-Stub-Id", mapping.getId().toString()));
    if (mapping.getName() != null) {
      all.add(
          new HttpHeader(
              "Matched-Stub-Name",
              new String(mapping.getName().getBytes(StandardCharsets.US_ASCII))));
    }
    HttpHeaders headers = new HttpHeaders(all);
    GlobalSettings settings = stores.getSettingsStore().get();
    Response.Builder response =
        Response.response()
            .status(definition.getStatus())
            .statusMessage(definition.getStatusMessage())
            .headers(headers)
            .fault(definition.getFault())
            .configureDelay(
                settings.getFixedDelay(),
                settings.getDelayDistribution(),
                definition.getFixedDelayMilliseconds(),
                definition.getDelayDistribution())
            .chunkedDribbleDelay(definition.getChunkedDribbleDelay())
            .protocol(protocol);
    if (definition.specifiesBodyContent()) {
      response.body(definition.getByteBody());
    }
    return response.build();
  }

  /**
   * The first of the store's mappings (in WireMock's order) that matches the request, when the
   * store holds nothing but the contract's mappings; null otherwise (WireMock then answers).
   */
  private StubMapping matchingContractMapping(Request request) {
    if (changesUnderway.get() != 0) {
      return null;
    }
    Snapshot current = snapshot;
    long now = generation.get();
    if (current.generation() != now) {
      current = takeSnapshot(now);
    }
    if (!current.onlyContract()) {
      return null;
    }
    String url = request.getUrl();
    String key =
        current.byMethodAndUrl() && url.length() <= MAX_REMEMBERED_URL_LENGTH
            ? request.getMethod().getName() + " " + url
            : null;
    if (key != null) {
      StubMapping known = current.matched().get(key);
      if (known != null) {
        return known;
      }
    }
    for (StubMapping mapping : current.mappings()) {
      if (mapping.getRequest().match(request).isExactMatch()) {
        if (mapping.getResponse().specifiesBodyFile()) {
          return null;
        }
        if (key != null && current.matched().size() < MAX_REMEMBERED_URLS) {
          current.matched().put(key, mapping);
        }
        return mapping;
      }
    }
    return null;
  }

  private Snapshot takeSnapshot(long now) {
    List<StubMapping> mappings = stores.getStubStore().getAll().toList();
    boolean onlyContract =
        !mappings.isEmpty()
            && mappings.stream().allMatch(ContractMappingsSource::isContractMapping)
            && mappings.stream().allMatch(StubMapping::isIndependentOfScenarioState);
    Snapshot taken =
        new Snapshot(
            now,
            mappings,
            onlyContract,
            mappings.stream()
                .map(StubMapping::getRequest)
                .allMatch(ContractShortcut::byMethodAndUrl),
            new ConcurrentHashMap<>());
    if (generation.get() == now && changesUnderway.get() == 0) {
      snapshot = taken;
      return taken;
    }
    return new Snapshot(now);
  }

  /**
   * The store's mappings at one generation; when every one of them matches on the method and the
   * URL alone, the mapping each method and URL matched, remembered (WireMock's matching of a URL
   * template costs ~3 µs and a dozen objects per request).
   */
  private record Snapshot(
      long generation,
      List<StubMapping> mappings,
      boolean onlyContract,
      boolean byMethodAndUrl,
      Map<String, StubMapping> matched) {

    Snapshot(long generation) {
      this(generation, List.of(), false, false, Map.of());
    }
  }

  /**
   * Bound the memory of {@link Snapshot#matched} (~1 MiB): past them, URLs are matched each time.
   */
  private static final int MAX_REMEMBERED_URLS = 4096;

  private static final int MAX_REMEMBERED_URL_LENGTH = 256;

  /** Whether a request pattern looks at nothing but the method and the URL. */
  private static boolean byMethodAndUrl(RequestPattern pattern) {
    return pattern.getHeaders() == null
        && pattern.getQueryParameters() == null
        && pattern.getFormParameters() == null
        && pattern.getPathParameters() == null
        && pattern.getCookies() == null
        && pattern.getBodyPatterns() == null
        && pattern.getMultipartPatterns() == null
        && pattern.getBasicAuthCredentials() == null
        && pattern.getHost() == null
        && pattern.getPort() == null
        && pattern.getScheme() == null
        && pattern.getClientIp() == null
        && !pattern.hasCustomMatcher();
  }

  private static boolean hasPrefer(Request request) {
    return request.containsHeader(PreferHeader.NAME);
  }

  /**
   * A journal entry's id. WireMock draws it with {@link UUID#randomUUID()} (SecureRandom, ~1.7 µs
   * per request under load); an entry's id only has to be unique, not unpredictable.
   */
  private static UUID randomId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  /**
   * WireMock's request listeners ({@code WireMockServer.addMockServiceRequestListener}, deprecated
   * but public): the list itself, read once, so that each request can see whether one was added.
   * Empty when the field cannot be read: then the shortcut stays off.
   */
  private static Optional<List<?>> requestListenersOf(RequestHandler handler) {
    Object value = fieldOf(handler, "listeners");
    return value instanceof List<?> list ? Optional.of(list) : Optional.empty();
  }

  private static boolean hasRequestFilters(RequestHandler handler) {
    Object processor = fieldOf(handler, "filterProcessor");
    if (processor == null) {
      return true;
    }
    try {
      return (Boolean) processor.getClass().getMethod("hasAnyFilters").invoke(processor);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }

  private static Object fieldOf(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private void changeBegins() {
    changesUnderway.incrementAndGet();
    generation.incrementAndGet();
  }

  private void changeEnds() {
    generation.incrementAndGet();
    changesUnderway.decrementAndGet();
  }

  @Override
  public void beforeStubCreated(StubMapping stub) {
    changeBegins();
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    changeEnds();
  }

  @Override
  public void beforeStubEdited(StubMapping oldStub, StubMapping newStub) {
    changeBegins();
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    changeEnds();
  }

  @Override
  public void beforeStubRemoved(StubMapping stub) {
    changeBegins();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    changeEnds();
  }

  @Override
  public void beforeStubsReset() {
    changeBegins();
  }

  @Override
  public void afterStubsReset() {
    changeEnds();
  }
}
