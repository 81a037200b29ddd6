package io.contractkit.starrocks.api.review.baseline;

/** Ordering of {@code MAJOR.MINOR.PATCH} versions, numerically; anything after '-' or '+' sorts by text. */
final class SemanticVersion {

  private SemanticVersion() {}

  static int major(String version) {
    return part(version.split("[-+]", 2)[0].split("\\."), 0);
  }

  static int compare(String a, String b) {
    String[] left = a.split("[-+]", 2)[0].split("\\.");
    String[] right = b.split("[-+]", 2)[0].split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int cmp = Integer.compare(part(left, i), part(right, i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return a.compareTo(b);
  }

  private static int part(String[] parts, int index) {
    if (index >= parts.length) {
      return 0;
    }
    try {
      return Integer.parseInt(parts[index]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("info.version must look like MAJOR.MINOR.PATCH, got " + String.join(".", parts));
    }
  }
}
