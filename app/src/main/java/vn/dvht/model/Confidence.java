package vn.dvht.model;

/** How sure we are that a number is what the circular says. */
public enum Confidence {
  /** Stated by a public source or a seed plan. */
  STATED("stated"),
  /** Our inference; reports flag it and a province may override it. */
  INFERRED("inferred");

  private final String key;

  Confidence(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
