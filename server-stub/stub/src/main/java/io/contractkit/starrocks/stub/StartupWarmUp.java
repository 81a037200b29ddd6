package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.common.BrowserProxySettings;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.extension.responsetemplating.TemplateEngine;
import java.util.UUID;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.util.Uptime;

/**
 * The standalone stub's start-up, on a core the main thread leaves free: the static set-up of the
 * libraries the main thread reaches later (WireMock's configuration defaults and templating engine,
 * Jetty's MIME table, uptime clock, request parser and date header) is run here first, so that the
 * main thread finds it done.
 *
 * <p>Why (issue 13, async-profiler, 1 ms CPU samples of the stub's JVM from start to its first
 * 200): WireMock builds its Handlebars templating engine whether templating is on or not (~35 ms:
 * its helpers' XML and JSON-path set-up, a Guava cache), Jetty reads its MIME table (~11 ms) and,
 * when it starts, the platform's runtime management bean for its uptime log line (~10 ms), and the
 * first connection builds Jetty's parser tables and date formatter (~7 ms). Each is a class
 * initialisation that runs once per JVM, whichever thread comes first; the main thread, which waits
 * on a class being initialised instead of doing it, is the start's critical path.
 *
 * <p>In the order the main thread needs them, the largest first: started at once, this thread is
 * ahead of the main thread, which reaches the templating engine ~40 ms after {@code main} (its
 * command line, settings and WireMock's configuration come first), and the rest later. (Run last to
 * first, the main thread reached the templating engine before this thread did, and built it
 * itself.) Anything failing here is left to the main thread, which meets and reports it as before.
 */
final class StartupWarmUp implements Runnable {

  private StartupWarmUp() {}

  /** Starts the warm-up on a daemon thread. */
  static void start() {
    Thread thread = new Thread(new StartupWarmUp(), "stub-start-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try {
      // WireMock's configuration: its first string concatenation (the JVM's method-handle
      // bootstrap, ~10 ms) and its address rules.
      BrowserProxySettings.DISABLED.enabled();
      NetworkAddressRules.ALLOW_ALL.isAllowedAll();
      TemplateEngine.defaultTemplateEngine();
      UUID.randomUUID();
      MimeTypes.getKnownMimeTypes();
      Uptime.getUptime();
      DateGenerator.formatDate(0);
      HttpParser.CACHE.size();
    } catch (RuntimeException | LinkageError e) {
      // The main thread meets the same problem itself and reports it.
    }
  }
}
