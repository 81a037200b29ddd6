package io.contractkit.starrocks.review.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Redoc's standalone browser bundle, read from its WebJar ({@code org.webjars.npm:redoc}, version
 * pinned as {@code redoc.version} in the root pom) on the class path. The version is read from the
 * WebJar's own {@code pom.properties}, so that nothing here repeats it.
 */
final class RedocBundle {

  private static final String POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/redoc/pom.properties";

  private final String version;
  private final String script;

  private RedocBundle(String version, String script) {
    this.version = version;
    this.script = script;
  }

  /** The bundle, read once. */
  static RedocBundle get() {
    return Holder.BUNDLE;
  }

  String version() {
    return version;
  }

  /** The JavaScript of {@code bundles/redoc.standalone.js}, safe to put inside a script element. */
  String script() {
    return script;
  }

  private static final class Holder {
    private static final RedocBundle BUNDLE = load();
  }

  private static RedocBundle load() {
    ClassLoader loader = RedocBundle.class.getClassLoader();
    Properties pom = new Properties();
    try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw missing(POM_PROPERTIES);
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = pom.getProperty("version");
    String path = "META-INF/resources/webjars/redoc/" + version + "/bundles/redoc.standalone.js";
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw missing(path);
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Inlined as is: a "</script" inside would end the element early. Redoc's bundle has none;
      // a future one that has would be refused here rather than rendered as a broken page.
      if (script.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException(
            path + " contains \"</script\" and cannot be inlined into the reference page");
      }
      return new RedocBundle(version, script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException missing(String resource) {
    return new IllegalStateException(
        "The rendered reference needs Redoc's standalone bundle, the WebJar org.webjars.npm:redoc"
            + " (see redoc.version in the root pom), on the class path: "
            + resource
            + " not found");
  }
}
