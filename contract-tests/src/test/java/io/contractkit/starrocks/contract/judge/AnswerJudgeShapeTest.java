package io.contractkit.starrocks.contract.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.contract.cases.Expectation;
import io.contractkit.starrocks.contract.cases.HttpCase;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.ResponseExample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judge compares an answer's shape with the example's at every depth, not only the top. */
class AnswerJudgeShapeTest {

  private static final ContractModel MODEL = ContractModel.load();
  private static final ApiOperation OPERATION = MODEL.operations().get(0);
  private static final ResponseExample SUCCESS = OPERATION.defaultAnswer().orElseThrow();
  private static final AnswerJudge JUDGE = new AnswerJudge(MODEL, OPERATION);

  @Test
  void accepts_the_example_itself() {
    assertThat(judge(SUCCESS.value().toString())).isEmpty();
  }

  @Test
  void reports_a_field_renamed_inside_an_array_item() {
    ObjectNode answer = SUCCESS.value().deepCopy();
    ObjectNode item = (ObjectNode) answer.get("source_db_config_check_results").get(1);
    item.set("checkResult", item.remove("check_result"));

    assertThat(judge(answer.toString()))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains("/source_db_config_check_results/1")
                    .contains("missing [check_result]")
                    .contains("unexpected [checkResult]"));
  }

  @Test
  void reports_an_object_where_the_example_has_an_array() {
    ObjectNode answer = SUCCESS.value().deepCopy();
    answer.set("tbl_config_check_results", answer.get("tbl_config_check_results").get(0));

    assertThat(judge(answer.toString()))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains("/tbl_config_check_results")
                    .contains("expected an array"));
  }

  private static java.util.List<String> judge(String body) {
    HttpCase httpCase =
        new HttpCase(
            "shape",
            OPERATION.method(),
            "/",
            Map.of(),
            null,
            Expectation.example(SUCCESS.status(), SUCCESS.name()));
    return JUDGE.shortcomings(
        httpCase, new Answer(SUCCESS.status(), Map.of("content-type", "application/json"), body));
  }
}
