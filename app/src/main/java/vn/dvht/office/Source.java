package vn.dvht.office;

/**
 * A file a unit sent: its kind, its path as found and its SHA-256. {@code MEMBERS} is a member list
 * (re-evaluated as {@code dvht evaluate} does), {@code JSON} and {@code WORKBOOK} are dvht's own
 * results (the JSON contract, the {@code -ket-qua.xlsx} summary workbook).
 */
public record Source(Kind kind, String file, String sha256) {
  /** What a submitted file is. */
  public enum Kind {
    MEMBERS("danh-sach"), JSON("json"), WORKBOOK("bang-tong-hop");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
