package vn.dvht.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Builds the example province template {@code rulesets/provinces/mau-so-4.docx}, laid out like the
 * "Mẫu số 4" report forms provinces issue: the header block, the title, a criteria table whose
 * criterion and indicator rows repeat (with the note on inferred thresholds kept only when one is
 * shown), a levels table, the conclusion, the request (kept only when the unit may ask for a level)
 * and the signature. One
 * placeholder is split into three runs of different formatting, as Word leaves it after editing.
 * {@link MauSo5Template} builds the request letter from the same pieces. Run {@code main} to write it again after a change; {@code ProvinceTemplateTest} checks the checked-in
 * file is what this builds.
 */
public final class MauSo4Template {
  public static final Path FILE = Path.of("..", "rulesets", "provinces", "mau-so-4.docx");
  private static final String FONT = "Times New Roman";
  /** Text width of an A4 page with 30 mm left and 15 mm right margins, in twips. */
  private static final int WIDTH = 9354;

  private MauSo4Template() {}

  public static void main(String[] args) throws IOException {
    Files.write(FILE, build());
  }

  public static byte[] build() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      run(header.createParagraph(), "Mẫu số 4", 11, false, true).getParagraph().setAlignment(ParagraphAlignment.RIGHT);
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      XWPFRun stamp = run(footer.createParagraph(), "{{thong_tin_kiem_tra}}", 7, false, false);
      stamp.setColor("808080");
      nationalHeader(doc, "Số: ……/BC-……");
      centered(doc, "BÁO CÁO", 14, true).setSpacingBefore(360);
      centered(doc, "Kết quả tự đánh giá, công nhận \"Đơn vị học tập\" {{cap_cong_nhan}} năm {{nam_danh_gia}}", 14, true);
      centered(doc, "Kính gửi: {{noi_nhan_ho_so}}", 14, false);
      heading(doc, "I. THÔNG TIN CHUNG");
      XWPFParagraph name = body(doc, "1. Tên đơn vị: ");
      // As Word leaves a placeholder typed in two goes and partly made bold: three runs, three looks.
      run(name, "{{ten_", 14, false, false);
      run(name, "don", 14, true, false);
      run(name, "_vi}}", 14, false, true);
      run(name, ".", 14, false, false);
      body(doc, "2. Loại đơn vị: {{loai_don_vi}}; trực thuộc {{co_quan_chu_quan}}.");
      body(doc, "3. Số người được đánh giá: {{so_nguoi}}.");
      body(doc, "4. Căn cứ đánh giá: {{thong_tu}} ({{bo_tieu_chi}}).");
      heading(doc, "II. KẾT QUẢ TỰ ĐÁNH GIÁ THEO TIÊU CHÍ");
      criteria(doc);
      // Kept only when a threshold of the table is inferred (marked "(*)"), as the built-in report notes it.
      run(doc.createParagraph(), "{{neu_suy_luan}}(*) Ngưỡng suy luận, chưa có văn bản xác nhận.", 12, false, true);
      heading(doc, "III. KẾT QUẢ THEO MỨC ĐỘ");
      levels(doc);
      heading(doc, "IV. KẾT LUẬN VÀ ĐỀ NGHỊ");
      body(doc, "{{ket_luan}}");
      // Kept only when the unit may ask for a level: a unit that reached none asks for nothing.
      body(doc, "{{neu_de_nghi}}Đơn vị đề nghị {{noi_nhan_ho_so}} thẩm định, trình {{nguoi_cong_nhan}} công nhận đơn "
          + "vị đạt \"Đơn vị học tập\" {{cap_cong_nhan}}, {{muc_de_nghi}} năm {{nam_danh_gia}}.");
      signature(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(851));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO); // required by the schema (CT_PageMar)
  }

  static void nationalHeader(XWPFDocument doc, String number) {
    XWPFTable table = layoutTable(doc, 2, 0.42);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(cellLine(left, 0), "{{co_quan_chu_quan}}", 12, false, false).setCapitalized(true);
    run(cellLine(left, 1), "{{ten_don_vi}}", 12, true, false).setCapitalized(true);
    run(cellLine(left, 2), number, 13, false, false);
    run(cellLine(right, 0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    run(cellLine(right, 1), "Độc lập - Tự do - Hạnh phúc", 13, true, false).setUnderline(UnderlinePatterns.SINGLE);
    run(cellLine(right, 2), "{{dia_danh_ngay}}", 14, false, true);
  }

  private static void criteria(XWPFDocument doc) {
    String[] heads = {"Mã", "Tiêu chí, chỉ tiêu", "Ngưỡng", "Kết quả", "Tự đánh giá"};
    // "TC3.CT1b" on one line at 13 pt: the code column is the widest code plus the cell's margins.
    double[] shares = {0.17, 0.39, 0.15, 0.15, 0.14};
    XWPFTable table = doc.createTable(3, heads.length);
    widths(table, shares);
    fill(table.getRow(0), heads, true);
    fill(table.getRow(1), new String[] {"{{tieu_chi_ma}}", "{{tieu_chi_noi_dung}}", "", "{{tieu_chi_ket_qua}}",
        "{{tieu_chi_danh_gia}}"}, true);
    fill(table.getRow(2), new String[] {"{{chi_tieu_ma}}", "{{chi_tieu_noi_dung}}", "{{chi_tieu_nguong}}",
        "{{chi_tieu_ket_qua}}", "{{chi_tieu_danh_gia}}"}, false);
  }

  private static void levels(XWPFDocument doc) {
    XWPFTable table = doc.createTable(2, 3);
    widths(table, new double[] {0.4, 0.35, 0.25});
    fill(table.getRow(0), new String[] {"Mức độ", "Kết quả", "Tự đánh giá"}, true);
    fill(table.getRow(1), new String[] {"{{muc_ten}}", "{{muc_ket_qua}}", "{{muc_danh_gia}}"}, false);
  }

  static void signature(XWPFDocument doc) {
    XWPFTable table = layoutTable(doc, 2, 0.45);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
    run(left.addParagraph(), "- Như trên;", 11, false, false);
    run(left.addParagraph(), "- Lưu: VT.", 11, false, false);
    run(cellLine(right, 0), "{{chuc_vu_nguoi_ky}}", 13, true, false).setCapitalized(true);
    run(cellLine(right, 1), "(Ký, ghi rõ họ tên, đóng dấu)", 13, false, true);
    for (int i = 2; i < 6; i++) {
      cellLine(right, i);
    }
    run(cellLine(right, 6), "{{nguoi_ky}}", 13, true, false);
  }

  /** A borderless one-row table across the text width, the first column taking {@code share} of it. */
  static XWPFTable layoutTable(XWPFDocument doc, int columns, double share) {
    XWPFTable table = doc.createTable(1, columns);
    table.removeBorders();
    widths(table, new double[] {share, 1 - share});
    return table;
  }

  /** Column widths that Word and LibreOffice both keep: a fixed layout, the grid and each cell's width. */
  static void widths(XWPFTable table, double[] shares) {
    table.setWidth(String.valueOf(WIDTH));
    var properties = table.getCTTbl().getTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
        .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    for (double share : shares) {
      grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(WIDTH * share)));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < shares.length; i++) {
        row.getCell(i).setWidth(String.valueOf(Math.round(WIDTH * shares[i])));
      }
    }
  }

  static void fill(XWPFTableRow row, String[] texts, boolean bold) {
    for (int i = 0; i < texts.length; i++) {
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      p.setAlignment(i == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
      if (!texts[i].isEmpty()) {
        run(p, texts[i], 13, bold, false);
      }
    }
  }

  /** The {@code index}-th paragraph of a cell, centred (the first one the cell already has). */
  static XWPFParagraph cellLine(XWPFTableCell cell, int index) {
    XWPFParagraph p = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    return p;
  }

  static XWPFParagraph centered(XWPFDocument doc, String text, int points, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(120);
    run(p, text, points, bold, false);
    return p;
  }

  static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(120);
    p.setSpacingAfter(120);
    run(p, text, 14, true, false);
  }

  static XWPFParagraph body(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingAfter(120);
    run(p, text, 14, false, false);
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(FONT);
    run.setFontSize(points);
    run.setBold(bold);
    run.setItalic(italic);
    return run;
  }
}
