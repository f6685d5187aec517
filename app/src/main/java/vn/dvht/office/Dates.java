package vn.dvht.office;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese documents write them: 15/02/2026. */
public final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  public static String show(LocalDate date) {
    return date.format(DAY);
  }
}
