package vn.dvht.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * A day of the year after the assessment year before which a step of the procedure is done, such as the
 * unit's dossier ("trước ngày 15 tháng 1", Điều 10, 16 khoản 1 điểm c); {@code authorities} are those it
 * concerns. {@code day} is the day the text names: "trước" excludes it, so the last day the step may take
 * place is the day before ({@link #lastDay}, 14 January).
 */
public record Deadline(String id, String label, MonthDay day, Set<String> authorities, String citation) {
  /** The unit sends its dossier ("trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá"). */
  public static final String DOSSIER = "ho-so";
  /** The office completes the appraisal and recognition ("trước ngày 15 tháng 2"). */
  public static final String APPRAISAL = "tham-dinh";
  /** The district office reports the results to the provincial department ("trước ngày 15 tháng 3"). */
  public static final String REPORT = "bao-cao-so";

  public Deadline {
    authorities = Set.copyOf(authorities);
  }

  public boolean concerns(String authority) {
    return authorities.contains(authority);
  }

  /** The day the text names, for an assessment year: this day of the next year, already too late. */
  public LocalDate forYear(int assessmentYear) {
    return day.atYear(assessmentYear + 1);
  }

  /** The last day the step may take place for an assessment year: the day before {@link #forYear}. */
  public LocalDate lastDay(int assessmentYear) {
    return forYear(assessmentYear).minusDays(1);
  }
}
