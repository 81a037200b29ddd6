package io.contractkit.starrocks.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;

/**
 * A documented response of an operation, references resolved.
 *
 * @param status its status
 * @param description its description
 * @param mediaType the first media type of its content, or null when it has no body
 * @param schema the resolved schema of that media type, or null
 * @param schemaName the component schema it follows, or null
 * @param examples its named examples, in document order
 * @param headers the headers it documents
 * @param refusal what refusal the document marks it as ({@code x-refusal}), if any
 * @param carriesErrorFormat whether its schema is the document's error format
 */
public record Response(
    int status,
    String description,
    String mediaType,
    Schema<?> schema,
    String schemaName,
    List<ResponseExample> examples,
    List<DocumentedHeader> headers,
    Optional<Refusal> refusal,
    boolean carriesErrorFormat) {

  public Response {
    examples = List.copyOf(examples);
    headers = List.copyOf(headers);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
