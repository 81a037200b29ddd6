package io.contractkit.starrocks.review.compat;

import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OAuth flows of one scheme, old against new: a client that got tokens before must still get
 * them the same way. A flow that disappears, or whose authorization, token or refresh URL changes,
 * or that stops offering a scope, breaks it; a scope the flow starts offering breaks no one (an
 * operation that asks for it is judged with the operation's requirements).
 */
final class OAuthFlowsComparison {

  private OAuthFlowsComparison() {}

  /** What breaks clients of the old flows, in words; empty when nothing does. */
  static List<String> differences(OAuthFlows was, OAuthFlows is) {
    List<String> differences = new ArrayList<>();
    Map<String, OAuthFlow> old = byName(was);
    Map<String, OAuthFlow> now = byName(is);
    old.forEach(
        (name, flow) -> {
          OAuthFlow current = now.get(name);
          if (current == null) {
            differences.add("OAuth flow " + name + " removed");
            return;
          }
          url(
              differences,
              name,
              "authorizationUrl",
              flow.getAuthorizationUrl(),
              current.getAuthorizationUrl());
          url(differences, name, "tokenUrl", flow.getTokenUrl(), current.getTokenUrl());
          url(differences, name, "refreshUrl", flow.getRefreshUrl(), current.getRefreshUrl());
          TreeSet<String> gone = new TreeSet<>(scopes(flow));
          gone.removeAll(scopes(current));
          if (!gone.isEmpty()) {
            differences.add("OAuth flow " + name + " no longer offers scopes " + gone);
          }
        });
    return differences;
  }

  /** Scopes some flow offers now and did not before. */
  static TreeSet<String> addedScopes(OAuthFlows was, OAuthFlows is) {
    TreeSet<String> added = new TreeSet<>();
    Map<String, OAuthFlow> old = byName(was);
    byName(is)
        .forEach(
            (name, flow) -> {
              TreeSet<String> scopes = new TreeSet<>(scopes(flow));
              if (old.containsKey(name)) {
                scopes.removeAll(scopes(old.get(name)));
              }
              added.addAll(scopes);
            });
    return added;
  }

  private static void url(
      List<String> differences, String flow, String name, String was, String is) {
    if (!Objects.equals(was, is)) {
      differences.add("OAuth flow " + flow + " " + name + " " + was + " → " + is);
    }
  }

  private static Set<String> scopes(OAuthFlow flow) {
    return flow.getScopes() == null ? Set.of() : flow.getScopes().keySet();
  }

  private static Map<String, OAuthFlow> byName(OAuthFlows flows) {
    Map<String, OAuthFlow> byName = new LinkedHashMap<>();
    if (flows != null) {
      put(byName, "implicit", flows.getImplicit());
      put(byName, "password", flows.getPassword());
      put(byName, "clientCredentials", flows.getClientCredentials());
      put(byName, "authorizationCode", flows.getAuthorizationCode());
    }
    return byName;
  }

  private static void put(Map<String, OAuthFlow> byName, String name, OAuthFlow flow) {
    if (flow != null) {
      byName.put(name, flow);
    }
  }
}
