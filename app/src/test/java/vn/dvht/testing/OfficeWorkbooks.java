package vn.dvht.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The education office's own workbooks for tests: its setup with a council of a given size, its register. */
public final class OfficeWorkbooks {
  private static final String[][] COUNCIL = {
    {"Nguyễn Văn Hùng", "Phó Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch", "Cơ quan chuyên môn"},
    {"Trần Thị Lan", "Trưởng phòng Giáo dục thường xuyên, Sở Giáo dục và Đào tạo", "Thư ký", "Cơ quan chuyên môn"},
    {"Lê Minh Tuấn", "Phó Chủ tịch Hội Khuyến học tỉnh", "Ủy viên", "Hội khuyến học"},
    {"Phạm Thu Hà", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Ủy viên", "Tổ chức chính trị - xã hội"},
    {"Hoàng Đức Anh", "Phó Giám đốc Sở Nội vụ", "Ủy viên", "Cơ quan chuyên môn"},
    {"Vũ Thị Mai", "Phó Chủ tịch Liên đoàn Lao động tỉnh", "Ủy viên", "Tổ chức chính trị - xã hội"},
    {"Đặng Quốc Bảo", "Chuyên viên Sở Giáo dục và Đào tạo", "Ủy viên", "Cơ quan chuyên môn"},
    {"Bùi Văn Khoa", "Chuyên viên Sở Giáo dục và Đào tạo", "Ủy viên", "Cơ quan chuyên môn"}};

  private OfficeWorkbooks() {}

  /** The office's workbook with the first {@code members} members of a provincial council. */
  public static Path setup(Path file, int members) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet office = book.createSheet("Cơ quan");
      String[][] items = {{"Mục", "Giá trị"}, {"Tên cơ quan", "Sở Giáo dục và Đào tạo tỉnh Hà Nam"},
        {"Ủy ban nhân dân", "Ủy ban nhân dân tỉnh Hà Nam"}, {"Cấp", "Cấp tỉnh"}, {"Năm đánh giá", "2025"},
        {"Địa danh", "Hà Nam"}, {"Ký hiệu", "SGDĐT"}, {"Chức vụ người ký", "Giám đốc"}, {"Người ký", "Trần Văn Bình"},
        {"Chủ tịch Ủy ban nhân dân", ""}, {"Ngày họp hội đồng", "05/02/2026"}, {"Hình thức thẩm định", "Họp hội đồng"},
        {"Quyết định thành lập hội đồng", "Quyết định số 15/QĐ-SGDĐT ngày 20/01/2026 của Giám đốc Sở Giáo dục và Đào tạo"}};
      rows(office, items);
      Sheet council = book.createSheet("Hội đồng");
      String[][] table = new String[members + 1][];
      table[0] = new String[] {"STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Vai trò", "Thành phần"};
      for (int i = 0; i < members; i++) {
        String[] m = COUNCIL[i];
        table[i + 1] = new String[] {String.valueOf(i + 1), m[0], m[1], m[2], m[3]};
      }
      rows(council, table);
      book.write(out);
    }
    return file;
  }

  /** A register of decisions: each row id, name, type, level, number, date. */
  static Path register(Path file, List<OfficeFixture.Decision> decisions) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Sổ theo dõi");
      String[][] table = new String[decisions.size() + 1][];
      table[0] = new String[] {"STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mức độ", "Số quyết định", "Ngày quyết định"};
      for (int i = 0; i < decisions.size(); i++) {
        OfficeFixture.Decision d = decisions.get(i);
        table[i + 1] = new String[] {String.valueOf(i + 1), d.id(), d.name(), d.type(), "Mức độ " + d.level(), d.number(),
          d.date()};
      }
      rows(sheet, table);
      book.write(out);
    }
    return file;
  }

  static void rows(Sheet sheet, String[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
  }
}
