package io.contractkit.starrocks.review.output;

import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.findings.Severity;
import io.contractkit.starrocks.review.lint.HouseRule;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML (the Ant/Surefire dialect every CI reads), so the gate shows as tests: one test suite
 * per category, one test case per finding (failed when it reaches the fail-on severity: breaking
 * changes, lint findings; passed for compatible changes), and a passed test case for every rule
 * that found nothing. Written with the JDK's StAX writer, which does the XML escaping.
 */
public final class JUnitReport {

  private JUnitReport() {}

  private record Case(
      String classname, String name, String file, int line, ReviewFinding failure) {}

  /**
   * @param failOn the least severity that fails ({@code null}: nothing fails)
   */
  public static String of(List<ReviewFinding> findings, List<String> houseRules, Severity failOn) {
    Map<String, List<Case>> suites = new LinkedHashMap<>();
    for (String category :
        List.of(
            ReviewFinding.PARSER,
            ReviewFinding.EXAMPLE,
            ReviewFinding.HOUSE_RULE,
            ReviewFinding.COMPATIBILITY)) {
      List<Case> cases = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      for (ReviewFinding finding : findings) {
        if (finding.category().equals(category)) {
          boolean fails = failOn != null && finding.severity().atLeast(failOn);
          cases.add(
              new Case(
                  "spec-review." + category + "." + finding.rule(),
                  finding.where() + " [" + finding.id() + "]",
                  finding.position().file(),
                  finding.position().line(),
                  fails ? finding : null));
          rules.add(finding.rule());
        }
      }
      for (String rule : rulesOf(category, houseRules)) {
        if (!rules.contains(rule)) {
          cases.add(
              new Case(
                  "spec-review." + category + "." + rule, rule + ": no finding", null, 0, null));
        }
      }
      suites.put(category, cases);
    }
    try {
      StringWriter text = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "spec-review");
      xml.writeAttribute("tests", String.valueOf(count(suites, false)));
      xml.writeAttribute("failures", String.valueOf(count(suites, true)));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", "0");
      for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
        List<Case> cases = suite.getValue();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "spec-review." + suite.getKey());
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute(
            "failures", String.valueOf(cases.stream().filter(c -> c.failure() != null).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        for (Case test : cases) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("testcase");
          xml.writeAttribute("classname", test.classname());
          xml.writeAttribute("name", test.name());
          xml.writeAttribute("time", "0");
          if (test.file() != null) {
            xml.writeAttribute("file", test.file());
            xml.writeAttribute("line", String.valueOf(test.line()));
          }
          if (test.failure() != null) {
            ReviewFinding finding = test.failure();
            xml.writeStartElement("failure");
            xml.writeAttribute("message", finding.message());
            xml.writeAttribute("type", finding.breaking() ? "breaking-change" : finding.category());
            xml.writeCharacters(
                finding.title()
                    + "\n"
                    + finding.message()
                    + "\nWhy: "
                    + finding.why()
                    + "\nAt: "
                    + finding.position()
                    + (finding.baselinePosition() == null
                        ? ""
                        : "\nIn the baseline: " + finding.baselinePosition())
                    + "\n");
            xml.writeEndElement();
          } else if (ReviewFinding.COMPATIBILITY.equals(suite.getKey()) && test.file() != null) {
            xml.writeStartElement("system-out");
            xml.writeCharacters("compatible change: " + test.name());
            xml.writeEndElement();
          }
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
      return text.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> rulesOf(String category, List<String> houseRules) {
    return switch (category) {
      case ReviewFinding.PARSER -> List.of("parser");
      case ReviewFinding.EXAMPLE -> List.of("example-matches-schema");
      case ReviewFinding.HOUSE_RULE -> houseRules;
      default ->
          java.util.Arrays.stream(CompatibilityRule.values()).map(CompatibilityRule::id).toList();
    };
  }

  private static long count(Map<String, List<Case>> suites, boolean failures) {
    return suites.values().stream()
        .flatMap(List::stream)
        .filter(test -> !failures || test.failure() != null)
        .count();
  }

  /** The house rules that applied, for the passed test cases. */
  public static List<String> houseRules(java.util.function.Predicate<String> applies) {
    return java.util.Arrays.stream(HouseRule.values()).map(HouseRule::id).filter(applies).toList();
  }
}
