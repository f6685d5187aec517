package vn.dvht.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small unit workbooks for input tests: a member sheet from rows of text and a unit sheet
 * ("Đơn vị") from key/value pairs. {@code Workbooks.members("Họ và tên", "Kỷ luật lao động")
 * .row("An", "Có").unit("Cấp", "huyện").write(dir.resolve("a.xlsx"))}.
 */
public final class Workbooks {
  private final List<List<Object>> members = new ArrayList<>();
  private final List<String[]> unit = new ArrayList<>();
  private String membersSheet = "Thành viên";

  private Workbooks() {}

  /** A member sheet whose first row holds these headers. */
  public static Workbooks members(String... headers) {
    Workbooks w = new Workbooks();
    w.members.add(List.of((Object[]) headers));
    return w;
  }

  /**
   * The unit sheet of a district state agency assessed in 2025, every TT 24 unit fact "Có" with its
   * evidence (an empty "Minh chứng" is "Không đạt", Điều 9 khoản 3).
   */
  public Workbooks agency() {
    unit("Tên đơn vị", "Cơ quan thử").unit("Cấp", "huyện").unit("Loại đơn vị", "Cơ quan nhà nước")
        .unit("Năm đánh giá", "2025");
    for (String id : List.of("TC1.CT1", "TC1.CT2", "TC1.CT3", "TC1.CT4", "TC1.CT5", "TC3.CT2")) {
      unit(id, "Có", "Văn bản số 1/" + id);
    }
    return unit("TC3.CT3", "Tập thể lao động tiên tiến", "Quyết định khen thưởng số 2");
  }

  /** A row of cells; a {@link Number} becomes a numeric cell, anything else text. */
  public Workbooks row(Object... cells) {
    members.add(List.of(cells));
    return this;
  }

  public Workbooks unit(String key, String value) {
    return unit(key, value, "");
  }

  /** A unit-sheet row with its "Minh chứng". */
  public Workbooks unit(String key, String value, String evidence) {
    unit.add(new String[] {key, value, evidence});
    return this;
  }

  public Workbooks sheetName(String name) {
    membersSheet = name;
    return this;
  }

  public Path write(Path file) throws IOException {
    try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet(membersSheet);
      for (int r = 0; r < members.size(); r++) {
        cells(sheet.createRow(r), members.get(r));
      }
      if (!unit.isEmpty()) {
        Sheet units = workbook.createSheet("Đơn vị");
        cells(units.createRow(0), List.of("Mục", "Giá trị", "Minh chứng"));
        for (int r = 0; r < unit.size(); r++) {
          cells(units.createRow(r + 1), List.of((Object[]) unit.get(r)));
        }
      }
      workbook.write(out);
    }
    return file;
  }

  private static void cells(Row row, List<Object> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (value != null && !value.toString().isEmpty()) {
        row.createCell(c).setCellValue(value.toString());
      }
    }
  }
}
