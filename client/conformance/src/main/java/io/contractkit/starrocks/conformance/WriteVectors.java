package io.contractkit.starrocks.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.runtime.ContractRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code signing.json}, {@code outcomes.json} and {@code hostile.json} (the format is in
 * {@code client/conformance/VECTORS.md}); the build runs it in {@code process-classes}.
 *
 * <p>Arguments: the output folder, and optionally an OpenAPI document to write the vectors of
 * instead of the shipped one ({@code -Dcontract.document=<file>}).
 */
public final class WriteVectors {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WriteVectors() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: WriteVectors <output folder> [<document>]");
    }
    Path out = Path.of(args[0]);
    ContractRuntime contract =
        args.length > 1 && args[1] != null && !args[1].isBlank()
            ? ContractRuntime.of(ContractModel.parse(Path.of(args[1])))
            : ContractRuntime.bundled();
    Map<String, ObjectNode> files = vectors(contract);
    Files.createDirectories(out);
    for (Map.Entry<String, ObjectNode> file : files.entrySet()) {
      JSON.writeValue(out.resolve(file.getKey()).toFile(), file.getValue());
    }
    System.out.println("Conformance vectors written to " + out + ": " + files.keySet());
  }

  /** The three files by name, for a contract. */
  public static Map<String, ObjectNode> vectors(ContractRuntime contract) {
    Map<String, ObjectNode> files = new LinkedHashMap<>();
    files.put("signing.json", SigningVectors.write());
    files.put("outcomes.json", OutcomeVectors.write(contract.model()));
    files.put("hostile.json", HostileVectors.write(contract));
    return files;
  }
}
