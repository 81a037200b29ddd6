package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are the client's (a request that cannot be read) and which are the stub's own:
 * only the first become a 4xx. The end-to-end answers are in {@link MalformedRequestTest}.
 */
class UnreadableRequestTest {

  @Test
  void a_percent_encoding_the_jdks_decoder_refuses_is_the_clients_error() {
    IllegalArgumentException refused = decodeFailure();

    assertThat(UnreadableRequest.reason(new RuntimeException(refused)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("does not decode"));
    assertThat(UnreadableRequest.status(refused)).isEqualTo(400);
  }

  @Test
  void an_illegal_argument_thrown_by_the_stub_itself_is_not_passed_off_as_the_clients() {
    assertThat(UnreadableRequest.reason(new IllegalArgumentException("a bug of the stub")))
        .isEmpty();
    assertThat(UnreadableRequest.reason(new NumberFormatException("For input string: \"x\"")))
        .as("a number that fails to parse outside WireMock's admin API")
        .isEmpty();
    assertThat(UnreadableRequest.reason(new IllegalStateException("x"))).isEmpty();
  }

  @Test
  void a_body_that_never_arrives_within_the_idle_timeout_is_a_408() {
    IOException timedOut =
        new IOException(new TimeoutException("Idle timeout expired: 30000/30000 ms"));

    assertThat(UnreadableRequest.reason(timedOut))
        .hasValueSatisfying(reason -> assertThat(reason).contains("did not arrive in time"));
    assertThat(UnreadableRequest.status(timedOut)).isEqualTo(408);
  }

  private static IllegalArgumentException decodeFailure() {
    try {
      URLDecoder.decode("%zz", StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError("the JDK decoded %zz");
  }
}
