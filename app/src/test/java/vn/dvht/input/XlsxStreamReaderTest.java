package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.bench.Generate;

/** The lean streaming reader gives exactly the rows POI's usermodel gives. */
class XlsxStreamReaderTest {

  @Test
  void everySampleReadsTheSameAsWithPoi() throws Exception {
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
        assertSame(sample);
      }
    }
  }

  @Test
  void sparseCellsFormulasDatesBooleansAndLongTextReadTheSame(@TempDir Path dir) throws Exception {
    for (boolean date1904 : new boolean[] {false, true}) {
      Path file = dir.resolve("kho-" + date1904 + ".xlsx");
      try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
        var ct = workbook.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
        XSSFSheet sheet = workbook.createSheet("Thành viên");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row a = sheet.createRow(0);
        a.createCell(0).setCellValue("Họ và tên");
        a.createCell(3).setCellValue(12.0);
        a.createCell(4).setCellValue(12.5);
        a.createCell(6).setCellValue(true);
        Row b = sheet.createRow(4);
        b.createCell(1).setCellFormula("\"Có\"&\"\"");
        b.createCell(2).setCellFormula("1+2");
        b.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
        b.getCell(3).setCellStyle(dateStyle);
        b.createCell(5).setCellFormula("1/0");
        b.createCell(7).setCellValue("x".repeat(32_767));
        b.createCell(9).setCellStyle(dateStyle);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        workbook.write(out);
      }
      assertSame(file);
    }
  }

  @Test
  void aLargeSheetStreamedOnTwoThreadsGivesTheRowsOfAWholeRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lon.xlsx");
    Generate.unit(file, 60_000, false);
    try (XlsxStreamReader reader = XlsxStreamReader.open(file, ReadOptions.DEFAULT)) {
      String sheet = reader.sheetNames().get(0);
      List<RawRow> streamed = new ArrayList<>();
      reader.stream(sheet).forEach((row, hidden) -> streamed.add(row));
      assertThat(streamed).hasSize(60_001).isEqualTo(reader.read(sheet, Integer.MAX_VALUE).rows());
    }
  }

  /**
   * Excel's {@code _xHHHH_} escapes (a control character XML cannot hold, {@code _x005F_} for a literal
   * underscore) decode as POI decodes them, in shared strings (also across rich-text runs, phonetic runs
   * left out), inline strings and formula results; near misses stay as written.
   */
  @Test
  void escapedCharactersDecodeAsWithPoi(@TempDir Path dir) throws Exception {
    String[] texts = {"Có_x000B_", "_x001B_[31mĐỏ", "a_x005F_x0041_b", "_x005f_x005F_", "_x00G1_ _x0041 _X0041_ _x0041_",
        "_x200B_Có", "x_x00e9_y", "__x0041__", "_x_x0041_", "_x0000_"};
    String[] shared = new String[texts.length + 2];
    for (int i = 0; i < texts.length; i++) {
      shared[i] = "<t xml:space=\"preserve\">" + texts[i] + "</t>";
    }
    shared[texts.length] = "<r><t>Nguy_x00</t></r><r><t>1B_ễn</t></r><rPh sb=\"0\" eb=\"1\"><t>_x0041_</t></rPh>";
    shared[texts.length + 1] = "<r><t>A_x0009_</t></r><r><t>B</t></r>";
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < shared.length; i++) {
      String inline = i < texts.length ? texts[i] : "x";
      rows.add(List.of(MiniXlsx.RAW + "<c r=\"@\" t=\"s\"><v>" + i + "</v></c>",
          MiniXlsx.RAW + "<c r=\"@\" t=\"inlineStr\"><is><t>" + inline + "</t></is></c>",
          MiniXlsx.RAW + "<c r=\"@\" t=\"str\"><f>\"x\"</f><v>" + inline + "</v></c>"));
    }
    Path file = dir.resolve("escapes.xlsx");
    Files.write(file, new MiniXlsx().sheet("Thành viên", rows).sharedStrings(shared).bytes());
    assertSame(file);
    try (XlsxStreamReader lean = XlsxStreamReader.open(file, ReadOptions.DEFAULT)) {
      List<RawRow> read = lean.read("Thành viên").rows();
      assertThat(read.get(0).cells().get(0)).isEqualTo("Có\u000B");
      assertThat(read.get(2).cells()).containsOnly("a_x0041_b");
      assertThat(read.get(texts.length).cells().get(0)).isEqualTo("Nguy\u001Bễn");
    }
  }

  /** The two noncharacters that mark formula cells cannot come from an escape: _xFFFF_ is no formula left uncalculated. */
  @Test
  void escapedNoncharactersAreNotFormulaMarks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("marks.xlsx");
    Files.write(file, new MiniXlsx().sheet("Thành viên", List.of(List.of(
        MiniXlsx.RAW + "<c r=\"@\" t=\"inlineStr\"><is><t>_xFFFF_=1</t></is></c>",
        MiniXlsx.RAW + "<c r=\"@\" t=\"inlineStr\"><is><t>_xFFFE_#REF!</t></is></c>"))).bytes());
    for (SheetSource source : new SheetSource[] {XlsxStreamReader.open(file, ReadOptions.DEFAULT),
        WorkbookReader.open(file)}) {
      try (source) {
        List<String> cells = source.read("Thành viên").rows().get(0).cells();
        assertThat(cells).containsExactly("\uFFFD=1", "\uFFFD#REF!");
        assertThat(cells).noneMatch(RawRow::isUnusable);
      }
    }
  }

  private static void assertSame(Path file) throws Exception {
    try (WorkbookReader poi = WorkbookReader.open(file); XlsxStreamReader lean = XlsxStreamReader.open(file,
        ReadOptions.DEFAULT)) {
      assertThat(lean.sheetNames()).isEqualTo(poi.sheetNames());
      for (String sheet : poi.sheetNames()) {
        RawSheet expected = poi.read(sheet);
        RawSheet actual = lean.read(sheet);
        assertThat(actual.rows()).as("%s / %s", file.getFileName(), sheet).isEqualTo(expected.rows());
        assertThat(actual.hiddenRows()).isEqualTo(expected.hiddenRows());
      }
    }
  }
}
