package io.contractkit.starrocks.review.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractkit.starrocks.review.SpecReview;
import io.contractkit.starrocks.review.testing.Acceptance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JUnit XML is read by a real consumer of JUnit reports: Maven Surefire's report parser (what
 * surefire-report and many CI plugins read TEST-*.xml with) sees the suites, the test cases and the
 * failures the review wrote.
 */
class JUnitReportConsumerTest {

  @TempDir Path out;

  @Test
  void surefire_reads_one_failed_test_case_per_breaking_change_and_passes_for_each_quiet_rule()
      throws Exception {
    SpecReview review =
        SpecReview.of(Acceptance.pullRequest(), Acceptance.baseline(), Acceptance.options());
    Path xml = out.resolve(OutputFormat.JUNIT.fileName());
    Files.writeString(
        xml,
        JUnitReport.of(
            review.findings(Acceptance.baseline().getParent()),
            JUnitReport.houseRules(review.options()::applies),
            review.options().failOn()));

    List<ReportTestSuite> suites =
        new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());

    // Surefire groups test cases by class name: one group per rule (spec-review.<category>.<rule>).
    assertThat(suites)
        .extracting(ReportTestSuite::getFullClassName)
        .contains("spec-review.compatibility.pattern", "spec-review.house-rule.described");
    assertThat(suites.stream().flatMap(suite -> suite.getTestCases().stream()))
        .filteredOn(ReportTestCase::hasFailure)
        .extracting(ReportTestCase::getFullClassName)
        .containsExactlyInAnyOrder(
            "spec-review.compatibility.pattern", "spec-review.compatibility.property-removed");
    assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(2);
    assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isGreaterThan(30);
  }
}
