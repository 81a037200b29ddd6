package io.contractkit.starrocks.review.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.review.compat.CompatibilityRule;
import io.contractkit.starrocks.review.findings.Position;
import io.contractkit.starrocks.review.findings.ReviewFinding;
import io.contractkit.starrocks.review.lint.HouseRule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning (GitHub's {@code upload-sarif}, and any SARIF viewer): one run, one
 * rule per rule id met, one result per finding with its region in the document and, for changes,
 * the baseline's position as a related location. The finding's stable id is the result's
 * fingerprint, so an alert follows its change from one push to the next.
 */
public final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String TOOL = "starrocks-sync-spec-review";
  static final String FINGERPRINT = "specReviewFindingId/v1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  public static String of(List<ReviewFinding> findings) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    String version = SarifReport.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("version", version);
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    for (ReviewFinding finding : findings) {
      Integer index = ruleIndex.get(finding.rule());
      if (index == null) {
        index = rules.size();
        ruleIndex.put(finding.rule(), index);
        rule(rules.addObject(), finding);
      }
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.rule());
      result.put("ruleIndex", index);
      result.put("level", finding.severity().id());
      result.putObject("message").put("text", finding.message() + " — " + finding.why());
      ObjectNode location = result.putArray("locations").addObject();
      physical(location, finding.position());
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.where());
      if (finding.baselinePosition() != null) {
        ObjectNode related = result.putArray("relatedLocations").addObject();
        related.put("id", 1);
        physical(related, finding.baselinePosition());
        related.putObject("message").put("text", "in the baseline");
      }
      result.putObject("partialFingerprints").put(FINGERPRINT, finding.id());
      ObjectNode properties = result.putObject("properties");
      properties.put("findingId", finding.id());
      properties.put("category", finding.category());
      properties.put("breaking", finding.breaking());
      properties.put("pointer", finding.position().pointer());
      properties.put("exact", finding.exact());
    }
    try {
      return JSON.writeValueAsString(log) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void physical(ObjectNode location, Position position) {
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", position.file());
    ObjectNode region = physical.putObject("region");
    region.put("startLine", position.line());
    region.put("startColumn", position.column());
  }

  private static void rule(ObjectNode rule, ReviewFinding finding) {
    rule.put("id", finding.rule());
    rule.put("name", camel(finding.rule()));
    String description =
        Arrays.stream(CompatibilityRule.values())
            .filter(r -> r.id().equals(finding.rule()))
            .map(r -> "Breaking when " + r.breakingWhen())
            .findFirst()
            .or(() -> HouseRule.byId(finding.rule()).map(HouseRule::summary))
            .orElse(finding.why());
    rule.putObject("shortDescription").put("text", finding.category() + ": " + finding.rule());
    rule.putObject("fullDescription").put("text", description);
    rule.putObject("properties").putArray("tags").add("openapi").add(finding.category());
  }

  /** SARIF rule names are PascalCase by convention: {@code property-removed} → PropertyRemoved. */
  private static String camel(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
