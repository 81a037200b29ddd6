package io.contractkit.starrocks.bench.jmh;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.contractkit.starrocks.bench.BenchRequest;
import io.contractkit.starrocks.model.ApiOperation;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.runtime.ContractValidator;
import io.contractkit.starrocks.runtime.ParsedBody;
import io.contractkit.starrocks.runtime.StrictJson;
import io.contractkit.starrocks.runtime.Violation;
import io.contractkit.starrocks.stub.StubSettings;
import io.swagger.v3.core.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What validating one request costs the stub, without HTTP: the strict JSON parse it does anyway,
 * the contract check of the parsed request, and the check of the reflected answer against the
 * response schema, beside a no-op and a plain parse as baselines, and beside the
 * swagger-request-validator alone (what the stub asks only when its quick check is not sure).
 *
 * <p>The request is the benchmark's request (the contract's example), as the stub's {@code
 * RequestValidatorAdapter} hands it to the validator: path, headers, and the body parsed once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  private byte[] body;
  private byte[] brokenBody;
  private BenchRequest request;
  private ContractValidator validator;
  private String answer;
  private JsonNode answerJson;
  private OpenApiInteractionValidator plainValidator;
  private String answerPath;
  private String answerMethod;
  private int maxBodyBytes;
  private JsonSchema networkntBodySchema;
  private JsonNode bodyJson;
  private JsonNode brokenBodyJson;

  @Setup
  public void setUp() {
    request = BenchRequest.fromSystemProperty();
    body = request.body().getBytes(StandardCharsets.UTF_8);
    // The same request with one pattern broken: what a refused request costs, messages included.
    ObjectNode broken = (ObjectNode) StrictJson.parse(body, Integer.MAX_VALUE).json().deepCopy();
    broken.put("task_name", "task-name-with-hyphens");
    brokenBody = broken.toString().getBytes(StandardCharsets.UTF_8);
    ContractRuntime contract = ContractRuntime.bundled().warmUp();
    validator = contract.validator();
    maxBodyBytes = StubSettings.defaults().maxBodyBytes();
    ApiOperation operation = contract.operations().get(0);
    answerPath = request.path();
    answerMethod = operation.method();
    // The answer the stub sends for this request: the default example reflecting the request.
    JsonNode example = operation.defaultAnswer().orElseThrow().value();
    answerJson =
        contract
            .reflection(operation, 200)
            .orElseThrow()
            .apply(example, StrictJson.parse(body, maxBodyBytes).json())
            .body();
    answer = answerJson.toString();
    plainValidator =
        OpenApiInteractionValidator.createFor(contract.model().openApi())
            .withBasePathOverride("/")
            .withLevelResolver(
                LevelResolver.create()
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    // networknt's json-schema-validator (on the class path through WireMock), on the body alone,
    // from the same JSON form of the schema the quick check compiles; its default regular
    // expressions are java.util.regex (its ECMA-262 option needs joni or GraalJS).
    networkntBodySchema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(
                Json.mapper()
                    .convertValue(operation.requestBody().orElseThrow().schema(), JsonNode.class),
                SchemaValidatorsConfig.builder().build());
    bodyJson = StrictJson.parse(body, maxBodyBytes).json();
    brokenBodyJson = StrictJson.parse(brokenBody, maxBodyBytes).json();
    if (!validate(body).isEmpty() || validate(brokenBody).isEmpty()) {
      throw new IllegalStateException(
          "The benchmark request must pass and its broken copy fail: " + validate(body));
    }
  }

  /** Baseline: the cost of calling a benchmark method at all. */
  @Benchmark
  public byte[] noop() {
    return body;
  }

  /** The stub's strict parse of the body (duplicate keys, trailing content): Jackson alone. */
  @Benchmark
  public JsonNode parse_body() {
    return StrictJson.parse(body, maxBodyBytes).json();
  }

  /** Parse plus every contract check of the request: what the stub adds per request. */
  @Benchmark
  public List<Violation> validate_request() {
    return validate(body);
  }

  /** The same for a request that breaks a pattern (the validator writes its messages). */
  @Benchmark
  public List<Violation> validate_refused_request() {
    return validate(brokenBody);
  }

  /**
   * The swagger-request-validator alone on the refused request: what every refused request cost
   * before the quick refusal (the validator wrote its messages), the baseline of {@link
   * #validate_refused_request} in the same run.
   */
  @Benchmark
  public ValidationReport validator_alone_refused_request() {
    return plainValidator.validateRequest(request(brokenBody));
  }

  /**
   * The swagger-request-validator alone, configured as the stub configures it, on the parsed
   * request.
   */
  @Benchmark
  public ValidationReport validator_alone_request() {
    return plainValidator.validateRequest(request(body));
  }

  /** The stub's check of its reflected answer against the response schema, before sending it. */
  @Benchmark
  public boolean check_answer() {
    return validator.answerFits(answerPath, answerMethod, 200, "application/json", answerJson);
  }

  /**
   * The same answer checked by the swagger-request-validator alone (its text, as the validator
   * reads answers).
   */
  @Benchmark
  public ValidationReport validator_alone_answer() {
    return plainValidator.validateResponse(
        answerPath,
        Request.Method.valueOf(answerMethod),
        SimpleResponse.Builder.ok().withContentType("application/json").withBody(answer).build());
  }

  /** networknt on the parsed body alone: the alternative fast path measured (QuickSchema). */
  @Benchmark
  public Set<ValidationMessage> networknt_body_only() {
    return networkntBodySchema.validate(bodyJson);
  }

  /** networknt on the broken body alone, its messages included. */
  @Benchmark
  public Set<ValidationMessage> networknt_refused_body_only() {
    return networkntBodySchema.validate(brokenBodyJson);
  }

  private List<Violation> validate(byte[] content) {
    return validator.validate(request(content), false);
  }

  private SimpleRequest request(byte[] content) {
    JsonNode json = StrictJson.parse(content, maxBodyBytes).json();
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    builder.withHeader("Host", "127.0.0.1:8080");
    request.headers().forEach(builder::withHeader);
    builder.withHeader("Content-Length", Integer.toString(content.length));
    builder.withBody(new ParsedBody(json));
    return builder.build();
  }
}
