package vn.dvht.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Wording;

/** The cell styles of dvht workbooks (Times New Roman, as official forms use) and cell helpers. */
final class XlsxStyles {
  final CellStyle plain;
  final CellStyle wrapped;
  final CellStyle bold;
  final CellStyle centeredBold;
  final CellStyle italic;
  final CellStyle title;
  final CellStyle header;
  final CellStyle cell;
  final CellStyle cellWrapped;
  final CellStyle cellNumber;
  final CellStyle cellPercent;
  final CellStyle cellFailed;
  final CellStyle cellPassed;
  final CellStyle smallWrapped;

  XlsxStyles(XSSFWorkbook workbook) {
    Font base = font(workbook, false, false, 12);
    Font strong = font(workbook, true, false, 12);
    plain = style(workbook, base, false);
    wrapped = style(workbook, base, false);
    wrapped.setWrapText(true);
    bold = style(workbook, strong, false);
    centeredBold = style(workbook, strong, false);
    centeredBold.setAlignment(HorizontalAlignment.CENTER);
    italic = style(workbook, font(workbook, false, true, 12), false);
    italic.setAlignment(HorizontalAlignment.CENTER);
    title = style(workbook, font(workbook, true, false, 14), false);
    title.setAlignment(HorizontalAlignment.CENTER);
    header = style(workbook, strong, true);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    cell = style(workbook, base, true);
    cellWrapped = style(workbook, base, true);
    cellWrapped.setWrapText(true);
    cellNumber = style(workbook, base, true);
    cellNumber.setAlignment(HorizontalAlignment.RIGHT);
    cellPercent = style(workbook, base, true);
    cellPercent.setDataFormat(workbook.createDataFormat().getFormat("0.00 %"));
    Font red = font(workbook, true, false, 12);
    red.setColor(IndexedColors.RED.getIndex());
    cellFailed = style(workbook, red, true);
    cellFailed.setFillForegroundColor(IndexedColors.ROSE.getIndex());
    cellFailed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    cellPassed = style(workbook, base, true);
    smallWrapped = style(workbook, font(workbook, false, true, 9), false);
    smallWrapped.setWrapText(true);
  }

  /** Excel's tallest row, in points. */
  static final float MAX_ROW_HEIGHT = 409;

  static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    if (!value.isEmpty()) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  static void number(Row row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** Text across columns {@code first..last} of one row, merged. */
  static void merged(Sheet sheet, int rowIndex, int first, int last, String value, CellStyle style) {
    Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
    text(row, first, value, style);
    if (last > first) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
    }
  }

  /**
   * Sets the row tall enough for its wrapped text: POI does not measure text, and neither Excel nor
   * LibreOffice grows a row on opening. Counts characters against each column's width.
   */
  static void fitHeight(Row row) {
    Sheet sheet = row.getSheet();
    int lines = 1;
    for (var cell : row) {
      if (cell.getCellStyle().getWrapText() && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
        int width = mergedWidth(sheet, cell.getRowIndex(), cell.getColumnIndex());
        int perLine = Math.max(1, (int) (width / 256 * 1.1));
        int needed = 0;
        for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
          needed += vn.dvht.report.ooxml.SheetWriter.wrappedLines(paragraph, perLine);
        }
        lines = Math.max(lines, needed);
      }
    }
    if (lines > 1) {
      row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, lines * 15.5f));
    }
  }

  private static int mergedWidth(Sheet sheet, int row, int column) {
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      if (range.isInRange(row, column)) {
        int width = 0;
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          width += sheet.getColumnWidth(c);
        }
        return width;
      }
    }
    return sheet.getColumnWidth(column);
  }

  static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  /**
   * A4 at the scale the streamed workbooks print at ({@link vn.dvht.report.ooxml.SheetLayout#printScale}:
   * the largest from 80 % that fits the columns), the first {@code titleRows} rows and {@code titleColumns}
   * columns repeated on every page, the page number at the foot.
   */
  static void printA4(Wording words, Sheet sheet, boolean landscape, int titleRows, int titleColumns, double... widths) {
    var layout = vn.dvht.report.ooxml.SheetLayout.of(widths);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(landscape);
    print.setScale((short) (landscape ? layout : layout.portrait()).printScale());
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.75);
    if (titleRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
    }
    if (titleColumns > 0) {
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, titleColumns - 1));
    }
    // In 12 pt: the footer prints at the sheet's scale too, and Excel's default is 11 pt.
    sheet.getFooter().setCenter("&12"
        + words.get("xlsx.footer").replaceFirst("^&C", ""));
  }

  private static CellStyle style(XSSFWorkbook workbook, Font font, boolean bordered) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (bordered) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
    Font font = workbook.createFont();
    font.setFontName("Times New Roman");
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
  }
}
