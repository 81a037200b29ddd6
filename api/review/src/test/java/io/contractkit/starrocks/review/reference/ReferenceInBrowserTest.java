package io.contractkit.starrocks.review.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.testing.RepositoryLayout;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The reference the build rendered, opened in a real browser (Debian's headless Chromium, driven
 * through its chromedriver) with no network: the operation, a constrained field and an example are
 * on screen. Keeps a screenshot beside the page. Skipped, saying why, where Chromium is not
 * installed ({@code .ci/run} installs it).
 */
class ReferenceInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver browser;
  private static Path profile;

  private final SpecDocument contract = RepositoryLayout.contract();
  private final Path output = RepositoryLayout.output();

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
        "--user-data-dir=" + profile);
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

  @Test
  void shows_the_operation_a_constrained_field_and_an_example() throws IOException {
    assumeTrue(
        browser != null,
        "SKIPPED: Chromium is not installed (needs "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + ", Debian packages chromium and chromium-driver, which .ci/run installs), so the rendered reference is not checked in a browser");
    Path page = RepositoryLayout.reviewed().resolve(SpecReview.REFERENCE);
    assertThat(page).as("rendered by the review").exists();
    Map.Entry<String, io.swagger.v3.oas.models.PathItem> path =
        contract.api().getPaths().entrySet().iterator().next();
    Operation operation = path.getValue().getPut();
    String anchor = ReferenceRenderer.operationAnchor(operation);

    browser.get(page.toUri().toString());

    WebElement heading = browser.findElement(By.cssSelector("#" + anchor + " h2"));
    assertThat(heading.isDisplayed()).isTrue();
    assertThat(heading.getText()).contains("PUT", path.getKey());

    Schema<?> taskName =
        contract
            .schema(
                contract
                    .api()
                    .getComponents()
                    .getSchemas()
                    .get("ModifyDataSynchronizationConfigRequest"))
            .getProperties()
            .get("task_name");
    WebElement field = browser.findElement(By.id(anchor + "-request-field-task_name"));
    browser.executeScript("arguments[0].scrollIntoView()", field);
    assertThat(field.isDisplayed()).isTrue();
    assertThat(field.getText())
        .contains(
            "task_name",
            taskName.getPattern(),
            taskName.getMinLength() + " to " + taskName.getMaxLength() + " characters");
    screenshot(output.resolve("reference-request-fields.png"));

    String exampleName =
        contract
            .api()
            .getPaths()
            .get(path.getKey())
            .getPut()
            .getResponses()
            .get("200")
            .getContent()
            .get("application/json")
            .getExamples()
            .keySet()
            .iterator()
            .next();
    WebElement example =
        browser.findElement(By.id(ReferenceRenderer.exampleAnchor(operation, exampleName)));
    browser.executeScript("arguments[0].scrollIntoView()", example);
    assertThat(example.isDisplayed()).isTrue();
    assertThat(example.getText()).contains(exampleName, "job_id");

    browser.executeScript("window.scrollTo(0, 0)");
    screenshot(output.resolve("reference.png"));
  }

  private static void screenshot(Path target) throws IOException {
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        target,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).as("screenshot %s", target).isGreaterThan(10_000);
  }
}
