package vn.dvht.office;

/**
 * One indicator row of a submitted result at one level, as the document says it: its status key
 * ({@code dat}, {@code khong-dat}, {@code khong-ap-dung}), the counts of a share ({@code -1} for an
 * indicator that is not one), the unit's answer as written (a flag, an item id or label; "" when none)
 * and its evidence; {@code place} says where it was read ("Tổng hợp!I15", "units[0].levels[1]…").
 */
public record SubmittedIndicator(String level, String id, String status, long numerator, long denominator,
    String value, String evidence, String place) {

  public boolean share() {
    return numerator >= 0;
  }
}
