package io.contractkit.starrocks.stub;

import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * WireMock's request, each part computed once: the {@link ContractShortcut} copies a request into
 * two {@code LoggedRequest}s (the journal's, and the one WireMock's responder keeps), and
 * WireMock's servlet request rebuilds its headers and cookies, and compiles a regular expression to
 * tell a multipart body, on every call. Everything else is passed through unchanged.
 */
final class MemoizedRequest implements Request {

  /** WireMock's own test of a multipart request ({@code isMultipart}), compiled once. */
  private static final Pattern MULTIPART = Pattern.compile("(?i)^\\s*multipart/.*");

  private final Request request;
  private String url;
  private String absoluteUrl;
  private RequestMethod method;
  private HttpHeaders headers;
  private Map<String, Cookie> cookies;
  private Boolean multipart;
  private String clientIp;

  MemoizedRequest(Request request) {
    this.request = request;
  }

  @Override
  public String getUrl() {
    if (url == null) {
      url = request.getUrl();
    }
    return url;
  }

  @Override
  public String getAbsoluteUrl() {
    if (absoluteUrl == null) {
      absoluteUrl = request.getAbsoluteUrl();
    }
    return absoluteUrl;
  }

  @Override
  public RequestMethod getMethod() {
    if (method == null) {
      method = request.getMethod();
    }
    return method;
  }

  @Override
  public String getScheme() {
    return request.getScheme();
  }

  @Override
  public String getHost() {
    return request.getHost();
  }

  @Override
  public int getPort() {
    return request.getPort();
  }

  @Override
  public String getClientIp() {
    if (clientIp == null) {
      clientIp = request.getClientIp();
    }
    return clientIp;
  }

  @Override
  public String getHeader(String key) {
    return request.getHeader(key);
  }

  @Override
  public HttpHeader header(String key) {
    return request.header(key);
  }

  @Override
  public ContentTypeHeader contentTypeHeader() {
    return request.contentTypeHeader();
  }

  @Override
  public HttpHeaders getHeaders() {
    if (headers == null) {
      headers = request.getHeaders();
    }
    return headers;
  }

  @Override
  public boolean containsHeader(String key) {
    return request.containsHeader(key);
  }

  @Override
  public Set<String> getAllHeaderKeys() {
    return request.getAllHeaderKeys();
  }

  @Override
  public QueryParameter queryParameter(String key) {
    return request.queryParameter(key);
  }

  @Override
  public FormParameter formParameter(String key) {
    return request.formParameter(key);
  }

  @Override
  public Map<String, FormParameter> formParameters() {
    return request.formParameters();
  }

  @Override
  public Map<String, Cookie> getCookies() {
    if (cookies == null) {
      cookies = request.getCookies();
    }
    return cookies;
  }

  @Override
  public byte[] getBody() {
    return request.getBody();
  }

  @Override
  public String getBodyAsString() {
    return request.getBodyAsString();
  }

  @Override
  public String getBodyAsBase64() {
    return request.getBodyAsBase64();
  }

  @Override
  public boolean isMultipart() {
    if (multipart == null) {
      String contentType = request.getHeader("Content-Type");
      multipart = contentType != null && MULTIPART.matcher(contentType).matches();
    }
    return multipart;
  }

  @Override
  public Collection<Part> getParts() {
    return isMultipart() ? request.getParts() : null;
  }

  @Override
  public Part getPart(String name) {
    return isMultipart() ? request.getPart(name) : null;
  }

  @Override
  public boolean isBrowserProxyRequest() {
    return request.isBrowserProxyRequest();
  }

  @Override
  public Optional<Request> getOriginalRequest() {
    return request.getOriginalRequest();
  }

  @Override
  public String getProtocol() {
    return request.getProtocol();
  }

  @Override
  public String toString() {
    return request.toString();
  }
}
