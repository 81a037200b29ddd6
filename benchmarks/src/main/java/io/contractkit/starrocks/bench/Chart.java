package io.contractkit.starrocks.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's chart ({@code chart.png} beside REPORT.md): requests/s and p99 latency per contender
 * (medians of the rounds), with the invalid-request loads and the mixed load beside them. Rendered
 * headless with JFreeChart (pinned in the root pom).
 */
final class Chart {

  static final String FILE_NAME = "chart.png";

  private final Results results;

  Chart(Results results) {
    this.results = results;
  }

  void writePng(Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset rps = new DefaultCategoryDataset();
    DefaultCategoryDataset p99 = new DefaultCategoryDataset();
    for (String name :
        List.of(
            BenchmarkRun.STUB,
            BenchmarkRun.STUB_INVALID,
            BenchmarkRun.WIREMOCK,
            BenchmarkRun.PRISM,
            BenchmarkRun.PRISM_INVALID)) {
      if (results.load.containsKey(name)) {
        rps.addValue(results.rps(name).median(), "requests/s", name);
        p99.addValue(results.p99(name).median(), "p99 (ms)", name);
      }
    }
    if (results.mixedRun != null) {
      String mixed = "stub, mixed (" + results.options.get("mixed-connections") + " conn.)";
      rps.addValue(results.mixedRun.rps(), "requests/s", mixed);
      p99.addValue(results.mixedRun.p99Millis(), "p99 (ms)", mixed);
    }
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis());
    plot.add(new CategoryPlot(rps, null, new NumberAxis("requests/s"), new BarRenderer()), 1);
    plot.add(new CategoryPlot(p99, null, new NumberAxis("p99 latency (ms)"), new BarRenderer()), 1);
    JFreeChart chart =
        new JFreeChart(
            "Stub, plain WireMock and Prism: requests/s and p99 (medians)",
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 700);
  }
}
