package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Wording;

/**
 * The blank workbooks an education office fills for {@code dvht tham-dinh}: {@link #council()} — sheet
 * "Cơ quan" (the office, its People's Committee, the level, the year, the council's sitting …), sheet
 * "Hội đồng" (the members, a role list to choose from, an example council of seven) and "Đơn vị trên địa
 * bàn"; {@link #register()} — sheet "Sổ theo dõi" with the register's columns and one example row. The
 * headers and item names are those the readers look for; the examples are marked as such.
 */
public final class OfficeTemplateWriter {
  private static final List<String[]> OFFICE_ITEMS = List.of(
      new String[] {"Tên cơ quan", "Sở Giáo dục và Đào tạo tỉnh …"},
      new String[] {"Ủy ban nhân dân", "Ủy ban nhân dân tỉnh …"},
      new String[] {"Cấp", "Cấp tỉnh"},
      new String[] {"Năm đánh giá", "2025"},
      new String[] {"Địa danh", ""},
      new String[] {"Ký hiệu", "SGDĐT"},
      new String[] {"Chức vụ người ký", "Giám đốc"},
      new String[] {"Người ký", ""},
      new String[] {"Chủ tịch Ủy ban nhân dân", ""},
      new String[] {"Ngày họp hội đồng", ""},
      new String[] {"Hình thức thẩm định", "Họp hội đồng"},
      new String[] {"Quyết định thành lập hội đồng", "Quyết định số …/QĐ-SGDĐT ngày …"});
  private static final List<String[]> EXAMPLE_COUNCIL = List.of(
      new String[] {"Nguyễn Văn A (ví dụ)", "Phó Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch", "Cơ quan chuyên môn"},
      new String[] {"Trần Thị B (ví dụ)", "Trưởng phòng, Sở Giáo dục và Đào tạo", "Phó Chủ tịch", "Cơ quan chuyên môn"},
      new String[] {"Lê Văn C (ví dụ)", "Chuyên viên, Sở Giáo dục và Đào tạo", "Thư ký", "Cơ quan chuyên môn"},
      new String[] {"Phạm Thị D (ví dụ)", "Phó Chủ tịch Hội Khuyến học tỉnh", "Ủy viên", "Hội khuyến học"},
      new String[] {"Hoàng Văn E (ví dụ)", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy viên",
        "Tổ chức chính trị - xã hội"},
      new String[] {"Vũ Thị G (ví dụ)", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Ủy viên", "Tổ chức chính trị - xã hội"},
      new String[] {"Đặng Văn H (ví dụ)", "Phó Giám đốc Sở Nội vụ", "Ủy viên", "Cơ quan chuyên môn"});

  /** The office's workbook: itself, its council, its area's units. */
  public void council(Wording words, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(workbook);
      Sheet office = workbook.createSheet("Cơ quan");
      header(office, styles, "Mục", "Giá trị", "Hướng dẫn");
      for (int i = 0; i < OFFICE_ITEMS.size(); i++) {
        Row row = office.createRow(i + 1);
        row.createCell(0).setCellValue(OFFICE_ITEMS.get(i)[0]);
        row.createCell(1).setCellValue(OFFICE_ITEMS.get(i)[1]);
        row.createCell(2).setCellValue(words.get("office.template.item." + i));
      }
      widths(office, 34, 50, 70);
      Sheet council = workbook.createSheet("Hội đồng");
      header(council, styles, "STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Vai trò", "Thành phần");
      for (int i = 0; i < EXAMPLE_COUNCIL.size(); i++) {
        Row row = council.createRow(i + 1);
        row.createCell(0).setCellValue(i + 1);
        for (int c = 0; c < 4; c++) {
          row.createCell(c + 1).setCellValue(EXAMPLE_COUNCIL.get(i)[c]);
        }
      }
      choices(council, 3, List.of("Chủ tịch", "Phó Chủ tịch", "Thư ký", "Ủy viên"));
      choices(council, 4, List.of("Cơ quan chuyên môn", "Hội khuyến học", "Tổ chức chính trị - xã hội"));
      // Beside the table, not under it: a row below would be read as a member.
      council.getRow(1).createCell(6).setCellValue(words.get("office.template.councilNote"));
      widths(council, 6, 30, 50, 16, 28, 4, 60);
      Sheet area = workbook.createSheet("Đơn vị trên địa bàn");
      header(area, styles, "STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị");
      area.createRow(1).createCell(5).setCellValue(words.get("office.template.areaNote"));
      widths(area, 6, 14, 50, 30, 4, 60);
      workbook.write(out);
    }
  }

  /** The register, with its columns and an example row to replace. */
  public void register(Wording words, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(workbook);
      Sheet sheet = workbook.createSheet("Sổ theo dõi");
      header(sheet, styles, RegisterXlsxRenderer.HEADERS);
      String[] example = {"1", "", "Trường THCS … (ví dụ)", "Trường trung học cơ sở", "Mức độ 1", "…/QĐ-UBND",
        "10/02/2024", "2023", "Chủ tịch Ủy ban nhân dân cấp huyện", "Lần đầu", "31/12/2027",
        words.get("office.template.registerNote")};
      Row row = sheet.createRow(1);
      for (int c = 0; c < example.length; c++) {
        row.createCell(c).setCellValue(example[c]);
      }
      choices(sheet, 4, List.of("Mức độ 1", "Mức độ 2"));
      widths(sheet, 6, 12, 36, 26, 10, 16, 14, 10, 30, 14, 14, 50);
      workbook.write(out);
    }
  }

  private static void header(Sheet sheet, XlsxStyles styles, String... titles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      row.createCell(c).setCellValue(titles[c]);
      row.getCell(c).setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  /** A drop-down of {@code values} down column {@code column} (a warning, not a refusal, for other words). */
  private static void choices(Sheet sheet, int column, List<String> values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
        new CellRangeAddressList(1, 500, column, column));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }
}
