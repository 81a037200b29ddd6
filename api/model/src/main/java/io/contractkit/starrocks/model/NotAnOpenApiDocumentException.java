package io.contractkit.starrocks.model;

import java.util.List;

/**
 * The text given to {@link ContractModel#parse(String)} is not an OpenAPI document with paths;
 * carries what the parser said about it, for a reviewer to report.
 */
public final class NotAnOpenApiDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> parserMessages;

  public NotAnOpenApiDocumentException(List<String> parserMessages) {
    super("Not an OpenAPI document: " + parserMessages);
    this.parserMessages = List.copyOf(parserMessages);
  }

  /** The parser's messages about the text, in its words. */
  public List<String> parserMessages() {
    return parserMessages;
  }
}
