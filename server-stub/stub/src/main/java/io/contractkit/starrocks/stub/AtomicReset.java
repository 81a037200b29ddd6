package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.core.WireMockApp;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.HttpResponder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestHandler;
import com.github.tomakehurst.wiremock.http.Response;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A reset of the mappings to the contract's ({@code resetAll}, {@code resetToDefaultMappings},
 * {@code POST /__admin/reset} or {@code /__admin/mappings/reset}, the JUnit extension before each
 * test) is one step for the requests the stub answers meanwhile.
 *
 * <p>WireMock empties its store, then adds the contract's mappings back one by one: a request that
 * came in between got an empty 404 ("no mapping"), or a 405 that named its own method as the one
 * not allowed (the catch-all was back, the operation not yet). Found with a standalone stub reset
 * in a loop while three clients sent valid requests: 1,121 wrong answers in 8 s; test suites that
 * share one stub and reset it between tests meet the same, rarely. Now the reset holds a write lock
 * from the moment the store is emptied until {@link ContractMappingsSource} has added the last
 * mapping back, and each stub request holds the read lock while WireMock matches and transforms it
 * (not while the answer is written or delayed).
 *
 * <p>A plain {@code resetMappings} (no contract mappings to wait for) ends at once. Neither a
 * request nor a reset waits more than {@value #MAX_WAIT_MILLIS} ms: a reset that failed half-way
 * cannot stop the stub.
 */
final class AtomicReset implements StubLifecycleListener {

  static final String NAME = "starrocks-sync-atomic-reset";

  static final long MAX_WAIT_MILLIS = 2_000;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void beforeStubsReset() {
    try {
      // Bounded too: a reset never waits for ever on one that failed half-way on another thread.
      lock.writeLock().tryLock(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void afterStubsReset() {
    if (!defaultMappingsFollow()) {
      release();
    }
  }

  /** Called when the contract's mappings are all back: the reset is whole. */
  void defaultMappingsLoaded() {
    release();
  }

  /** WireMock's handler, each request of which waits for a reset underway. */
  RequestHandler around(RequestHandler handler) {
    return (request, responder, serveEvent) -> {
      if (!acquire()) {
        handler.handle(request, responder, serveEvent);
        return;
      }
      ReleasingResponder releasing = new ReleasingResponder(responder);
      try {
        handler.handle(request, releasing, serveEvent);
      } finally {
        releasing.release();
      }
    };
  }

  private boolean acquire() {
    try {
      return lock.readLock().tryLock(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Ends the reset of this thread, however many times it began (a reset inside a reset). */
  private void release() {
    while (lock.isWriteLockedByCurrentThread()) {
      lock.writeLock().unlock();
    }
  }

  /**
   * Whether this reset is WireMock's {@code resetToDefaultMappings}, which loads the default
   * mappings next on this thread (its reset event alone cannot tell).
   */
  private static boolean defaultMappingsFollow() {
    String app = WireMockApp.class.getName();
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames.anyMatch(
                    frame ->
                        frame.getClassName().equals(app)
                            && frame.getMethodName().equals("resetToDefaultMappings")));
  }

  /** Lets the read lock go as the answer leaves: a delayed or slow answer does not hold it. */
  private final class ReleasingResponder implements HttpResponder {

    private final HttpResponder responder;
    private final Thread owner = Thread.currentThread();
    private boolean held = true;

    ReleasingResponder(HttpResponder responder) {
      this.responder = responder;
    }

    @Override
    public void respond(Request request, Response response, Map<String, Object> attributes) {
      release();
      responder.respond(request, response, attributes);
    }

    void release() {
      if (held && Thread.currentThread() == owner) {
        held = false;
        lock.readLock().unlock();
      }
    }
  }
}
