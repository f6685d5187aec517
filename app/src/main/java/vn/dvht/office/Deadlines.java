package vn.dvht.office;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import vn.dvht.model.Ruleset;

/**
 * The recognition calendar after an assessment year, read from the ruleset's {@code deadlines} (the one
 * place the office reads them): units send their dossiers before 15 January (Điều 10, 16 khoản 1 điểm c), the
 * office finishes the appraisal and the recognition before 15 February (Điều 10, 16 khoản 3), and the Phòng
 * reports to the Sở before 15 March (Điều 20 khoản 3); the Sở reports to the Ministry at the end of the school
 * year (Điều 18 khoản 3), a date the circular does not fix. A ruleset that names no dossier or appraisal day
 * gets the circular's.
 */
public final class Deadlines {
  private static final MonthDay DOSSIER = MonthDay.of(1, 15);
  private static final MonthDay APPRAISAL = MonthDay.of(2, 15);
  /** The authority id of district units; every other authority follows the provincial articles. */
  private static final String DISTRICT = "huyen";

  private Deadlines() {}

  /** A date and the article that sets it. */
  public record Deadline(LocalDate date, String citation) {}

  /** Units' dossiers reach the office before this day. */
  public static Deadline dossier(Ruleset ruleset, String authority, int year) {
    return find(ruleset, vn.dvht.model.Deadline.DOSSIER, authority, year).orElse(new Deadline(DOSSIER.atYear(year + 1),
        district(authority) ? "Điều 10 khoản 1 điểm c" : "Điều 16 khoản 1 điểm c"));
  }

  /** The appraisal and the recognition are finished before this day. */
  public static Deadline appraisal(Ruleset ruleset, String authority, int year) {
    return find(ruleset, vn.dvht.model.Deadline.APPRAISAL, authority, year).orElse(new Deadline(
        APPRAISAL.atYear(year + 1), district(authority) ? "Điều 10 khoản 3" : "Điều 16 khoản 3"));
  }

  /** The day the office reports its results upward, when the ruleset sets one for its authority (the Phòng's). */
  public static Optional<Deadline> report(Ruleset ruleset, String authority, int year) {
    return find(ruleset, vn.dvht.model.Deadline.REPORT, authority, year);
  }

  private static Optional<Deadline> find(Ruleset ruleset, String id, String authority, int year) {
    return ruleset.deadlines().stream().filter(d -> d.id().equals(id) && d.concerns(authority)).findFirst()
        .map(d -> new Deadline(d.forYear(year), d.citation()));
  }

  /** Whether the office follows the district articles (5, 10, 20) rather than the provincial ones (11, 16, 18). */
  public static boolean district(String authority) {
    return DISTRICT.equals(authority);
  }
}
