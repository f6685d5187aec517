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
      assertThat(streamed).hasSize(60_001).isEqualTo(reader.read(sheet).rows());
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
