package io.contractkit.starrocks.stub.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;

/**
 * Follows the {@code #/components/...} references the parser leaves in place even when asked to
 * resolve fully (it keeps some example references, depending on where they are used).
 */
public final class Refs {

  private Refs() {}

  public static Example example(OpenAPI api, Example example) {
    Example current = example;
    while (current != null && current.get$ref() != null) {
      String name = current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1);
      current = api.getComponents() == null || api.getComponents().getExamples() == null
          ? null
          : api.getComponents().getExamples().get(name);
    }
    if (current == null) {
      throw new IllegalStateException("Dangling example reference " + example.get$ref());
    }
    return current;
  }
}
