package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.ReportTemplateTest.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.ReportLayout;
import vn.dvht.testing.CliRun;

/**
 * {@code report: {office: …}}: the office's forms checked by {@code ruleset check} as {@code tham-dinh} will fill
 * them — each its own document's fields, the answer's as a letter repeated per unit — every problem at the line
 * naming the form, the document named in words.
 */
class OfficeFormCheckTest {
  @TempDir Path dir;

  @Test
  void goodFormsAreLoadedForTheirDocumentsBesideDvhtsOwnReport() throws Exception {
    Files.write(dir.resolve("qd.docx"), docx(doc -> {
      doc.createParagraph().createRun().setText("{{dieu_1}}");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("{{nhom_tieu_de}}");
      table.getRow(1).getCell(0).setText("{{danh_sach_stt}}");
      table.getRow(1).getCell(1).setText("{{danh_sach_ten}}");
    }));
    ReportLayout layout = new RulesetLoader().load(office("decision: qd.docx")).ruleset().report();
    assertThat(layout).isInstanceOf(ReportLayout.BuiltIn.class);
    assertThat(layout.office().form(OfficeDocument.DECISION)).hasValueSatisfying(f -> assertThat(f.fields())
        .containsExactly("dieu_1", "nhom_tieu_de", "danh_sach_stt", "danh_sach_ten"));
    assertThat(layout.office().form(OfficeDocument.ANSWER)).isEmpty();
  }

  @Test
  void aFieldOfAnotherDocumentIsNamedWithTheDocumentItBelongsTo() throws Exception {
    Files.write(dir.resolve("qd.docx"), docx(doc -> {
      doc.createParagraph().createRun().setText("{{ly_do}} {{ten_don_vi}} {{dieu_l}}");
      doc.createParagraph().createRun().setText("{{danh_sach_ten}}");
    }));
    CliRun run = CliRun.of("ruleset", "check", office("decision: qd.docx").toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out() + run.err())
        .contains("con.yaml:7:15: lỗi[R026]: mẫu dự thảo quyết định \"qd.docx\": trường {{ly_do}} ở đoạn văn thứ 1 "
            + "(ngoài bảng) không dùng được trong mẫu này; đó là trường của mẫu văn bản trả lời")
        .contains("trường {{dieu_l}} ở đoạn văn thứ 1 (ngoài bảng) không có trong danh sách các trường")
        .contains("trường {{danh_sach_ten}} ở đoạn văn thứ 2 (ngoài bảng) chỉ dùng được trong một hàng của bảng")
        .doesNotContain("Exception");
  }

  @Test
  void theAnswerKeepsAUnitsFieldsOutOfTheSharedHeaderAndHoldsNoRemoteLink() throws Exception {
    Files.write(dir.resolve("tl.docx"), docx(doc -> {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{ten_don_vi}} {{co_quan}}");
      doc.createParagraph().createHyperlinkRun("https://example.org/").setText("{{ket_luan}}");
    }));
    CliRun run = CliRun.of("ruleset", "check", office("answer: tl.docx").toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out() + run.err())
        .contains("lỗi[R026]: mẫu văn bản trả lời \"tl.docx\": trường {{ten_don_vi}} ở ")
        .contains("là của từng đơn vị, nhưng đầu trang, chân trang dùng chung cho mọi văn bản trả lời trong tệp")
        .contains("lỗi[R040]: mẫu văn bản trả lời \"tl.docx\": ở đoạn văn thứ 1 (ngoài bảng) có liên kết tới tệp hay "
            + "địa chỉ bên ngoài")
        .doesNotContain("{{co_quan}} ở", "Exception");
  }

  @Test
  void aMissingFormAndAnUnknownDocumentAreErrorsAtTheirLines() throws Exception {
    CliRun run = CliRun.of("ruleset", "check", office("appraisal: khong-co.docx\n    quyet_dinh: x.docx").toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out() + run.err())
        .contains("con.yaml:7:16: lỗi[R025]: không tìm thấy mẫu báo cáo thẩm định \"khong-co.docx\"")
        .contains("con.yaml:8:5: lỗi");
  }

  private Path office(String entries) throws Exception {
    return Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  office:\n    " + entries + "\n");
  }
}
