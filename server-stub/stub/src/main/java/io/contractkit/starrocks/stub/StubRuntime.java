package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.stub.contract.Contract;
import io.contractkit.starrocks.stub.contract.Sanitized;
import io.contractkit.starrocks.stub.contract.Violation;
import java.util.List;
import java.util.Map;

/**
 * What the stub's WireMock extensions share: the contract and its request check, resolved on the
 * first request (start-up may still be building them), and the log of refused requests.
 */
final class StubRuntime {

  static final String VIOLATION_SUB_EVENT = "CONTRACT_VIOLATION";

  private final StubSettings settings;
  private final ViolationLog log;
  private volatile Contract contract;
  private volatile ContractRequestCheck check;

  StubRuntime(StubSettings settings, ViolationLog log) {
    this.settings = settings;
    this.log = log;
  }

  StubSettings settings() {
    return settings;
  }

  Contract contract() {
    prepare();
    return contract;
  }

  ContractRequestCheck check() {
    prepare();
    return check;
  }

  private void prepare() {
    if (check == null) {
      synchronized (this) {
        if (check == null) {
          contract = settings.contract();
          check = new ContractRequestCheck(new RequestValidatorAdapter(contract.validator()), settings.maxBodyBytes());
        }
      }
    }
  }

  /** Records a refused request for the consumer's test, and in WireMock's journal entry. */
  void record(ServeEvent event, int status, List<Violation> violations) {
    Request request = event.getRequest();
    log.record(
        new RecordedViolation(request.getMethod().getName() + " " + Sanitized.of(request.getUrl(), 200), status, List.copyOf(violations)));
    event.appendSubEvent(
        VIOLATION_SUB_EVENT, Map.of("status", status, "violations", violations.stream().map(Violation::toString).toList()));
  }
}
