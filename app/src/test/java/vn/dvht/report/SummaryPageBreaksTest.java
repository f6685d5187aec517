package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * Sheet "Tổng hợp" repeats its table header at the top of every page after the first. A page that began
 * with a level's table (its title, then its own header) would show the header twice, one under the other;
 * so no planned page starts with a level's title or the empty row above it. Sample 003 is printed with
 * ever longer evidence for its last level-1 row, which walks the level-2 table down the page until it
 * would start a new one.
 */
class SummaryPageBreaksTest {
  static final Path LY_NHAN = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");

  /** Sample 003 with the evidence of TC3.CT4 (the last level-1 row that applies) {@code words} words long. */
  static Path padded(Path dir, int words) throws Exception {
    Path file = dir.resolve("003-thpt-ly-nhan-" + words + ".xlsx");
    try (InputStream in = Files.newInputStream(LY_NHAN); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet unit = book.getSheet("Đơn vị");
      for (Row row : unit) {
        Cell key = row.getCell(0);
        if (key != null && key.getStringCellValue().strip().equals("TC3.CT4")) {
          row.createCell(2).setCellValue("Kết quả đánh giá chuyển đổi số theo QĐ 4725" + " minh chứng".repeat(words));
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  @Test
  void noPageStartsWithALevelTable(@TempDir Path dir) throws Exception {
    int nearLevel2 = 0;
    for (int words = 0; words <= 120; words += 6) {
      Path input = padded(dir, words);
      Path out = dir.resolve("out-" + words);
      CliRun run = CliRun.of("evaluate", input.toString(), "--ruleset", "tt24", "--date", "2026-01-10", "--out",
          out.toString());
      assertThat(run.code()).as(run.err()).isZero();
      try (InputStream in = Files.newInputStream(out.resolve(input.getFileName().toString()
          .replace(".xlsx", "-ket-qua.xlsx"))); XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheet("Tổng hợp");
        List<Integer> titles = levelTitles(sheet);
        assertThat(titles).as("level titles").hasSize(2);
        // POI names a break by the last row above it: the page starts on the next row.
        for (int last : sheet.getRowBreaks()) {
          int first = last + 1;
          for (int title : titles) {
            assertThat(first).as("%d words: a page starts at row %d, the level title is at %d", words, first + 1,
                title + 1).isNotIn(title, title - 1);
            if (title - first >= 0 && title - first <= 6) {
              nearLevel2++;
            }
          }
        }
      }
    }
    assertThat(nearLevel2).as("variants whose page break fell just above the level-2 table").isPositive();
  }

  /** Rows (from 0) whose first cell is a level's title: "MỨC ĐỘ 1: ĐẠT", …. */
  private static List<Integer> levelTitles(Sheet sheet) {
    List<Integer> rows = new ArrayList<>();
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && cell.getStringCellValue().startsWith("MỨC ĐỘ ")) {
        rows.add(row.getRowNum());
      }
    }
    return rows;
  }
}
