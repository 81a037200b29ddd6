package io.contractkit.starrocks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start works as written: its curl, sent to the stub, gets exactly the answer
 * the README shows. Keeps the newcomer's first command and the stub in step.
 */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "..", "README.md");
  private static final Pattern CURL = Pattern.compile("```bash\\n(curl [^`]*?)```", Pattern.DOTALL);
  private static final Pattern ANSWER = Pattern.compile("```json\\n([^`]*?)```", Pattern.DOTALL);
  private static final Pattern QUOTED_OPTION = Pattern.compile("-(H|d) '([^']*)'");
  private static final Pattern URL = Pattern.compile("(http://localhost:8080\\S*)");

  @Test
  void the_quick_start_curl_gets_the_answer_the_readme_shows() throws Exception {
    String quickStart = section(Files.readString(README), "## Quick start");
    Matcher curl = CURL.matcher(quickStart);
    assertThat(curl.find()).as("a curl command in the README's quick start").isTrue();
    String command = curl.group(1).replace("\\\n", " ");
    Matcher answer = ANSWER.matcher(quickStart.substring(curl.end()));
    assertThat(answer.find()).as("the answer the README shows after its curl").isTrue();

    try (StarRocksSyncStub stub = StarRocksSyncStub.start(StubSettings.defaults().withPort(0))) {
      HttpResponse<String> response = send(command, stub.baseUrl());

      assertThat(response.statusCode()).isEqualTo(200);
      ObjectMapper json = new ObjectMapper();
      assertThat(json.readTree(response.body())).isEqualTo(json.readTree(answer.group(1)));
    }
  }

  private static HttpResponse<String> send(String curl, String baseUrl) throws Exception {
    assertThat(curl).contains("-X PUT");
    Matcher url = URL.matcher(curl);
    assertThat(url.find()).as("the curl calls the stub's default address").isTrue();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.group(1).replace("http://localhost:8080", baseUrl)))
            .timeout(Duration.ofSeconds(10));
    List<String> headers = new ArrayList<>();
    String body = null;
    Matcher option = QUOTED_OPTION.matcher(curl);
    while (option.find()) {
      if (option.group(1).equals("H")) {
        String[] header = option.group(2).split(":\\s*", 2);
        headers.add(header[0]);
        request.header(header[0], header[1]);
      } else {
        body = option.group(2);
      }
    }
    assertThat(headers).contains("X-Auth-Token", "Content-Type");
    assertThat(body).as("the curl's -d body").isNotNull();
    request.PUT(HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf(heading);
    assertThat(start).as("README.md has a section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length());
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }
}
