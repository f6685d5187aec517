package vn.dvht.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs at the limits of docs/adr/0007-input-limits.md, for {@code app/src/test/bench/limits.sh}:
 * {@code wide-csv FILE N BYTES} — N members of {@link Generate}'s unit as a CSV whose rows are padded to
 * BYTES bytes by a column dvht does not read (its unit facts beside it, as {@code csv} makes them);
 * {@code distinct FILE N PAD} — N members whose name, identifier and e-mail (PAD more characters) are
 * all different, so the shared-string table holds three distinct strings a member, each with a date of
 * birth (so both duplicate indexes fill);
 * {@code long-unit-sheet FILE ROWS} — one member and a "Đơn vị" sheet of ROWS rows.
 */
public final class LimitInputs {
  private LimitInputs() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "wide-csv" -> wideCsv(file, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "distinct" -> distinct(file, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "long-unit-sheet" -> longUnitSheet(file, Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("wide-csv|distinct|long-unit-sheet");
    }
  }

  static void wideCsv(Path file, int members, int rowBytes) throws IOException {
    Generate.csv(file, 1);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", Generate.COLUMNS) + ",Ghi chú\n");
      for (int i = 1; i <= members; i++) {
        String row = String.join(",", Generate.member(i)) + ",";
        int pad = rowBytes - 1 - row.getBytes(StandardCharsets.UTF_8).length;
        out.write(row + "x".repeat(Math.max(0, pad)) + "\n");
      }
    }
  }

  static void distinct(Path file, int members, int pad) throws IOException {
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    String padding = "x".repeat(pad);
    xlsx.sheet("Thành viên", sheet -> {
      String[] header = java.util.Arrays.copyOf(Generate.COLUMNS, Generate.COLUMNS.length + 2);
      header[header.length - 2] = "Ngày sinh";
      header[header.length - 1] = "Thư điện tử";
      sheet.row(header);
      for (int i = 1; i <= members; i++) {
        String[] cells = java.util.Arrays.copyOf(Generate.member(i), Generate.COLUMNS.length + 2);
        cells[1] = "Nguyễn Thị Thanh Hương " + i;
        cells[2] = String.format("CB%09d", i);
        cells[cells.length - 2] = String.format("%02d/%02d/%d", 1 + i % 28, 1 + (i / 28) % 12, 1960 + (i / 336) % 40);
        cells[cells.length - 1] = "nguoi-so-" + i + "@donvi.gov.vn" + padding;
        sheet.row(cells);
      }
    });
    xlsx.sheet("Đơn vị", Generate::unitSheet);
    xlsx.save(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".parts"));
  }

  static void longUnitSheet(Path file, int rows) throws IOException {
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(Generate.COLUMNS);
      sheet.row(Generate.member(1));
    });
    xlsx.sheet("Đơn vị", sheet -> {
      Generate.unitSheet(sheet);
      for (int i = 0; i < rows; i++) {
        sheet.row("Ghi chú " + i % 100, "giá trị " + i % 50, "minh chứng " + i % 30);
      }
    });
    xlsx.save(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".parts"));
  }
}
