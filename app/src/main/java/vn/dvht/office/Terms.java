package vn.dvht.office;

import java.time.LocalDate;

/**
 * How long a recognition lasts. "Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp
 * theo năm được công nhận" (Điều 5, 11 khoản 4): dvht reads "năm được công nhận" as the year of the
 * decision, so a decision of any day of 2026 keeps the recognition to 31/12/2029; after that the unit
 * asks for "công nhận lại" (Điều 2 khoản 10). Whether a recognition still holds is judged on the day
 * this year's decisions are due ({@link Deadlines#appraisal}). The one place these dates are computed.
 */
public final class Terms {
  /** Years the recognition is kept after the year of its decision. */
  public static final int YEARS = 3;

  private Terms() {}

  /** The last day a decision of {@code decided} keeps its recognition. */
  public static LocalDate validUntil(LocalDate decided) {
    return validUntil(decided.getYear());
  }

  /** The last day a decision made in {@code year} keeps its recognition. */
  public static LocalDate validUntil(int year) {
    return LocalDate.of(year + YEARS, 12, 31);
  }

  /** Whether a decision of {@code decided} still holds on {@code day} (the day this cycle's decisions are due). */
  public static boolean holds(LocalDate decided, LocalDate day) {
    return !validUntil(decided).isBefore(day);
  }

  /** The year this cycle's decisions are made in: the one after the assessment year. */
  public static int decisionYear(int year) {
    return year + 1;
  }
}
