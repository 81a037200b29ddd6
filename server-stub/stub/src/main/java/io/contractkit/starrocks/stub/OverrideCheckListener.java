package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.Violation;
import java.util.List;

/**
 * Keeps checking requests that a test's own mapping answers (one added with {@code stubFor} to
 * override the contract's answer, say with a fault): the answer is the test's, but a request that
 * breaks the contract is still recorded as a violation.
 */
final class OverrideCheckListener implements ServeEventListener {

  static final String NAME = "starrocks-sync-contract-check";

  private final StubRuntime runtime;

  OverrideCheckListener(StubRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void afterMatch(ServeEvent event, Parameters parameters) {
    StubMapping mapping = event.getStubMapping();
    if (mapping == null || ContractMappingsSource.isContractMapping(mapping)) {
      return;
    }
    Request request = event.getRequest();
    String url = request.getUrl();
    String path = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
    String method = request.getMethod().getName();
    try {
      for (ApiOperation operation : runtime.contract().operationsOnPath(path)) {
        if (operation.method().equals(method)) {
          ContractRequestCheck.Verdict verdict = runtime.check().check(request, operation);
          if (verdict.refused()) {
            runtime.record(event, verdict.status(), verdict.violations());
          }
        }
      }
    } catch (RuntimeException e) {
      runtime.record(
          event,
          0,
          List.of(
              new Violation(
                  "stub", "failed to check the request: " + Sanitized.of(String.valueOf(e), 300))));
    }
  }
}
