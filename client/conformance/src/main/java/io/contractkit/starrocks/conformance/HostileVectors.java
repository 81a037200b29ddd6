package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.HostileAnswer;
import io.contractkit.starrocks.runtime.HostileAnswers;
import io.contractkit.starrocks.runtime.HostileScenario;
import io.contractkit.starrocks.runtime.PreferenceException;
import io.contractkit.starrocks.runtime.StubError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hostile.json}: the stub's {@link HostileScenario} list, each with the concrete answer the
 * stub sends for the first operation that can show it, and the neutral outcome an SDK must produce.
 * A scenario no operation can show is listed under {@code not_applicable} with the stub's reasons.
 */
final class HostileVectors {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostileVectors() {}

  static ObjectNode write(ContractRuntime contract) {
    ObjectNode root = NODES.objectNode();
    ArrayNode scenarios = root.putArray("scenarios");
    ArrayNode notApplicable = root.putArray("not_applicable");
    for (HostileScenario scenario : HostileScenario.values()) {
      // The stub's default --max-delay-ms is far above the slow answer's delay (a test checks).
      Optional<HostileAnswer> answer =
          HostileAnswers.firstApplicable(contract, scenario, Long.MAX_VALUE);
      if (answer.isPresent()) {
        scenarios.add(scenario(scenario, answer.get()));
      } else {
        ObjectNode skipped = notApplicable.addObject();
        skipped.put("name", scenario.scenarioName());
        skipped.put("error_code", StubError.HOSTILE_NOT_APPLICABLE.code());
        ArrayNode reasons = skipped.putArray("reasons");
        reasons(contract, scenario).forEach(reasons::add);
      }
    }
    return root;
  }

  private static ObjectNode scenario(HostileScenario scenario, HostileAnswer answer) {
    ObjectNode node = NODES.objectNode();
    node.put("name", scenario.scenarioName());
    node.put("operation_id", answer.operationId());
    node.put("prefer", "hostile=" + scenario.scenarioName());
    node.put("description", scenario.description());
    ObjectNode wire = node.putObject("answer");
    wire.put("status", answer.status());
    ObjectNode headers = wire.putObject("headers");
    answer.headers().forEach(headers::put);
    wire.put("body", answer.body());
    wire.put("delay_ms", answer.delayMillis());
    node.set("expect", answer.expect());
    return node;
  }

  private static List<String> reasons(ContractRuntime contract, HostileScenario scenario) {
    List<String> reasons = new ArrayList<>();
    for (ApiOperation operation : contract.operations()) {
      try {
        HostileAnswers.answer(contract, operation, scenario, Long.MAX_VALUE);
      } catch (PreferenceException e) {
        reasons.add(e.getMessage());
      }
    }
    return reasons;
  }
}
