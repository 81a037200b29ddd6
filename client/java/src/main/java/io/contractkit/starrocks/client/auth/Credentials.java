package io.contractkit.starrocks.client.auth;

import java.net.http.HttpRequest;

/**
 * How a request proves who sends it. The contract allows two ways: an IAM token ({@link #token}) or
 * the provider's AK/SK signature ({@link #accessKey}).
 *
 * <p>Implementations never show their secrets in {@code toString()} or in exception messages.
 */
public interface Credentials {

  /** An IAM token, sent in {@value TokenCredentials#HEADER}. Tokens expire after a while. */
  static TokenCredentials token(String token) {
    return new TokenCredentials(token);
  }

  /**
   * An access key (AK) and secret access key (SK): each request is signed with {@code
   * SDK-HMAC-SHA256}, as the provider's official SDKs do. The SK itself is never sent.
   */
  static AccessKeyCredentials accessKey(String accessKeyId, String secretAccessKey) {
    return new AccessKeyCredentials(
        accessKeyId, secretAccessKey, null, null, java.time.Clock.systemUTC());
  }

  /**
   * Adds the credential to a request that is complete otherwise: method, URI, headers and body are
   * final when this is called.
   */
  void authenticate(HttpRequest.Builder request);
}
