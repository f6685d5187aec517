package vn.dvht.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit the office knows of — from its register or its list of the area's units — that sent nothing
 * this year: still recognised ({@code until} not past), its recognition lapsed without a request for
 * "công nhận lại", or never recognised nor asked.
 */
public record Absent(String name, String id, String unitType, Status status, List<RegisterEntry> history) {
  public Absent {
    history = List.copyOf(history);
  }

  /** The level of its latest decision, 0 when it has none. */
  public int level() {
    return history.isEmpty() ? 0 : history.get(history.size() - 1).level();
  }

  /** The last day of its latest recognition. */
  public Optional<LocalDate> until() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).validUntil());
  }

  /** Where such a unit stands. */
  public enum Status {
    HOLDING("con-thoi-han"), LAPSED("het-thoi-han"), NEVER("chua-de-nghi");

    private final String key;

    Status(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
