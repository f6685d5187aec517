package vn.dvht.model;

/**
 * Where a unit's dossier goes and who decides on it, for assessment years {@code fromYear} to
 * {@code untilYear}. An empty {@code recipient} or {@code decidedBy} means the ruleset does not name
 * one; {@code note} tells the clerk what to check then.
 */
public record Dossier(int fromYear, int untilYear, String recipient, String decidedBy, String citation, String note) {

  public boolean covers(int year) {
    return fromYear <= year && year <= untilYear;
  }
}
