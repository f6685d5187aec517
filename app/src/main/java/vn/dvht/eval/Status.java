package vn.dvht.eval;

/** An indicator's verdict at one level; {@code key} is what the JSON result says. */
public enum Status {
  MET("dat"),
  NOT_MET("khong-dat"),
  NOT_APPLICABLE("khong-ap-dung");

  private final String key;

  Status(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
