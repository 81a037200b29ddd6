package io.contractkit.starrocks.contract.provider;

import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.contract.judge.Answer;
import io.contractkit.starrocks.contract.targets.Targets;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a case with rest-assured. A valid request also goes through swagger-request-validator's
 * rest-assured filter, which fails the call when request or answer break the document; an invalid
 * one is sent as it is (it breaks the document on purpose) and its answer is judged.
 */
public final class CaseRunner {

  private static final int TIMEOUT_MILLIS = 15_000;
  private static final OpenApiValidationFilter CONTRACT_FILTER =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createFor(Targets.contract().openApi()).build());
  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          // Send the Content-Type a case names, byte for byte: no charset added.
          .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
          // No case may hang the suite.
          .httpClient(
              httpClientConfig()
                  .setParam("http.connection.timeout", TIMEOUT_MILLIS)
                  .setParam("http.socket.timeout", TIMEOUT_MILLIS));

  private final String baseUrl;

  public CaseRunner(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Answer send(HttpCase httpCase) {
    RequestSpecification request =
        RestAssured.given().config(CONFIG).baseUri(baseUrl).urlEncodingEnabled(false);
    httpCase.headers().forEach(request::header);
    if (httpCase.body() != null) {
      request.body(httpCase.body());
    }
    if (!httpCase.expect().isRejection()) {
      request.filter(CONTRACT_FILTER);
    }
    Response response = request.request(httpCase.method(), httpCase.path());
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : response.getHeaders()) {
      headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
    }
    return new Answer(response.getStatusCode(), headers, response.asString());
  }
}
