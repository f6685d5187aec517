package vn.dvht.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Builds the example request letter {@code rulesets/provinces/mau-so-5.docx} that the example
 * province ruleset names as {@code report.letter}: a "Mẫu số 5"-like TỜ TRÌNH (Nghị định 30/2020
 * layout) with its own header and footer. It is an example made for dvht's tests and docs, not a real
 * province's form. Run {@code main} to write it again after a change; {@code ProvinceTemplateTest} checks
 * the checked-in file is what this builds.
 */
public final class MauSo5Template {
  public static final Path FILE = Path.of("..", "rulesets", "provinces", "mau-so-5.docx");

  private MauSo5Template() {}

  public static void main(String[] args) throws IOException {
    Files.write(FILE, build());
  }

  public static byte[] build() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      MauSo4Template.page(doc);
      MauSo4Template.run(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "Mẫu số 5", 11, false, true)
          .getParagraph().setAlignment(ParagraphAlignment.RIGHT);
      XWPFRun stamp = MauSo4Template.run(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(),
          "{{thong_tin_kiem_tra}}", 7, false, false);
      stamp.setColor("808080");
      MauSo4Template.nationalHeader(doc, "Số: ……/TTr-……");
      MauSo4Template.centered(doc, "TỜ TRÌNH", 14, true).setSpacingBefore(360);
      MauSo4Template.centered(doc, "Đề nghị công nhận \"Đơn vị học tập\" {{cap_cong_nhan}} năm {{nam_danh_gia}}",
          14, true);
      MauSo4Template.centered(doc, "Kính gửi: {{noi_nhan_ho_so}}", 14, false);
      MauSo4Template.body(doc, "{{can_cu}}");
      MauSo4Template.body(doc, "Căn cứ kết quả tự đánh giá năm {{nam_danh_gia}}, {{ten_don_vi}} đạt {{muc_de_nghi}} "
          + "({{ket_qua_de_nghi}}).");
      MauSo4Template.body(doc, "{{ten_don_vi}} kính đề nghị {{noi_nhan_ho_so}} thẩm định, trình "
          + "{{nguoi_cong_nhan}} xem xét, công nhận đơn vị đạt \"Đơn vị học tập\" {{cap_cong_nhan}}, "
          + "{{muc_de_nghi}} năm {{nam_danh_gia}}.");
      MauSo4Template.body(doc, "Hồ sơ kèm theo gồm: Báo cáo kết quả tự đánh giá (Mẫu số 4); Bản tổng hợp kết quả "
          + "đánh giá các tiêu chí, chỉ tiêu.");
      MauSo4Template.signature(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }
}
