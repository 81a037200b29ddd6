package io.contractkit.starrocks.contract.targets;

import io.contractkit.starrocks.contract.cases.Credentials;
import io.contractkit.starrocks.server.reference.ReferenceServer;
import io.contractkit.starrocks.stub.StarRocksSyncStub;
import io.contractkit.starrocks.stub.StubSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers the provider-side suite runs against. By default the in-process servers of this
 * repository; with {@code -Dcontract.baseUrl=https://…} (and {@code -Dcontract.token=…}) only that
 * deployment, so a team can check a real one.
 */
public final class Targets {

  public static final String BASE_URL = "contract.baseUrl";
  public static final String TOKEN = "contract.token";
  public static final String PREFER = "contract.prefer";
  public static final String PATH_VALUE = "contract.path.";

  private Targets() {}

  public static boolean external() {
    return !System.getProperty(BASE_URL, "").isBlank();
  }

  /**
   * Valid values of path parameters for a real deployment, from {@code -Dcontract.path.<name>=…}
   * (for example {@code -Dcontract.path.project_id=…}); the documented examples otherwise.
   */
  public static Map<String, String> configuredPathValues() {
    Map<String, String> values = new HashMap<>();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(PATH_VALUE) && !System.getProperty(name).isBlank()) {
        values.put(name.substring(PATH_VALUE.length()), System.getProperty(name));
      }
    }
    return values;
  }

  public static Credentials credentials() {
    String token = System.getProperty(TOKEN, "");
    return new Credentials(token.isBlank() ? "contract-test-token" : token);
  }

  public static List<ServerUnderTest> start() {
    if (external()) {
      String url = System.getProperty(BASE_URL).replaceAll("/+$", "");
      return List.of(new Remote(url, Boolean.getBoolean(PREFER)));
    }
    return List.of(stub(), reference());
  }

  public static ServerUnderTest stub() {
    StarRocksSyncStub stub = StarRocksSyncStub.start(StubSettings.defaults().withPort(0));
    return new Local("stub", stub.baseUrl(), stub::close);
  }

  public static ServerUnderTest reference() {
    ReferenceServer server = ReferenceServer.start();
    return new Local("reference implementation", server.baseUrl(), server::close);
  }

  private record Local(String name, String baseUrl, Runnable stop) implements ServerUnderTest {
    @Override
    public boolean honoursPrefer() {
      return true;
    }

    @Override
    public void close() {
      stop.run();
    }
  }

  private record Remote(String baseUrl, boolean honoursPrefer) implements ServerUnderTest {
    @Override
    public String name() {
      return baseUrl;
    }

    @Override
    public void close() {}
  }
}
