package io.contractkit.starrocks.runtime;

import com.atlassian.oai.validator.schema.SwaggerV20Library;
import com.github.fge.jsonschema.cfg.ValidationConfiguration;
import com.github.fge.jsonschema.core.processing.Processor;
import com.github.fge.jsonschema.core.report.ListReportProvider;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.keyword.validator.AbstractKeywordValidator;
import com.github.fge.jsonschema.library.Keyword;
import com.github.fge.jsonschema.library.Library;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import com.github.fge.jsonschema.processors.data.FullData;
import com.github.fge.msgsimple.bundle.MessageBundle;
import com.github.fge.msgsimple.load.MessageBundles;
import io.contractkit.starrocks.model.EcmaPattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * swagger-request-validator's JSON Schema engine with one keyword replaced: {@code pattern} is
 * decided by {@link EcmaPattern#check}, in bounded time, instead of by json-schema-core's
 * RegexECMA262Helper, which hands every value to Rhino's backtracking RegExp. A value built against
 * a pattern (a fuzzer drew one for the document's {@code table_config}: 2,700 characters, mostly
 * spaces and semicolons) held a request thread in Rhino for more than 15 CPU-minutes; through this
 * keyword the same request is refused in milliseconds.
 *
 * <p>The words stay the validator's: a value that does not match gets the same message, from the
 * same bundle and key ({@code err.common.pattern.noMatch}), so users and the quick refusal read the
 * same text. A value neither bounded engine can decide (only possible for a pattern RE2/J cannot
 * take, see {@link EcmaPattern#isBounded()}) is refused with a message that says so ({@link
 * #UNDECIDED_MESSAGE}) rather than checked without a bound: a 400 a user can act on, instead of a
 * request that never ends. Everything else (the other keywords, the syntax check of the pattern
 * itself, the message bundles, the report levels) is swagger-request-validator's own, built as
 * {@link SwaggerV20Library#schemaFactory()} builds it; the validator takes the factory through its
 * documented {@code withSchemaFactorySupplier}.
 */
final class BoundedPatterns {

  /** The keyword replaced. */
  private static final String PATTERN = "pattern";

  /** The validator's own message key for a value its pattern does not match. */
  private static final String NO_MATCH = "err.common.pattern.noMatch";

  /**
   * The refusal of a value no bounded engine could decide, worded like the validator's other
   * pattern message so that the field, the pattern and the value read the same way.
   */
  static final String UNDECIDED_MESSAGE =
      "ECMA 262 regex \"%s\" could not be checked in bounded time against input string \"%s\""
          + " (the value is refused: a shorter or simpler value can be checked)";

  /** Patterns come from documents only, so this cache is as small as the documents. */
  private static final Map<String, EcmaPattern> COMPILED = new ConcurrentHashMap<>();

  private BoundedPatterns() {}

  /**
   * The validator's schema factory, with the bounded {@code pattern} keyword: built like {@link
   * SwaggerV20Library#schemaFactory()} (the same library, bundles and report levels), because that
   * method offers no way to swap one keyword.
   */
  static JsonSchemaFactory schemaFactory() {
    Library standard = SwaggerV20Library.get();
    Library library =
        standard
            .thaw()
            .addKeyword(
                Keyword.newBuilder(PATTERN)
                    .withSyntaxChecker(standard.getSyntaxCheckers().entries().get(PATTERN))
                    .withDigester(standard.getDigesters().entries().get(PATTERN))
                    .withValidatorFactory(digest -> new Validator())
                    .freeze())
            .freeze();
    return JsonSchemaFactory.newBuilder()
        .setValidationConfiguration(
            ValidationConfiguration.newBuilder()
                .setDefaultLibrary(SwaggerV20Library.OAI_V2_METASCHEMA_URI, library)
                .setSyntaxMessages(MessageBundles.getBundle(SwaggerV20Library.SyntaxBundle.class))
                .setValidationMessages(
                    MessageBundles.getBundle(SwaggerV20Library.ValidationBundle.class))
                .freeze())
        .setReportProvider(new ListReportProvider(LogLevel.ERROR, LogLevel.FATAL))
        .freeze();
  }

  /**
   * The {@code pattern} keyword's validator. It reads the pattern from the schema, as the engine's
   * own validator does, so the digest is not needed.
   */
  private static final class Validator extends AbstractKeywordValidator {

    Validator() {
      super(PATTERN);
    }

    @Override
    public void validate(
        Processor<FullData, FullData> processor,
        ProcessingReport report,
        MessageBundle bundle,
        FullData data)
        throws com.github.fge.jsonschema.core.exceptions.ProcessingException {
      String regex = data.getSchema().getNode().get(keyword).textValue();
      String value = data.getInstance().getNode().textValue();
      EcmaPattern.Outcome outcome =
          COMPILED.computeIfAbsent(regex, EcmaPattern::compile).check(value);
      if (outcome == EcmaPattern.Outcome.MATCHES) {
        return;
      }
      var message = newMsg(data, bundle, NO_MATCH);
      if (outcome == EcmaPattern.Outcome.UNDECIDED) {
        message.setMessage(UNDECIDED_MESSAGE);
      }
      report.error(message.putArgument("regex", regex).putArgument("string", value));
    }

    @Override
    public String toString() {
      return keyword;
    }
  }
}
