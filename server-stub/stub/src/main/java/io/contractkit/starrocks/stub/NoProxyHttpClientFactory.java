package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * The stub answers from the contract and never forwards a request, so it does without WireMock's
 * outgoing HTTP client (for proxying and webhooks), whose TLS set-up costs start-up time.
 */
final class NoProxyHttpClientFactory implements HttpClientFactory {

  @Override
  public HttpClient buildHttpClient(
      Options options,
      boolean trustAllCertificates,
      List<String> trustedHosts,
      boolean useSystemProperties) {
    return request -> {
      throw new IOException(
          "This stub does not proxy or send webhooks: it answers from the contract");
    };
  }
}
