package vn.dvht.report.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.SheetRows;

/** The streaming XLSX writer, read back by POI's usermodel and its streaming reader. */
class XlsxWriterTest {
  private static final List<String> AWKWARD = List.of("Nguyễn Thị Hoà & <Cty> \"A\" 'B'", "bell\u0007here",
      "_x0041_ stays as typed", "  leading and trailing  ", "two\nlines", "emoji 😀 pair", "lone \uD800 surrogate",
      "=SUM(A1:A2)", "tab\there", "\uFFFE");

  @Test
  void textComesBackAsWrittenEvenWhereXmlCannotHoldIt(@TempDir Path dir) throws Exception {
    StyleSheet styles = new StyleSheet(Style.Font.of(12, false, false));
    byte[] bytes = workbook(styles, book -> {
      SheetWriter sheet = book.sheet("Chữ", SheetLayout.of(20));
      for (String text : AWKWARD) {
        sheet.row().text(0, text, 0).label(1, text, 0);
      }
      sheet.row().text(0, "x".repeat(40_000), 0);
    });
    List<String> expected = AWKWARD.stream().map(t -> t.replace("\uD800", "\uFFFD")).toList();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = read.getSheet("Chữ");
      for (int r = 0; r < expected.size(); r++) {
        assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).as("inline %d", r).isEqualTo(expected.get(r));
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).as("shared %d", r).isEqualTo(expected.get(r));
        assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      }
      String longest = sheet.getRow(expected.size()).getCell(0).getStringCellValue();
      assertThat(longest).hasSize(32_767).endsWith("x…");
    }
    Path file = Files.write(dir.resolve("chu.xlsx"), bytes);
    Map<Integer, List<String>> streamed = SheetRows.read(file).get("Chữ");
    for (int r = 0; r < expected.size(); r++) {
      assertThat(streamed.get(r)).as("streamed %d", r).containsExactly(expected.get(r), expected.get(r));
    }
  }

  @Test
  void layoutMergesFilterFrozenPanesAndPrintSetupAreWhatExcelReads() throws Exception {
    StyleSheet styles = new StyleSheet(Style.Font.of(12, false, false));
    int wrapped = styles.add(Style.of(Style.Font.of(12, true, false)).wrapped().bordered().formatted("0.00 %"));
    byte[] bytes = workbook(styles, book -> {
      SheetWriter sheet = book.sheet("Bảng", SheetLayout.of(10, 20, 5).frozen(2, 1).repeating(1).portrait()
          .withFooter("&C&P/&N"));
      sheet.row().merged(0, 2, "Tiêu đề gộp ba cột", 0);
      sheet.row().number(0, 7, 0).number(1, new BigDecimal("0.7428"), wrapped).text(2, "x".repeat(30), wrapped);
      sheet.row(5).text(1, "sau ba dòng trống", 0);
      sheet.autoFilter(0, 0, 5, 2);
    });
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = read.getSheet("Bảng");
      assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:C1"));
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C6");
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
      assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
      assertThat(sheet.getPrintSetup().getScale()).as("35 characters fit A4 portrait at 100 %").isEqualTo((short) 100);
      assertThat(sheet.getFitToPage()).as("a scale, not a fit that may shrink the text").isFalse();
      assertThat(sheet.getFooter().getCenter()).isEqualTo("&P/&N");
      assertThat(sheet.getColumnWidth(1)).isEqualTo(20 * 256);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.7428);
      assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00 %");
      assertThat(sheet.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(1).getHeightInPoints()).as("30 characters wrapped in a 5-character column")
          .isEqualTo(6 * 15.5f);
      assertThat(sheet.getRow(2) == null).as("rows left empty are not written").isTrue();
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("sau ba dòng trống");
      assertThat(read.getName("_xlnm._FilterDatabase")).isNotNull();
    }
  }

  @Test
  void aSheetWrittenFirstCanStandLaterInTheWorkbook() throws Exception {
    StyleSheet styles = new StyleSheet(Style.Font.of(12, false, false));
    byte[] bytes = workbook(styles, book -> {
      SheetWriter grid = book.sheet("Lưới", SheetLayout.of(8).repeating(1), false, 2);
      grid.row().text(0, "lưới", 0);
      grid.autoFilter(0, 0, 0, 0);
      book.sheet("Tóm tắt", SheetLayout.of(8), false, 0).row().text(0, "đầu", 0);
      book.sheet("Hình", SheetLayout.of(8), false, 1).row().text(0, "giữa", 0);
    });
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2)))
          .containsExactly("Tóm tắt", "Hình", "Lưới");
      assertThat(read.getSheetAt(0).isSelected()).isTrue();
      assertThat(read.getSheetAt(2).isSelected()).isFalse();
      assertThat(read.getSheetAt(2).getRepeatingRows()).as("names follow the sheets' places")
          .isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(read.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("lưới");
    }
  }

  @Test
  void theSameCallsGiveTheSameBytes() throws Exception {
    Body body = book -> book.sheet("A", SheetLayout.of(8)).row().text(0, "một", 0).number(1, 2, 0);
    assertThat(workbook(new StyleSheet(Style.Font.of(12, false, false)), body))
        .isEqualTo(workbook(new StyleSheet(Style.Font.of(12, false, false)), body));
  }

  @Test
  void whatExcelCannotHoldIsRefusedBeforeItIsWritten() throws Exception {
    XlsxWriter book = new XlsxWriter(new ByteArrayOutputStream(), new StyleSheet(Style.Font.of(12, false, false)),
        "test", LocalDate.of(2026, 1, 10));
    assertThatThrownBy(() -> book.sheet("a/b", SheetLayout.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> book.sheet("x".repeat(32), SheetLayout.of())).isInstanceOf(IllegalArgumentException.class);
    SheetWriter sheet = book.sheet("Một", SheetLayout.of());
    assertThatThrownBy(() -> book.sheet("một", SheetLayout.of())).isInstanceOf(IllegalArgumentException.class);
    sheet.row(3).text(2, "c", 0);
    assertThatThrownBy(() -> sheet.text(1, "b", 0)).as("columns in order").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.row(2)).as("rows in order").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.row(1_048_576)).as("Excel's last row is 1,048,576")
        .isInstanceOf(IllegalArgumentException.class);
    sheet.row(1_048_575).text(16_383, "XFD1048576", 0);
    assertThatThrownBy(() -> sheet.text(16_384, "past XFD", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  interface Body {
    void write(XlsxWriter book) throws Exception;
  }

  private static byte[] workbook(StyleSheet styles, Body body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter book = new XlsxWriter(out, styles, "dvht test", LocalDate.of(2026, 1, 10));
    body.write(book);
    book.finish();
    return out.toByteArray();
  }

  @Test
  void wideSheetsPrintAtEightyPercentAndKeptRowsStartAPageTogether() throws Exception {
    byte[] bytes = workbook(new StyleSheet(Style.Font.of(12, false, false)), book -> {
      double[] widths = new double[30];
      java.util.Arrays.fill(widths, 12);
      SheetWriter sheet = book.sheet("Rộng", SheetLayout.of(widths).repeating(2, 1).repeatingColumns(3));
      for (int r = 0; r < 12; r++) {
        sheet.row(r).height(60).text(0, "dòng " + r, 0);
      }
      // 60 pt rows at 80 %: nine fit the first page, row 9 would not; kept with it, row 8 starts page 2.
      sheet.keepTogether(8, 10);
    });
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = read.getSheet("Rộng");
      assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) SheetLayout.MIN_SCALE);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
      assertThat(sheet.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:C"));
      assertThat(sheet.getRowBreaks()).as("POI names a break by the last row above it").containsExactly(7);
    }
  }

  /**
   * The end of a TT 22 summary (sample 002): a criterion's title kept with its first indicator, 294.5 pt
   * tall, which starts the last three table rows kept with the score, the signatures and the stamp.
   * Together they are taller than a page; pulling the break up to each kept range's first row in turn
   * gave breaks on three consecutive rows, a page of one row and a page of only the title. The run is
   * broken inside instead, where the rest fits on one page: the signatures keep table rows above them.
   */
  @Test
  void aKeptRunTallerThanAPageBreaksInsideItNotOnConsecutiveRows() throws Exception {
    keptRunPrintsWithoutLonelyPages(46.5, 294.5);
    // Sample 004 in English: the criterion's title starts page 2, the tail run would have left it alone.
    keptRunPrintsWithoutLonelyPages(31, 279);
  }

  /** The summary's tail with the last level-2 row and the tall indicator of the given heights. */
  private static void keptRunPrintsWithoutLonelyPages(double lastOfTc2, double tallIndicator) throws Exception {
    double[] heights = new double[37];
    java.util.Arrays.fill(heights, SheetWriter.DEFAULT_HEIGHT);
    double[][] tall = {{14, 46.5}, {15, 46.5}, {16, 77.5}, {18, 46.5}, {19, 62}, {20, 62}, {21, lastOfTc2},
        {23, tallIndicator}, {24, 46.5}, {25, 46.5}, {28, 31}, {36, 31}};
    for (double[] t : tall) {
      heights[(int) t[0]] = t[1];
    }
    List<Integer> headings = List.of(11, 13, 17, 22);
    List<Integer> tableRows = List.of(14, 15, 16, 18, 19, 20, 21, 23, 24, 25);
    byte[] bytes = workbook(new StyleSheet(Style.Font.of(12, false, false)), book -> {
      double[] widths = new double[11];
      java.util.Arrays.fill(widths, 14);
      SheetWriter sheet = book.sheet("Tổng hợp", SheetLayout.of(widths).repeating(12, 1));
      for (int r = 0; r < heights.length; r++) {
        String kind = headings.contains(r) ? "heading" : tableRows.contains(r) ? "table" : r == 30 ? "signatures" : "";
        sheet.row(r).height(heights[r]).text(0, kind, 0);
      }
      sheet.keepTogether(9, 14);
      sheet.keepTogether(13, 14);
      sheet.keepTogether(17, 18);
      sheet.keepTogether(22, 23);
      sheet.keepTogether(23, 36);
    });
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      // POI names a break by the last row above it: the page starts on the next row.
      List<Integer> starts = new java.util.ArrayList<>(List.of(0));
      for (int b : read.getSheet("Tổng hợp").getRowBreaks()) {
        starts.add(b + 1);
      }
      starts.add(heights.length);
      assertThat(starts).as("pages start on rows %s", starts).hasSizeGreaterThan(2);
      for (int p = 0; p + 1 < starts.size(); p++) {
        List<Integer> rows = java.util.stream.IntStream.range(starts.get(p), starts.get(p + 1)).boxed().toList();
        assertThat(rows).as("page %d: rows %s", p + 1, rows).hasSizeGreaterThan(1)
            .anyMatch(tableRows::contains);
        if (rows.contains(30)) {
          assertThat(rows).as("the signatures' page").anyMatch(tableRows::contains);
        }
      }
      assertThat(starts).as("the title of the last criterion is not parted from its indicator").doesNotContain(23);
      for (int p = 1; p < starts.size(); p++) {
        assertThat(starts.get(p) - starts.get(p - 1)).as("pages starting on rows %s", starts).isGreaterThan(1);
      }
    }
  }
}
