package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract-driven WireMock stub of the StarRocks data synchronization API, for code that starts
 * it itself (the standalone main, or tests without the JUnit extension).
 *
 * <pre>{@code
 * try (StarRocksSyncStub stub = StarRocksSyncStub.start(StubSettings.defaults())) {
 *   String baseUrl = stub.baseUrl();
 *   ...
 *   stub.wireMock().verify(putRequestedFor(urlPathMatching("/v3/.*")));
 * }
 * }</pre>
 */
public final class StarRocksSyncStub implements AutoCloseable {

  private final WireMockServer server;
  private final ViolationLog log;

  private StarRocksSyncStub(WireMockServer server, ViolationLog log) {
    this.server = server;
    this.log = log;
  }

  public static StarRocksSyncStub start(StubSettings settings) {
    return start(settings, null, false);
  }

  /**
   * @param requestLog where each request and its answer are described, secrets masked (see {@link
   *     RequestLog}); null for none. WireMock's own request log is never used: it prints tokens and
   *     signatures in clear.
   */
  public static StarRocksSyncStub start(StubSettings settings, Notifier requestLog) {
    return start(settings, requestLog, true);
  }

  /**
   * @param notifier WireMock's own messages (null: SLF4J, quiet), and the request log if asked
   * @param logRequests whether each request is described to the notifier, secrets masked
   */
  static StarRocksSyncStub start(StubSettings settings, Notifier notifier, boolean logRequests) {
    ViolationLog log = new ViolationLog(settings.maxKeptViolations());
    WireMockServer server = new WireMockServer(configuration(settings, log, notifier, logRequests));
    server.start();
    return new StarRocksSyncStub(server, log);
  }

  /** The WireMock configuration of a stub: the contract's mappings and answers, bounded memory. */
  static WireMockConfiguration configuration(StubSettings settings, ViolationLog log) {
    return configuration(settings, log, null, false);
  }

  private static WireMockConfiguration configuration(
      StubSettings settings, ViolationLog log, Notifier notifier, boolean logRequests) {
    StubRuntime runtime = new StubRuntime(settings, log);
    ContractAnswerTransformer transformer = new ContractAnswerTransformer(runtime);
    boolean requestLog = notifier != null && logRequests;
    BoundedJournalStores stores =
        new BoundedJournalStores(
            WireMockConfiguration.options().filesRoot(),
            settings.maxJournalEntries(),
            settings.maxJournalBytes());
    ContractShortcut shortcut =
        new ContractShortcut(
            transformer,
            stores,
            settings.maxJournalEntries(),
            DataTruncationSettings.DEFAULTS,
            // The request log describes each request after WireMock's handler has answered it.
            !requestLog);
    AtomicReset reset = new AtomicReset();
    List<Extension> extensions =
        new ArrayList<>(List.of(transformer, new OverrideCheckListener(runtime), shortcut, reset));
    if (requestLog) {
      extensions.add(new RequestLog(runtime, notifier));
    }
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .bindAddress(settings.bindAddress())
            .mappingSource(new ContractMappingsSource(settings.contractSource(), reset))
            .extensions(extensions.toArray(Extension[]::new))
            .templatingEnabled(false)
            .globalTemplating(false)
            .extensionScanningEnabled(false)
            // Start-up time: no HTTP/2 (clients of this API speak HTTP/1.1), no eager XML
            // factories (no XML here), no outgoing HTTP client (nothing is proxied).
            .http2PlainDisabled(true)
            .http2TlsDisabled(true)
            .disableOptimizeXmlFactoriesLoading(true)
            .httpClientFactory(new NoProxyHttpClientFactory())
            // Answers with a Content-Length, as an API server sends a small JSON body, rather than
            // WireMock's default chunked encoding: one write per answer instead of two (the last
            // chunk went out on its own, ~2.4 µs of the stub's CPU and one more segment for the
            // client to read), measured in the benchmarks.
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.BODY_FILE)
            // WireMock's Jetty server, but a request Jetty cannot parse gets the API's error
            // format (STUB.MALFORMED_REQUEST) instead of Jetty's HTML page.
            .httpServerFactory(new StubHttpServerFactory(runtime, shortcut, reset))
            // WireMock's notifier gets WireMock's own messages only; requests go to RequestLog.
            .notifier(notifier != null ? notifier : new Slf4jNotifier(false))
            // WireMock's request log prints credentials in clear (and costs time to build).
            .stubRequestLoggingDisabled(true);
    if (settings.port() == 0) {
      options.dynamicPort();
    } else {
      options.port(settings.port());
    }
    if (settings.maxJournalEntries() == 0) {
      options.disableRequestJournal();
    } else {
      options.maxRequestJournalEntries(settings.maxJournalEntries());
    }
    // Always these stores: the shortcut reads the mappings and the settings from them.
    options.withStores(stores);
    return options;
  }

  /** {@code http://localhost:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** The WireMock server, for its verify, stubbing and journal API. */
  public WireMockServer wireMock() {
    return server;
  }

  /** The requests the stub refused since start or the last {@link #clearViolations()}. */
  public List<RecordedViolation> violations() {
    return log.kept();
  }

  public void clearViolations() {
    log.clear();
  }

  /** How many requests the {@link ContractShortcut} answered (for tests). */
  long shortcutAnswers() {
    return server.getOptions().getDeclaredExtensions().getInstances().get(ContractShortcut.NAME)
            instanceof ContractShortcut shortcut
        ? shortcut.answered()
        : 0;
  }

  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
