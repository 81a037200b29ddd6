package io.contractkit.starrocks.review.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The reference the build rendered, opened in a real browser (Debian's headless Chromium, driven
 * through its chromedriver) with every host name unresolvable: once Redoc has finished rendering it
 * in the page, every operation, the constraints of its fields (pattern, lengths, enums) and its
 * named examples are on screen, and the browser's performance log shows that no request went to the
 * network. Keeps screenshots beside the page. Skipped, saying why, where Chromium is not installed
 * ({@code .ci/run} installs it).
 */
class ReferenceInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ChromeDriver browser;
  private static Path profile;

  private final Path output = RepositoryLayout.output();

  /** The document the current test checks, and its rendered page. */
  private SpecDocument contract = RepositoryLayout.contract();

  /** This repository's page, as the review writes it. */
  private Path page = thisRepositorysPage();

  /**
   * This repository's document, as the review rendered it, and a document with several operations
   * (with and without a body, parameters in path, query and header), rendered here.
   */
  static Stream<Arguments> documents() throws IOException {
    Path multi = RepositoryLayout.output().resolve("multi-operation.yaml");
    Files.createDirectories(multi.getParent());
    try (InputStream in = ContractModel.class.getResourceAsStream("/multi-operation.yaml")) {
      assertThat(in).as("multi-operation.yaml from the contract model's test-jar").isNotNull();
      Files.copy(in, multi, StandardCopyOption.REPLACE_EXISTING);
    }
    SpecDocument document = SpecDocument.parse(multi);
    Path page =
        ReferenceRenderer.write(
            document, RepositoryLayout.output().resolve("reference-multi-operation.html"));
    return Stream.of(
        Arguments.of("this repository's document", null, null),
        Arguments.of("multi-operation.yaml", document, page));
  }

  /** The review of this repository's document, written once per test run (not an older one). */
  private static synchronized Path thisRepositorysPage() {
    if (reviewedPage == null) {
      Path reviewed = RepositoryLayout.output().resolve("reviewed");
      SpecReview.of(RepositoryLayout.documentFile(), RepositoryLayout.baselineDirectory())
          .write(reviewed);
      reviewedPage = reviewed.resolve(SpecReview.REFERENCE);
    }
    return reviewedPage;
  }

  private static Path reviewedPage;

  private void use(SpecDocument document, Path rendered) {
    if (document != null) {
      contract = document;
      page = rendered;
    }
  }

  @BeforeAll
  static void start_headless_chromium() throws IOException {
    if (!chromiumInstalled()) {
      return;
    }
    profile = Files.createTempDirectory("reference-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    // Both paths are given, so Selenium Manager is never asked to find or download anything.
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // No host name resolves: a request to the network would fail, and is seen in the log.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterAll
  static void stop_chromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeEach
  void needs_chromium() {
    assumeTrue(
        browser != null,
        "SKIPPED: Chromium is not installed (needs "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + ", Debian packages chromium and chromium-driver, which .ci/run installs), so the rendered reference is not checked in a browser");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shows_every_operation_with_its_field_constraints_offline(
      String name, SpecDocument document, Path rendered) throws IOException {
    use(document, rendered);
    open("");
    int checked = 0;
    for (var path : contract.api().getPaths().entrySet()) {
      for (var entry : path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        WebElement section = operationSection(operation);
        assertThat(section.isDisplayed()).isTrue();
        assertThat(section.getText())
            .containsIgnoringCase(entry.getKey().name())
            .contains(path.getKey(), operation.getSummary());
        for (Map.Entry<String, Schema<?>> field : fields(path.getValue(), operation).entrySet()) {
          checked += constraintsShown(section, field.getKey(), field.getValue());
        }
      }
    }
    assertThat(checked).as("patterns, lengths and enums checked on the page").isGreaterThan(3);
    screenshot(document == null ? "reference-request-fields.png" : "reference-multi-operation.png");
    assertNothingWentToTheNetwork();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shows_every_named_example_under_its_name_and_in_redocs_samples(
      String name, SpecDocument document, Path rendered) throws IOException {
    use(document, rendered);
    open("");
    for (var path : contract.api().getPaths().values()) {
      for (Operation operation : path.readOperationsMap().values()) {
        WebElement section = operationSection(operation);
        if (operation.getRequestBody() != null) {
          Content content = contract.requestBody(operation.getRequestBody()).getContent();
          samplesShown(section, "Request samples", null, content, operation);
        }
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          Content content = contract.response(response.getValue()).getContent();
          samplesShown(section, "Response samples", response.getKey(), content, operation);
        }
      }
    }
    WebElement notes = browser.findElement(By.id("review-named-examples"));
    browser.executeScript("arguments[0].scrollIntoView()", notes);
    if (document == null) {
      screenshot("reference-review-notes.png");
    }
    assertNothingWentToTheNetwork();
  }

  @Test
  void opens_at_the_operation_the_review_report_links_to() throws IOException {
    Operation operation =
        contract.api().getPaths().values().iterator().next().readOperationsMap().values().stream()
            .findFirst()
            .orElseThrow();
    open("#" + ReferenceRenderer.operationAnchor(operation));
    Boolean inView =
        waitUntil(
            Duration.ofSeconds(10),
            () ->
                Boolean.TRUE.equals(
                        browser.executeScript(
                            "var r=arguments[0].getBoundingClientRect();"
                                + "return r.top>=-5&&r.top<window.innerHeight/2;",
                            operationSection(operation)))
                    ? Boolean.TRUE
                    : null);
    assertThat(inView).as("the operation is at the top of the window").isTrue();
    screenshot("reference.png");
  }

  /** Opens the page and waits for Redoc to finish, printing how long that took. */
  private void open(String anchor) {
    assertThat(page).as("rendered").exists();
    browser.get("about:blank"); // a new document each time, never a jump within the last one
    browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier tests left
    long start = System.nanoTime();
    browser.get(page.toUri() + anchor);
    String state =
        waitUntil(
            Duration.ofSeconds(60),
            () -> {
              Object value =
                  browser.executeScript(
                      "return document.documentElement.getAttribute('data-redoc')");
              return "rendering".equals(value) ? null : String.valueOf(value);
            });
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "[reference] Redoc rendered %s (%d KiB) in headless Chromium in %d ms%n",
        page.getFileName(), page.toFile().length() / 1024, millis);
    assertThat(state)
        .as(
            "Redoc's state; the page says: %s",
            browser.findElements(By.id("redoc-failure")).stream().map(WebElement::getText).toList())
        .isEqualTo("ready");
  }

  /** Polls until {@code condition} gives a value; {@code null} when the time is up. */
  private static <T> T waitUntil(Duration timeout, Supplier<T> condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = condition.get();
      if (value != null || System.nanoTime() > end) {
        return value;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private WebElement operationSection(Operation operation) {
    return browser.findElement(
        By.cssSelector(
            "[data-section-id=\"" + ReferenceRenderer.operationAnchor(operation) + "\"]"));
  }

  /** The operation's parameters and the top-level fields of its request bodies, by name. */
  private Map<String, Schema<?>> fields(io.swagger.v3.oas.models.PathItem item, Operation op) {
    Map<String, Schema<?>> fields = new LinkedHashMap<>();
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      parameters.addAll(op.getParameters());
    }
    for (Parameter declared : parameters) {
      Parameter parameter = contract.parameter(declared);
      fields.put(parameter.getName(), contract.schema(parameter.getSchema()));
    }
    if (op.getRequestBody() != null) {
      contract
          .requestBody(op.getRequestBody())
          .getContent()
          .values()
          .forEach(
              media -> {
                Schema<?> body = contract.schema(media.getSchema());
                if (body != null && body.getProperties() != null) {
                  body.getProperties()
                      .forEach((name, property) -> fields.put(name, contract.schema(property)));
                }
              });
    }
    return fields;
  }

  /**
   * The row Redoc renders for a field shows its pattern, length bounds and enum values; returns how
   * many of those it checked.
   */
  private int constraintsShown(WebElement section, String name, Schema<?> schema) {
    if (schema == null) {
      return 0;
    }
    List<String> expected = new ArrayList<>();
    if (schema.getPattern() != null) {
      expected.add(schema.getPattern());
    }
    if (schema.getMinLength() != null) {
      expected.add(schema.getMinLength() + "");
    }
    if (schema.getMaxLength() != null) {
      expected.add(schema.getMaxLength() + "");
    }
    if (schema.getMinLength() != null || schema.getMaxLength() != null) {
      expected.add("characters");
    }
    if (schema.getEnum() != null) {
      schema.getEnum().forEach(value -> expected.add("\"" + value + "\""));
    }
    if (expected.isEmpty()) {
      return 0;
    }
    WebElement row =
        section.findElement(
            By.xpath(".//td[@kind='field'][@title=" + xpathLiteral(name) + "]/parent::tr"));
    browser.executeScript("arguments[0].scrollIntoView({block:'center'})", row);
    assertThat(row.isDisplayed()).as(name).isTrue();
    assertThat(row.getText()).as("the row of %s", name).contains(name).contains(expected);
    return expected.size();
  }

  /**
   * Redoc's samples panel for a request body or one response status lists every named example by
   * its summary and shows the selected one's value; the review notes name each.
   */
  private void samplesShown(
      WebElement section, String panelTitle, String status, Content content, Operation operation) {
    if (content == null) {
      return;
    }
    Map<String, Example> examples = new LinkedHashMap<>();
    content.values().stream()
        .filter(media -> media.getExamples() != null)
        .forEach(
            media -> media.getExamples().forEach((n, e) -> examples.put(n, contract.example(e))));
    if (examples.isEmpty()) {
      return;
    }
    WebElement panel =
        section.findElement(
            By.xpath(
                ".//h3[normalize-space()="
                    + xpathLiteral(panelTitle)
                    + "]/following-sibling::div"));
    if (status != null) {
      WebElement tab =
          panel.findElement(
              By.xpath(".//li[@role='tab'][normalize-space()=" + xpathLiteral(status) + "]"));
      browser.executeScript("arguments[0].scrollIntoView({block:'center'})", tab);
      tab.click();
    }
    WebElement selected = panel.findElement(By.cssSelector(".react-tabs__tab-panel--selected"));
    String shown = selected.getText();
    List<String> options =
        selected.findElements(By.tagName("option")).stream()
            .map(option -> option.getAttribute("value"))
            .toList();
    for (Map.Entry<String, Example> example : examples.entrySet()) {
      String label =
          example.getValue().getSummary() != null
              ? example.getValue().getSummary()
              : example.getKey();
      if (examples.size() > 1) {
        assertThat(options).as("%s %s", panelTitle, status).contains(label);
      }
      WebElement row =
          browser.findElement(By.id(ReferenceRenderer.exampleAnchor(operation, example.getKey())));
      assertThat(row.getAttribute("textContent")).contains(example.getKey(), label);
    }
    String firstValue =
        firstText(Json.mapper().valueToTree(examples.values().iterator().next().getValue()));
    if (firstValue != null) {
      assertThat(shown)
          .as("%s %s shows its first example", panelTitle, status)
          .contains(firstValue);
    }
  }

  private static String firstText(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    for (JsonNode child : node) {
      String text = firstText(child);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /**
   * Every request the page made, from the performance log, stayed in the browser: to the page
   * itself, a data or blob URL, or one that the page's content security policy blocked before it
   * was sent (Redoc's attribution logo on Redocly's CDN).
   */
  private void assertNothingWentToTheNetwork() throws IOException {
    Map<String, String> urls = new LinkedHashMap<>();
    Map<String, String> blocked = new LinkedHashMap<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      switch (message.path("method").asText()) {
        case "Network.requestWillBeSent" ->
            urls.put(
                params.path("requestId").asText(), params.path("request").path("url").asText());
        case "Network.loadingFailed" ->
            blocked.put(params.path("requestId").asText(), params.path("blockedReason").asText());
        default -> {}
      }
    }
    List<String> left = new ArrayList<>();
    urls.forEach(
        (id, url) -> {
          boolean local =
              url.startsWith("file:")
                  || url.startsWith("data:")
                  || url.startsWith("blob:")
                  || url.startsWith("about:");
          if (!local && !"csp".equals(blocked.get(id))) {
            left.add(url);
          }
        });
    System.out.printf(
        "[reference] %d request(s) in the page, blocked by its policy: %s%n",
        urls.size(),
        urls.entrySet().stream()
            .filter(e -> "csp".equals(blocked.get(e.getKey())))
            .map(Map.Entry::getValue)
            .toList());
    assertThat(urls).as("the performance log saw the page load").isNotEmpty();
    assertThat(left).as("requests that left the browser").isEmpty();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  private void screenshot(String name) throws IOException {
    Path target = output.resolve(name);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        target,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).as("screenshot %s", target).isGreaterThan(10_000);
  }
}
