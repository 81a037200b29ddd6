package io.contractkit.starrocks.client.auth;

import java.net.http.HttpRequest;

/** An IAM token, sent as is in the {@value #HEADER} header of every request. */
public final class TokenCredentials implements Credentials {

  /** The header of the contract's {@code iam_token} security scheme. */
  public static final String HEADER = "X-Auth-Token";

  private final String token;

  TokenCredentials(String token) {
    this.token = HeaderValues.require(token, "token");
  }

  @Override
  public void authenticate(HttpRequest.Builder request) {
    request.setHeader(HEADER, token);
  }

  @Override
  public String toString() {
    return "TokenCredentials[token=****]";
  }
}
