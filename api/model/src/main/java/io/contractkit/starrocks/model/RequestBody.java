package io.contractkit.starrocks.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The request body of an operation (an operation may have none).
 *
 * @param required whether a request must carry it
 * @param mediaType the first media type the document gives (for this contract, JSON)
 * @param schema the resolved schema of that media type, or null
 * @param schemaName the name of the component schema it follows, or null when inline
 * @param examples its named examples, in document order
 */
public record RequestBody(
    boolean required,
    String mediaType,
    Schema<?> schema,
    String schemaName,
    List<NamedExample> examples) {

  public RequestBody {
    examples = List.copyOf(examples);
  }

  public Optional<NamedExample> example(String name) {
    return examples.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  public Optional<NamedExample> firstExample() {
    return examples.stream().findFirst();
  }

  public boolean isJson() {
    return mediaType != null && mediaType.toLowerCase(java.util.Locale.ROOT).contains("json");
  }
}
