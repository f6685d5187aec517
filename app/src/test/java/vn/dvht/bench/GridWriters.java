package vn.dvht.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.Style;
import vn.dvht.report.ooxml.StyleSheet;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The member grid's writing alone, two ways, for ADR 8 (docs/adr/0008-dossier-at-scale.md): {@code sxssf N FILE} with POI's streaming
 * SXSSF (inline strings, uncompressed temporary file: its usual setting; with its shared-strings table a
 * million names do not fit in 256 MB), {@code dvht N FILE} with dvht's own sheet writer; N rows of number, number, name, id,
 * population and six verdicts, one in 23 failing, as the grid of a large unit is. Prints the seconds.
 */
public final class GridWriters {
  private static final String[] VERDICT = {"Đạt", "Chưa đạt"};

  private GridWriters() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[1]);
    Path file = Path.of(args[2]);
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      if (args[0].equals("sxssf")) {
        sxssf(rows, out);
      } else {
        dvht(rows, out);
      }
    }
    System.out.printf("%s %d rows: %.2f s, %d bytes%n", args[0], rows, (System.nanoTime() - start) / 1e9,
        Files.size(file));
  }

  private static void sxssf(int rows, OutputStream out) throws Exception {
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, false)) {
      CellStyle plain = book.createCellStyle();
      CellStyle failed = book.createCellStyle();
      failed.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
      failed.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      Sheet sheet = book.createSheet("Thành viên");
      for (int i = 0; i < rows; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(i + 1);
        row.createCell(1).setCellValue(i + 2);
        row.createCell(2).setCellValue("Nguyễn Văn Người " + i);
        row.createCell(3).setCellValue("CB" + i);
        row.createCell(4).setCellValue("Thành viên");
        for (int c = 0; c < 6; c++) {
          boolean fails = (i + c) % 23 == 0;
          var cell = row.createCell(5 + c);
          cell.setCellValue(VERDICT[fails ? 1 : 0]);
          cell.setCellStyle(fails ? failed : plain);
        }
      }
      book.write(out);
      book.dispose();
    }
  }

  private static void dvht(int rows, OutputStream out) throws Exception {
    StyleSheet styles = new StyleSheet(Style.Font.of(12, false, false));
    int plain = styles.add(Style.of(Style.Font.of(12, false, false)).bordered());
    int failed = styles.add(Style.of(Style.Font.of(12, true, false)).bordered().filled("FFFF99CC"));
    XlsxWriter book = new XlsxWriter(out, styles, "bench", LocalDate.of(2026, 1, 10));
    SheetWriter sheet = book.sheet("Thành viên", SheetLayout.of(8, 7, 28, 14, 12));
    for (int i = 0; i < rows; i++) {
      sheet.row().number(0, i + 1L, plain).number(1, i + 2L, plain).text(2, "Nguyễn Văn Người " + i, plain)
          .text(3, "CB" + i, plain).label(4, "Thành viên", plain);
      for (int c = 0; c < 6; c++) {
        boolean fails = (i + c) % 23 == 0;
        sheet.label(5 + c, VERDICT[fails ? 1 : 0], fails ? failed : plain);
      }
    }
    book.finish();
  }
}
