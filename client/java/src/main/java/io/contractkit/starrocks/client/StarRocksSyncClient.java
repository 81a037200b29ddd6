package io.contractkit.starrocks.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.client.api.DataSynchronizationApi;
import io.contractkit.starrocks.client.api.DataSynchronizationApiWithChecks;
import io.contractkit.starrocks.client.auth.Credentials;
import io.contractkit.starrocks.client.error.TransportGuard;
import io.contractkit.starrocks.client.invoker.ApiClient;
import io.contractkit.starrocks.client.invoker.ContractServers;
import io.contractkit.starrocks.client.validation.RequestValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The entry point: configure once, then call the operations of the generated API.
 *
 * <pre>{@code
 * StarRocksSyncClient client = StarRocksSyncClient.builder()
 *     .region("ap-southeast-1")
 *     .credentials(Credentials.accessKey(ak, sk))
 *     .build();
 * ModifyDataSynchronizationConfigResponse answer = client.dataSynchronization()
 *     .modifyDataSynchronizationConfig(projectId, instanceId, request, null);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share one per endpoint and credential.
 */
public final class StarRocksSyncClient {

  /** Time allowed to open a connection, unless {@link Builder#connectTimeout} says otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Time allowed from sending a request until the answer's headers arrive, unless {@link
   * Builder#requestTimeout} says otherwise.
   */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI endpoint;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final HttpClient.Version httpVersion;
  private final boolean validateRequests;
  private final DataSynchronizationApi dataSynchronization;

  private StarRocksSyncClient(Builder builder) {
    this.endpoint = builder.endpoint;
    this.credentials = builder.credentials;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.httpVersion = builder.httpVersion;
    this.validateRequests = builder.validateRequests;

    HttpClient.Builder http =
        HttpClient.newBuilder()
            .version(httpVersion)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    builder.httpCustomizer.accept(http);
    ObjectMapper json = ApiClient.createDefaultObjectMapper();
    // Built once, and guarded: failed exchanges reach the caller as TransportExceptions that say
    // what happened instead of the JDK's IOException inside a bare ApiException.
    HttpClient guarded = TransportGuard.guard(http.build(), json);
    ApiClient apiClient =
        new ApiClient(http, json, endpoint.toString()) {
          @Override
          public HttpClient getHttpClient() {
            return guarded;
          }
        }.setReadTimeout(requestTimeout)
            .setRequestInterceptor(builder.requestCustomizer.andThen(credentials::authenticate));
    RequestValidator validator =
        validateRequests ? RequestValidator.create(apiClient.getObjectMapper()) : null;
    this.dataSynchronization = new DataSynchronizationApiWithChecks(apiClient, validator);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The operations of the contract's "Data synchronization" tag. */
  public DataSynchronizationApi dataSynchronization() {
    return dataSynchronization;
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return "StarRocksSyncClient[endpoint="
        + endpoint
        + ", credentials="
        + credentials
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", httpVersion="
        + httpVersion
        + ", validateRequests="
        + validateRequests
        + "]";
  }

  /** Settings of a {@link StarRocksSyncClient}; only {@link #credentials} is required. */
  public static final class Builder {

    private URI endpoint = URI.create(ContractServers.SERVERS.get(0).URL());
    private Credentials credentials;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private HttpClient.Version httpVersion = HttpClient.Version.HTTP_1_1;
    private boolean validateRequests = true;
    private Consumer<HttpClient.Builder> httpCustomizer = http -> {};
    private Consumer<HttpRequest.Builder> requestCustomizer = request -> {};

    private Builder() {}

    /**
     * The base URL of the service, such as {@code
     * https://gaussdbformysql.eu-west-101.myhuaweicloud.com} or a stub's {@code
     * http://localhost:8080}. Default: the contract's first server with its default region.
     */
    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
    }

    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      if (endpoint.getScheme() == null || endpoint.getHost() == null) {
        throw new IllegalArgumentException("endpoint needs a scheme and a host: " + endpoint);
      }
      String text = endpoint.toString();
      this.endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /** The provider's endpoint in {@code region}, from the contract's server URL template. */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      if (!region.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("Not a region code: " + region);
      }
      return endpoint(ContractServers.SERVERS.get(0).URL(Map.of("region", region)));
    }

    /** {@link Credentials#token} or {@link Credentials#accessKey}. Required. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Default {@link StarRocksSyncClient#DEFAULT_CONNECT_TIMEOUT}. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Default {@link StarRocksSyncClient#DEFAULT_REQUEST_TIMEOUT}. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** Default HTTP/1.1; {@code HTTP_2} lets java.net.http negotiate HTTP/2. */
    public Builder httpVersion(HttpClient.Version httpVersion) {
      this.httpVersion = Objects.requireNonNull(httpVersion, "httpVersion");
      return this;
    }

    /**
     * Whether each call is checked against the contract before it is sent (default {@code true}).
     * Turn it off to let the service judge requests the contract would refuse.
     */
    public Builder validateRequests(boolean validateRequests) {
      this.validateRequests = validateRequests;
      return this;
    }

    /**
     * Further settings of the underlying {@link HttpClient} (proxy, SSL context, executor), applied
     * after this builder's own.
     */
    public Builder httpClient(Consumer<HttpClient.Builder> customizer) {
      this.httpCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Extra settings of every request, applied before the credential is added: a tracing header,
     * say, or in consumer tests the stub's {@code Prefer: example=<name>} header that selects a
     * documented answer.
     */
    public Builder requests(Consumer<HttpRequest.Builder> customizer) {
      this.requestCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    public StarRocksSyncClient build() {
      if (credentials == null) {
        throw new IllegalStateException(
            "credentials are required: Credentials.token(...) or Credentials.accessKey(...)");
      }
      return new StarRocksSyncClient(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }
  }
}
