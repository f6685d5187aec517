package vn.dvht.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * A day of the year after the assessment year by which a step of the procedure is due, such as the
 * unit's dossier (15/01, Điều 10, 16 khoản 1 điểm c); {@code authorities} are those it concerns.
 */
public record Deadline(String id, String label, MonthDay day, Set<String> authorities, String citation) {
  /** The unit sends its dossier ("trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá"). */
  public static final String DOSSIER = "ho-so";
  /** The office completes the appraisal and recognition (15/02). */
  public static final String APPRAISAL = "tham-dinh";
  /** The district office reports the results to the provincial department (15/03). */
  public static final String REPORT = "bao-cao-so";

  public Deadline {
    authorities = Set.copyOf(authorities);
  }

  public boolean concerns(String authority) {
    return authorities.contains(authority);
  }

  /** The date for an assessment year: this day of the next year. */
  public LocalDate forYear(int assessmentYear) {
    return day.atYear(assessmentYear + 1);
  }
}
