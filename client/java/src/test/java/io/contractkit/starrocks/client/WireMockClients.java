package io.contractkit.starrocks.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.contractkit.starrocks.client.auth.Credentials;

/** Clients pointed at a test's WireMock server. */
final class WireMockClients {

  /** A token only the tests know; it must never show up where a secret must not. */
  static final String TOKEN = "test-token-6b1f0c2e9d8a7f3e5c4b2a19d8e7f6a5";

  private WireMockClients() {}

  static StarRocksSyncClient.Builder builder(WireMockExtension server) {
    return StarRocksSyncClient.builder()
        .endpoint(server.baseUrl())
        .credentials(Credentials.token(TOKEN));
  }

  static StarRocksSyncClient client(WireMockExtension server) {
    return builder(server).build();
  }
}
