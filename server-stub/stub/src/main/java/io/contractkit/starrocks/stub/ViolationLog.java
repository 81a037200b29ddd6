package io.contractkit.starrocks.stub;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests the stub refused since the last {@link #clear()}, bounded so that a long-running
 * stub keeps its memory: past the bound only the count grows.
 */
public final class ViolationLog {

  private final int capacity;
  private final List<RecordedViolation> kept = new ArrayList<>();
  private long total;

  public ViolationLog(int capacity) {
    this.capacity = capacity;
  }

  public synchronized void record(RecordedViolation violation) {
    total++;
    if (kept.size() < capacity) {
      kept.add(violation);
    }
  }

  /** The first refused requests, at most the capacity. */
  public synchronized List<RecordedViolation> kept() {
    return List.copyOf(kept);
  }

  /** How many requests were refused, kept or not. */
  public synchronized long total() {
    return total;
  }

  public synchronized void clear() {
    kept.clear();
    total = 0;
  }
}
