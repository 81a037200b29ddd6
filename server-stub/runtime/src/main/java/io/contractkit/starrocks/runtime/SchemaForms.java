package io.contractkit.starrocks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The JSON form of a schema of the document, as swagger-core writes it ({@code Json.mapper()}, the
 * form the validator judges against too), which {@link QuickSchema} compiles. Each is named by
 * where it stands ({@code PUT /v3/... parameter header X-Auth-Token}, {@code ... body
 * application/json}, {@code ... answer 200 application/json}).
 *
 * <p>For the document the {@code starrocks-sync-api} jar ships, the forms are written at build time
 * ({@link #main}, into this module's jar, with the document's length and checksum) and read at
 * start instead of converted: converting them is swagger-core's Jackson serializer set-up, ~50 ms
 * of CPU on the stub's start-up path before its first answer (async-profiler, 1 ms CPU samples of
 * the stub's JVM, 2 shared cores), against ~2 ms to read them. Any other document, or this one
 * changed since the build, is converted as before; so is any schema the file does not name.
 */
final class SchemaForms {

  /** The resource written at build time, beside this class. */
  static final String RESOURCE = "quick-schema-forms.json";

  private final Map<String, JsonNode> written;
  private final Map<String, JsonNode> recorded;

  private SchemaForms(Map<String, JsonNode> written, Map<String, JsonNode> recorded) {
    this.written = written;
    this.recorded = recorded;
  }

  /** Every form converted when asked for. */
  static SchemaForms converted() {
    return new SchemaForms(Map.of(), null);
  }

  /**
   * The forms written at build time when they are of this document (same length and checksum), else
   * {@link #converted()}.
   */
  static SchemaForms of(String documentText) {
    try (InputStream in = SchemaForms.class.getResourceAsStream(RESOURCE)) {
      if (in == null || documentText == null) {
        return converted();
      }
      JsonNode file = new ObjectMapper().readTree(in);
      if (!fingerprint(documentText).equals(file.path("document"))) {
        return converted();
      }
      Map<String, JsonNode> forms = new LinkedHashMap<>();
      file.path("forms").fields().forEachRemaining(e -> forms.put(e.getKey(), e.getValue()));
      return new SchemaForms(forms, null);
    } catch (IOException | RuntimeException e) {
      return converted();
    }
  }

  /** Converts every form asked for and remembers it under its name, for {@link #main}. */
  static SchemaForms recording() {
    return new SchemaForms(Map.of(), new LinkedHashMap<>());
  }

  /** The schema's JSON form; {@code where} names it. */
  JsonNode of(String where, Schema<?> schema) {
    JsonNode form = written.get(where);
    if (form == null) {
      form = Json.mapper().convertValue(schema, JsonNode.class);
      if (recorded != null) {
        synchronized (recorded) {
          recorded.put(where, form);
        }
      }
    }
    return form;
  }

  /** Whether the forms come from the build (tests). */
  boolean written() {
    return !written.isEmpty();
  }

  /** The document's length and CRC-32C: what tells the build's document from any other. */
  static ObjectNode fingerprint(String documentText) {
    byte[] bytes = documentText.getBytes(StandardCharsets.UTF_8);
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    ObjectNode fingerprint = new ObjectMapper().createObjectNode();
    fingerprint.put("bytes", bytes.length);
    fingerprint.put("crc32c", Long.toHexString(crc.getValue()));
    return fingerprint;
  }

  /**
   * The file for a document: every form its quick checks ask for, the answers' included, under its
   * fingerprint.
   */
  static ObjectNode file(ContractRuntime contract) {
    SchemaForms recording = recording();
    QuickChecks.of(contract.model().openApi(), recording).compileEveryAnswer();
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode file = mapper.createObjectNode();
    file.set("document", fingerprint(contract.model().text()));
    ObjectNode forms = file.putObject("forms");
    recording.recorded.forEach(forms::set);
    return file;
  }

  /**
   * Writes the forms of the shipped contract's bundled document (build time, {@code
   * process-classes}): {@code SchemaForms <output file>}.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaForms <output file>");
    }
    Path output = Path.of(args[0]);
    try {
      Files.createDirectories(output.toAbsolutePath().getParent());
      new ObjectMapper().writeValue(output.toFile(), file(ContractRuntime.bundled()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
