package io.contractkit.starrocks.review.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Every example validates against its own schema, with the same validator engine the stub uses on
 * live traffic, so a documented example can never be one the stub would reject.
 */
public final class ExampleCheck {

  public static final String RULE = "example-matches-schema";

  private ExampleCheck() {}

  public static List<Finding> check(SpecDocument document) {
    SchemaValidator validator = new SchemaValidator(document.api(), new MessageResolver());
    List<Finding> findings = new ArrayList<>();
    for (ExampleSite site : ExampleSites.of(document)) {
      if (site.value() == null) {
        findings.add(new Finding(site.location(), RULE, "the example has no value"));
        continue;
      }
      if (site.schema() == null) {
        findings.add(new Finding(site.location(), RULE, "the example has no schema to satisfy"));
        continue;
      }
      JsonNode value = Json.mapper().valueToTree(site.value());
      ValidationReport report = validator.validate(() -> value, site.schema(), null);
      for (ValidationReport.Message message : report.getMessages()) {
        if (message.getLevel() == ValidationReport.Level.ERROR) {
          findings.add(new Finding(site.location(), RULE, message.getMessage()));
        }
      }
    }
    return findings;
  }
}
