package io.contractkit.starrocks.contract.targets;

import io.contractkit.starrocks.contract.cases.CredentialHeaders;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.runtime.ContractRuntime;
import io.contractkit.starrocks.server.reference.ReferenceServer;
import io.contractkit.starrocks.stub.StarRocksSyncStub;
import io.contractkit.starrocks.stub.StubSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  /**
   * Another document for the suite and the stub ({@code classpath:<resource>} or a file): proves
   * that an operation added to a document is served and tested with no new code. The reference
   * implementation serves only the shipped document's operations, so only the stub runs then.
   */
  public static final String DOCUMENT = "contract.document";

  private static final ContractModel CONTRACT = readContract();

  private Targets() {}

  /** The document under test: the shipped one, or {@code -Dcontract.document}. */
  public static ContractModel contract() {
    return CONTRACT;
  }

  /** Whether the suite runs on another document than the shipped one. */
  public static boolean otherDocument() {
    return !System.getProperty(DOCUMENT, "").isBlank();
  }

  private static ContractModel readContract() {
    String document = System.getProperty(DOCUMENT, "").trim();
    if (document.isEmpty()) {
      return ContractModel.load();
    }
    if (document.startsWith("classpath:")) {
      String resource = document.substring("classpath:".length());
      try (InputStream in = Targets.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("-D" + DOCUMENT + ": no class-path resource " + resource);
        }
        return ContractModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ContractModel.parse(Path.of(document));
  }

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

  public static CredentialHeaders credentials() {
    String token = System.getProperty(TOKEN, "");
    return new CredentialHeaders(token.isBlank() ? "contract-test-token" : token);
  }

  public static List<ServerUnderTest> start() {
    if (external()) {
      String url = System.getProperty(BASE_URL).replaceAll("/+$", "");
      return List.of(new Remote(url, Boolean.getBoolean(PREFER)));
    }
    return otherDocument() ? List.of(stub()) : List.of(stub(), reference());
  }

  public static ServerUnderTest stub() {
    StubSettings settings = StubSettings.defaults().withPort(0);
    if (otherDocument()) {
      settings = settings.withContract(ContractRuntime.of(CONTRACT));
    }
    StarRocksSyncStub stub = StarRocksSyncStub.start(settings);
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
