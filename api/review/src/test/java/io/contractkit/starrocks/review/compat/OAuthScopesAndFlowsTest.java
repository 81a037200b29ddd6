package io.contractkit.starrocks.review.compat;

import static io.contractkit.starrocks.review.compat.DocumentPair.array;
import static io.contractkit.starrocks.review.compat.DocumentPair.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code security} rule on OAuth scopes and flows and on bearer tokens, the cases the
 * breaking-change corpus found it wrong on: a client whose token carried the scopes an operation
 * asked for must still get in; scopes a flow starts offering, and the bearerFormat hint, break no
 * one.
 */
class OAuthScopesAndFlowsTest {

  private static final String FLOW = "/components/securitySchemes/oauth/flows/clientCredentials";

  @TempDir Path temp;

  @Test
  void an_operation_that_asks_for_one_more_scope_breaks_clients_whose_token_lacks_it() {
    CompatibilityVerdict verdict = judge(doc -> array(doc, "/security/2/oauth").add("write"));

    assertThat(verdict.breakingChanges())
        .anySatisfy(
            change -> {
              assertThat(change.rule()).isEqualTo("security");
              assertThat(change.what()).contains("oauth read").contains("oauth read write");
            });
  }

  @Test
  void an_operation_that_asks_for_one_scope_fewer_breaks_no_one() {
    CompatibilityVerdict verdict =
        judge(
            doc -> array(doc, "/security/2/oauth").add("write"),
            doc -> array(doc, "/security/2/oauth").remove(1));

    assertThat(verdict.breaking()).as("breaking: %s", verdict.changes()).isFalse();
  }

  @Test
  void a_scope_the_flow_starts_offering_breaks_no_one_and_is_listed() {
    CompatibilityVerdict verdict =
        judge(doc -> object(doc, FLOW + "/scopes").put("admin", "Administer."));

    assertThat(verdict.breaking()).as("breaking: %s", verdict.changes()).isFalse();
    assertThat(verdict.compatibleChanges())
        .anySatisfy(change -> assertThat(change.what()).contains("new OAuth scope `admin`"));
  }

  @Test
  void a_scope_the_flow_stops_offering_breaks_clients() {
    CompatibilityVerdict verdict = judge(doc -> object(doc, FLOW + "/scopes").remove("write"));

    assertThat(verdict.breakingChanges())
        .anySatisfy(
            change -> assertThat(change.what()).contains("no longer offers scopes [write]"));
  }

  @Test
  void a_new_token_url_breaks_clients() {
    CompatibilityVerdict verdict =
        judge(doc -> object(doc, FLOW).put("tokenUrl", "https://login.example.test/token"));

    assertThat(verdict.breakingChanges())
        .anySatisfy(change -> assertThat(change.what()).contains("tokenUrl"));
  }

  @Test
  void a_new_bearer_format_hint_breaks_no_one_and_is_listed() {
    CompatibilityVerdict verdict =
        judge(
            doc -> object(doc, "/components/securitySchemes/bearer").put("bearerFormat", "opaque"));

    assertThat(verdict.breaking()).as("breaking: %s", verdict.changes()).isFalse();
    assertThat(verdict.compatibleChanges())
        .anySatisfy(change -> assertThat(change.what()).contains("bearerFormat hint `JWT`"));
  }

  /** The mini document with an OAuth scheme (scope read asked) and a bearer scheme, changed. */
  private CompatibilityVerdict judge(Consumer<JsonNode> change) {
    return judge(doc -> {}, change);
  }

  private CompatibilityVerdict judge(Consumer<JsonNode> setUp, Consumer<JsonNode> change) {
    DocumentPair pair = DocumentPair.mini(temp, withOAuthAndBearer().andThen(setUp), change);
    return CompatibilityVerdict.of(pair.before(), pair.after());
  }

  private static Consumer<JsonNode> withOAuthAndBearer() {
    return doc -> {
      ObjectNode schemes = object(doc, "/components/securitySchemes");
      ObjectNode flow =
          schemes
              .putObject("oauth")
              .put("type", "oauth2")
              .putObject("flows")
              .putObject("clientCredentials");
      flow.put("tokenUrl", "https://auth.example.test/token");
      flow.putObject("scopes").put("read", "Read.").put("write", "Write.");
      schemes
          .putObject("bearer")
          .put("type", "http")
          .put("scheme", "bearer")
          .put("bearerFormat", "JWT");
      array(doc, "/security").addObject().putArray("oauth").add("read");
      array(doc, "/security").addObject().putArray("bearer");
    };
  }
}
