package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.Route;
import io.contractkit.starrocks.model.SecurityAlternative;
import io.contractkit.starrocks.model.ValidRequest;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * At start, once the contract is parsed: one documented valid request of the first operation run
 * through the stub's own check and answer ({@link ContractAnswerTransformer}), in this JVM, with a
 * log and an event of its own that nobody sees: no journal entry, no violation, no counter.
 *
 * <p>Why (issue 13, async-profiler, 1 ms CPU samples of the stub's JVM from start to its first 200,
 * 2 shared cores): the first request spent ~14 ms of CPU in the stub's check and answer, most of it
 * loading and initialising their classes and compiling the answer's schema, once per JVM. Done
 * here, on the contract's thread when it has finished and a core is free while Jetty still starts,
 * the first request finds it done. One operation is enough: the code is the same for all of them.
 * Measured effect, small beside the noise of one start: medians of three series of 5 interleaved
 * starts, first 200 at 378, 382 and 378 ms with it, 378, 389 and 379 ms without (quiet machine);
 * without it and without {@link StartupWarmUp} too, 388-392 ms. Anything failing here is left to
 * the first request, which meets and reports it.
 */
final class FirstAnswerWarmUp {

  private FirstAnswerWarmUp() {}

  static void run(StubSettings settings) {
    try {
      StubRuntime runtime = new StubRuntime(settings, new ViolationLog(1));
      ContractRuntime contract = runtime.contract();
      if (contract.operations().isEmpty()) {
        return;
      }
      ApiOperation operation = contract.operations().get(0);
      ValidRequest valid = operation.validRequest();
      ImmutableRequest.Builder request =
          ImmutableRequest.create()
              .withAbsoluteUrl("http://localhost" + valid.pathAndQuery())
              .withMethod(RequestMethod.fromString(valid.method()))
              .withProtocol("HTTP/1.1");
      valid.headers().forEach(request::withHeader);
      operation
          .tokenAlternative()
          .map(SecurityAlternative::headers)
          .ifPresent(headers -> headers.forEach(header -> request.withHeader(header, "warm-up")));
      if (valid.body() != null) {
        request.withBody(valid.body().toString().getBytes(StandardCharsets.UTF_8));
      }
      Route route =
          new Route(operation.method(), operation.path().template(), operation.operationId());
      var mapping = ContractMappingsSource.mappingOf(route);
      new ContractAnswerTransformer(runtime)
          .transform(
              new ServeEvent(
                  UUID.randomUUID(),
                  LoggedRequest.createFrom(request.build()),
                  mapping,
                  mapping.getResponse(),
                  null,
                  false,
                  null,
                  null));
    } catch (RuntimeException | LinkageError e) {
      // The first request meets the same problem and reports it.
    }
  }
}
