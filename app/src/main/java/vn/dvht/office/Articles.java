package vn.dvht.office;

/**
 * The articles of Thông tư 24/2023 that govern an authority level: district units (Điều 5, 9, 10, 20)
 * and provincial ones (Điều 11, 15, 16, 18), for the citations of the office's documents.
 */
public record Articles(int authority, int evaluation, int procedure, int reporting) {
  private static final Articles DISTRICT = new Articles(5, 9, 10, 20);
  private static final Articles PROVINCE = new Articles(11, 15, 16, 18);

  public static Articles of(String authority) {
    return Deadlines.district(authority) ? DISTRICT : PROVINCE;
  }
}
