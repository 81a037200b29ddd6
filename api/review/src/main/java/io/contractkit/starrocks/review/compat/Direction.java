package io.contractkit.starrocks.review.compat;

/**
 * Who writes a value. The same schema change is safe in one direction and breaking in the other: a
 * client must still be allowed to send what it sent before, and must still be able to read what the
 * server sends now.
 */
enum Direction {
  /** Sent by the client, read by the server (and by the stub's validator). */
  REQUEST("request"),
  /** Sent by the server (and the stub), read by clients. */
  RESPONSE("response");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  @Override
  public String toString() {
    return word;
  }
}
