package vn.dvht.report;

import static vn.dvht.report.MauSo4Template.body;
import static vn.dvht.report.MauSo4Template.cellLine;
import static vn.dvht.report.MauSo4Template.centered;
import static vn.dvht.report.MauSo4Template.fill;
import static vn.dvht.report.MauSo4Template.layoutTable;
import static vn.dvht.report.MauSo4Template.run;
import static vn.dvht.report.MauSo4Template.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Builds the example office forms {@code rulesets/provinces/mau-quyet-dinh.docx} (a draft recognition
 * decision with its list of units by level, a level row followed by a unit row) and {@code mau-tra-loi.docx}
 * (the answer to a unit not recognised, filled once per unit, its reasons a repeated row) that {@code
 * vi-du-mau-phong.yaml} names under {@code report.office}. They are examples made for dvht's tests and docs,
 * not a real province's forms. Run {@code main} to write them again; {@code OfficeProvinceFormTest} checks the
 * checked-in files are what this builds.
 */
public final class OfficeFormTemplates {
  public static final Path DECISION = Path.of("..", "rulesets", "provinces", "mau-quyet-dinh.docx");
  public static final Path ANSWER = Path.of("..", "rulesets", "provinces", "mau-tra-loi.docx");

  private OfficeFormTemplates() {}

  public static void main(String[] args) throws IOException {
    Files.write(DECISION, decision());
    Files.write(ANSWER, answer());
  }

  /** The draft decision: the articles dvht words, then the list by level on a page of its own. */
  public static byte[] decision() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      MauSo4Template.page(doc);
      stamp(doc, "Mẫu QĐ-ĐVHT");
      header(doc, "{{co_quan_chu_quan}}", "", "Số: ……/QĐ-UBND");
      centered(doc, "DỰ THẢO", 12, true).setAlignment(ParagraphAlignment.RIGHT);
      centered(doc, "QUYẾT ĐỊNH", 14, true).setSpacingBefore(240);
      centered(doc, "{{trich_yeu}}", 14, true);
      centered(doc, "{{tham_quyen}}", 14, true);
      body(doc, "{{can_cu}}");
      centered(doc, "QUYẾT ĐỊNH:", 14, true);
      lead(doc, "Điều 1. ", "{{dieu_1}}");
      lead(doc, "Điều 2. ", "{{dieu_2}}");
      lead(doc, "Điều 3. ", "{{dieu_3}}");
      signature(doc, "CHỦ TỊCH", "{{chu_tich_ubnd}}");
      centered(doc, "DANH SÁCH", 14, true).setPageBreak(true);
      centered(doc, "{{danh_sach_tieu_de}}", 14, true);
      run(centered(doc, "", 13, false), "{{kem_theo}}", 13, false, true);
      XWPFTable list = doc.createTable(3, 4);
      widths(list, new double[] {0.1, 0.5, 0.2, 0.2});
      fill(list.getRow(0), new String[] {"STT", "Tên đơn vị", "Mức độ", "Thời hạn công nhận đến"}, true);
      XWPFTableCell band = list.getRow(1).getCell(0);
      band.getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(4));
      for (int i = 3; i > 0; i--) {
        list.getRow(1).removeCell(i);
      }
      run(band.getParagraphs().get(0), "{{nhom_tieu_de}}", 13, true, false);
      fill(list.getRow(2), new String[] {"{{danh_sach_stt}}", "{{danh_sach_ten}}", "{{danh_sach_muc_do}}",
          "{{danh_sach_thoi_han}}"}, false);
      run(centered(doc, "", 13, false), "{{tong_so}}", 13, false, true);
      return bytes(doc);
    }
  }

  /** The answer: one letter per unit, its reasons in a table, the evidence sentence kept only when it applies. */
  public static byte[] answer() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      MauSo4Template.page(doc);
      stamp(doc, "Mẫu TL-ĐVHT");
      header(doc, "{{co_quan_chu_quan}}", "{{co_quan}}", "{{so_van_ban}}");
      run(cellLine(doc.getTables().get(0).getRow(0).getCell(0), 3), "{{v_v}}", 12, false, false);
      centered(doc, "Kính gửi: {{ten_don_vi}}", 14, false).setSpacingBefore(240);
      body(doc, "{{mo_dau}}");
      body(doc, "{{ket_luan}}");
      XWPFTable reasons = doc.createTable(2, 2);
      widths(reasons, new double[] {0.1, 0.9});
      fill(reasons.getRow(0), new String[] {"STT", "Chỉ tiêu chưa đạt và số liệu"}, true);
      fill(reasons.getRow(1), new String[] {"{{ly_do_stt}}", "{{ly_do_noi_dung}}"}, false);
      body(doc, "{{neu_thieu_minh_chung}}{{minh_chung}}").setSpacingBefore(120);
      body(doc, "{{neu_cong_nhan_muc_khac}}{{muc_khac}}");
      body(doc, "{{de_nghi}}");
      signature(doc, "{{chuc_vu_nguoi_ky}}", "{{nguoi_ky}}");
      return bytes(doc);
    }
  }

  private static void stamp(XWPFDocument doc, String name) {
    run(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), name, 11, false, true).getParagraph()
        .setAlignment(ParagraphAlignment.RIGHT);
    XWPFRun stamp = run(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), "{{thong_tin_kiem_tra}}", 7,
        false, false);
    stamp.setColor("808080");
  }

  /** The Decree 30 header: the issuing body on the left, the national motto and place and date on the right. */
  private static void header(XWPFDocument doc, String parent, String body, String number) {
    XWPFTable table = layoutTable(doc, 2, 0.42);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(cellLine(left, 0), parent, 12, body.isEmpty(), false).setCapitalized(true);
    run(cellLine(left, 1), body, 12, true, false).setCapitalized(true);
    run(cellLine(left, 2), number, 13, false, false);
    run(cellLine(right, 0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    run(cellLine(right, 1), "Độc lập - Tự do - Hạnh phúc", 13, true, false).setUnderline(UnderlinePatterns.SINGLE);
    run(cellLine(right, 2), "{{dia_danh_ngay}}", 14, false, true);
  }

  private static void lead(XWPFDocument doc, String label, String text) {
    var p = body(doc, "");
    p.getRuns().get(0).setText(label, 0);
    p.getRuns().get(0).setBold(true);
    run(p, text, 14, false, false);
  }

  private static void signature(XWPFDocument doc, String title, String name) {
    XWPFTable table = layoutTable(doc, 2, 0.45);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
    run(left.addParagraph(), "- Như trên;", 11, false, false);
    run(left.addParagraph(), "- Lưu: VT.", 11, false, false);
    run(cellLine(right, 0), title, 13, true, false).setCapitalized(true);
    for (int i = 1; i < 5; i++) {
      cellLine(right, i);
    }
    run(cellLine(right, 5), name, 13, true, false);
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
