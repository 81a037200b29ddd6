package io.contractkit.starrocks.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and spread of repeated measurements: the report shows spread, never one number. */
public record Stats(List<Double> values) {

  public Stats {
    values = List.copyOf(values);
  }

  public static Stats of(List<Double> values) {
    return new Stats(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private List<Double> sorted() {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted;
  }

  /** {@code 1234 (1100–1300, n=3)} with the given number format. */
  public String describe(String format) {
    if (values.isEmpty()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, format, median())
        + " ("
        + String.format(Locale.ROOT, format, min())
        + "–"
        + String.format(Locale.ROOT, format, max())
        + ", n="
        + values.size()
        + ")";
  }
}
