package vn.dvht.office;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.input.InputException;
import vn.dvht.input.RawRow;
import vn.dvht.input.RawSheet;
import vn.dvht.input.SheetBook;
import vn.dvht.input.TextKey;
import vn.dvht.model.Level;

/**
 * Reads the office's register of decisions: sheet "Sổ theo dõi" (or the first sheet), one decision a row
 * — unit, level, decision number and date, and optionally the unit's identifier, type, the assessment
 * year and who decided. A row without a date or a level dvht knows is an error at its cell: the 12-month
 * rule and the 3-year term are counted from the register, so it must be whole. The register this
 * command writes ({@code so-theo-doi-cong-nhan.xlsx}) reads back unchanged once the new decisions'
 * numbers and dates are written in.
 */
public final class RegisterReader {
  public static final List<String> SHEET = List.of("Sổ theo dõi", "Register");
  static final Table.Column ID = Table.Column.optional("Mã đơn vị", "Mã", "Unit id");
  static final Table.Column NAME = Table.Column.required("Tên đơn vị", "Đơn vị", "Unit");
  static final Table.Column TYPE = Table.Column.optional("Loại đơn vị", "Unit type");
  static final Table.Column LEVEL = Table.Column.required("Mức độ", "Mức độ công nhận", "Level");
  static final Table.Column NUMBER = Table.Column.required("Số quyết định", "Số QĐ", "Decision number");
  static final Table.Column DATE = Table.Column.required("Ngày quyết định", "Ngày QĐ", "Ngày ký", "Decision date");
  static final Table.Column YEAR = Table.Column.optional("Năm đánh giá", "Assessment year");
  static final Table.Column BY = Table.Column.optional("Cơ quan quyết định", "Người ký quyết định", "Decided by");
  static final Table.Column NOTE = Table.Column.optional("Ghi chú", "Note");
  static final List<Table.Column> COLUMNS = List.of(ID, NAME, TYPE, LEVEL, NUMBER, DATE, YEAR, BY, NOTE);

  private RegisterReader() {}

  /** The register, its rows grouped by unit; {@code levels} are the ruleset's recognition levels. */
  public static Register read(Path path, List<Level> levels) throws InputException {
    try (SheetBook book = SheetBook.open(path)) {
      String sheet = book.find(SHEET.toArray(String[]::new)).orElse(book.sheetNames().get(0));
      RawSheet raw = book.read(sheet);
      Table table = Table.of(raw, COLUMNS);
      List<Diagnostic> problems = new ArrayList<>();
      List<RegisterEntry> entries = new ArrayList<>();
      for (RawRow row : table.rows()) {
        entry(table, row, levels, problems).ifPresent(entries::add);
      }
      Table.fail(problems);
      return Register.of(path.toString(), entries, problems);
    }
  }

  private static Optional<RegisterEntry> entry(Table table, RawRow row, List<Level> levels, List<Diagnostic> problems) {
    String name = table.cell(row, NAME);
    if (name.isEmpty()) {
      problems.add(Diagnostic.error("O131", table.at(row, NAME), Message.of("office.register.nameMissing")));
      return Optional.empty();
    }
    String levelText = table.cell(row, LEVEL);
    Optional<Level> level = level(levels, levelText);
    if (level.isEmpty()) {
      problems.add(Diagnostic.error("O132", table.at(row, LEVEL), Message.of("office.register.badLevel", levelText,
          String.join(", ", levels.stream().map(Level::label).toList()))));
    }
    String dateText = table.cell(row, DATE);
    Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty()
        : SheetBook.date(dateText, table.sheet().date1904());
    if (date.isEmpty()) {
      problems.add(Diagnostic.error("O133", table.at(row, DATE), Message.of(dateText.isEmpty()
          ? "office.register.dateMissing" : "office.register.badDate", dateText)));
    }
    String number = table.cell(row, NUMBER);
    if (number.isEmpty()) {
      problems.add(Diagnostic.warning("O134", table.at(row, NUMBER), Message.of("office.register.numberMissing")));
    }
    String year = table.cell(row, YEAR);
    if (level.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RegisterEntry(row.number(), table.cell(row, ID), name, table.cell(row, TYPE),
        level.get().rank(), number, date.get(), year.matches("\\d{4}") ? Integer.parseInt(year) : 0,
        table.cell(row, BY), table.cell(row, NOTE)));
  }

  /** A level by rank ("1"), id ("muc-1") or label ("Mức độ 1"). */
  static Optional<Level> level(List<Level> levels, String text) {
    String wanted = text.strip();
    return levels.stream().filter(l -> !l.plan()).filter(l -> String.valueOf(l.rank()).equals(wanted)
        || l.id().equalsIgnoreCase(wanted) || TextKey.same(l.label(), wanted)).findFirst();
  }
}
