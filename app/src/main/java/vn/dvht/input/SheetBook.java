package vn.dvht.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A workbook opened read-only for a table that is not a unit's member list — an education office's
 * council sheet, its register of decisions, a summary workbook dvht wrote — read as text rows with
 * the same readers, limits and messages as a member file.
 *
 * <pre>{@code
 * try (SheetBook book = SheetBook.open(Path.of("hoi-dong.xlsx"))) {
 *   RawSheet council = book.read(book.find("Hội đồng").orElseThrow());
 * }
 * }</pre>
 */
public final class SheetBook implements AutoCloseable {
  private final SheetSource source;

  private SheetBook(SheetSource source) {
    this.source = source;
  }

  /** Opens an .xlsx or .xls file; an unreadable file is an {@link InputException} naming it. */
  public static SheetBook open(Path file) throws InputException {
    return new SheetBook(SheetSource.open(file, ReadOptions.DEFAULT));
  }

  public List<String> sheetNames() {
    return source.sheetNames();
  }

  /** The first sheet whose name is one of {@code names}, compared as {@link TextKey}s. */
  public Optional<String> find(String... names) {
    return source.findSheet(names);
  }

  public RawSheet read(String sheet) throws InputException {
    return source.read(sheet);
  }

  /** Hands every row of {@code sheet} to {@code rows} as it is read, so a sheet of any length costs no memory. */
  public void forEachRow(String sheet, java.util.function.Consumer<RawRow> rows) throws InputException {
    source.stream(sheet).forEach((row, hidden) -> rows.accept(row));
  }

  /** A day as a clerk types it (15/03/2024, 15-3-2024, "ngày 15 tháng 3 năm 2024", an Excel date cell). */
  public static Optional<LocalDate> date(String text, boolean date1904) {
    return ValueReader.parseDate(text, date1904);
  }

  @Override
  public void close() {
    source.close();
  }
}
