package vn.dvht.testing;

import java.nio.charset.Charset;
import java.text.Normalizer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A sheet saved the way Excel on Vietnamese Windows saves "CSV (Comma delimited)": Windows-1258, ";" and CRLF. */
public final class ExcelCsv {
  private ExcelCsv() {}

  /** The sheet's cells as Excel displays them, one line per row, quoted where Excel quotes. */
  public static byte[] save(Sheet sheet) {
    DataFormatter shown = new DataFormatter();
    StringBuilder out = new StringBuilder();
    int columns = 0;
    for (Row row : sheet) {
      columns = Math.max(columns, row.getLastCellNum());
    }
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      for (int c = 0; c < columns; c++) {
        Cell cell = row == null ? null : row.getCell(c);
        String text = cell == null ? "" : shown.formatCellValue(cell);
        boolean quote = text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        out.append(c == 0 ? "" : ";").append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
      }
      out.append("\r\n");
    }
    return cp1258(out.toString());
  }

  /**
   * Text in Windows-1258 as Excel writes it: the letters with circumflex, breve or horn are single
   * bytes, the five tones separate combining marks after them.
   */
  public static byte[] cp1258(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (char d : decomposed.toCharArray()) {
        (d == '\u0300' || d == '\u0301' || d == '\u0303' || d == '\u0309' || d == '\u0323' ? tones : base).append(d);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }
}
