package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.Sanitized;
import io.contractkit.starrocks.runtime.Secrets;
import io.contractkit.starrocks.runtime.StubError;
import io.contractkit.starrocks.runtime.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stub's WireMock extensions share: the contract and its request check, resolved on the
 * first request (start-up may still be building them), and the log of refused requests.
 */
final class StubRuntime {

  static final String VIOLATION_SUB_EVENT = "CONTRACT_VIOLATION";

  private final StubSettings settings;
  private final ViolationLog log;
  private volatile ContractRuntime contract;
  private volatile ContractRequestCheck check;

  StubRuntime(StubSettings settings, ViolationLog log) {
    this.settings = settings;
    this.log = log;
  }

  StubSettings settings() {
    return settings;
  }

  ContractRuntime contract() {
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
          check =
              new ContractRequestCheck(
                  new RequestValidatorAdapter(contract.validator()), settings.maxBodyBytes());
        }
      }
    }
  }

  /**
   * Records a request that broke the contract for the consumer's test, and in WireMock's journal
   * entry.
   */
  void record(ServeEvent event, int status, List<Violation> violations) {
    record(event, status, violations, Optional.empty());
  }

  /**
   * Records a refused request for the consumer's test, and in WireMock's journal entry, with any
   * secret the request carried masked wherever a violation quotes it (the test's failure message
   * prints them).
   */
  void record(
      ServeEvent event, int status, List<Violation> violations, Optional<StubError> stubError) {
    Request request = event.getRequest();
    Secrets secrets = contract().secrets();
    List<Violation> masked =
        violations.stream()
            .map(
                v ->
                    new Violation(
                        v.where(), secrets.redact(v.rule(), name -> headerValues(request, name))))
            .toList();
    String url =
        secrets.redact(Sanitized.whole(request.getUrl(), 200), name -> headerValues(request, name));
    log.record(
        new RecordedViolation(
            request.getMethod().getName() + " " + url, status, masked, stubError));
    event.appendSubEvent(
        VIOLATION_SUB_EVENT,
        Map.of("status", status, "violations", masked.stream().map(Violation::toString).toList()));
  }

  /** Every value of a request header, none when it is absent. */
  static List<String> headerValues(Request request, String name) {
    var header = request.header(name);
    return header == null || !header.isPresent() ? List.of() : header.values();
  }
}
