package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.ReportTemplateTest.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.Wording;
import vn.dvht.docx.FormException;
import vn.dvht.model.TemplateField;
import vn.dvht.testing.RawDocx;

/**
 * Each kind of form is checked as it will be filled: a unit's report may hold what a letter may not, a field
 * of the other side's forms is named with the forms it belongs to, an office's form is bounded per copy and
 * a unit's report by the size its repeated rows come to, named at the row that makes it so.
 */
class FormKindTest {
  private static final Map<String, Integer> TT24 = FormCheck.items(3, 15, 2);

  @Test
  void aReportMayHoldNumberingThatALetterCannotCarry() throws Exception {
    byte[] numbered = docx(doc -> {
      doc.createParagraph().createRun().setText("{{ten_don_vi}}");
      var list = doc.createParagraph();
      list.createRun().setText("Hồ sơ kèm theo");
      list.setNumID(BigInteger.ONE);
    });
    assertThat(problems(numbered, FormKind.TEMPLATE, TT24)).isEmpty();
    assertThat(problems(numbered, FormKind.LETTER, TT24)).containsExactly("R026 ở đoạn văn thứ 2 (ngoài bảng) có danh "
        + "sách đánh số tự động; dvht chưa ghép được thứ này vào sau báo cáo nên mẫu tờ trình không được có — hãy bỏ đi (đầu "
        + "trang, chân trang chỉ có chữ thì được)");
    byte[] appraisal = docx(doc -> {
      doc.createParagraph().createRun().setText("{{mo_dau}}");
      var list = doc.createParagraph();
      list.createRun().setText("Thành phần");
      list.setNumID(BigInteger.ONE);
    });
    assertThat(problems(appraisal, FormKind.APPRAISAL, TT24)).as("filled once, not appended").isEmpty();
    assertThat(problems(appraisal, FormKind.ANSWER, TT24)).as("filled once per unit").singleElement().asString()
        .startsWith("R026 ở đoạn văn thứ 2 (ngoài bảng) có danh sách đánh số tự động");
  }

  @Test
  void anOfficeFieldInAUnitsReportAndAUnitsFieldInAnOfficeFormAreNamedWithTheirForms() throws Exception {
    byte[] office = RawDocx.body(RawDocx.p("{{ten_don_vi}} {{ly_do}}")).bytes();
    assertThat(problems(office, FormKind.TEMPLATE, TT24)).containsExactly("R026 trường {{ly_do}} ở đoạn văn thứ 1 "
        + "(ngoài bảng) không dùng được trong mẫu này; đó là trường của mẫu văn bản của cơ quan thẩm định (report.office) (xem docs/office.md và docs/rulesets.md)");
    byte[] unit = RawDocx.body(RawDocx.p("{{dieu_1}} {{so_nguoi}}")).bytes();
    assertThat(problems(unit, FormKind.DECISION, TT24)).containsExactly("R026 trường {{so_nguoi}} ở đoạn văn thứ 1 "
        + "(ngoài bảng) không dùng được trong mẫu này; đó là trường của mẫu báo cáo của đơn vị (report.template) (xem docs/office.md và docs/rulesets.md)");
  }

  @Test
  void onlyAUnitsFormIsToldTheThresholdsFieldsNewName() throws Exception {
    byte[] old = RawDocx.body(RawDocx.p("{{chi_tieu_yeu_cau}}")).bytes();
    assertThat(problems(old, FormKind.TEMPLATE, TT24)).containsExactly("R026 trường {{chi_tieu_yeu_cau}} ở đoạn văn "
        + "thứ 1 (ngoài bảng) không có trong danh sách các trường — có phải {{chi_tieu_nguong}}?");
    assertThat(problems(old, FormKind.SUBMISSION, TT24)).containsExactly("R026 trường {{chi_tieu_yeu_cau}} ở đoạn văn "
        + "thứ 1 (ngoài bảng) không có trong danh sách các trường (xem docs/rulesets.md hoặc dvht ruleset show)");
  }

  @Test
  void anOfficeFormsRepeatedRowIsBoundedPerCopyNotByTheRulesetsRows() throws Exception {
    String row = RawDocx.p("{{danh_sach_ten}} " + "Tên đơn vị rất dài ".repeat(60_000));
    byte[] form = RawDocx.body(RawDocx.p("{{dieu_1}}") + RawDocx.table(RawDocx.p("{{nhom_tieu_de}}"), row)).bytes();
    assertThat(problems(form, FormKind.DECISION, TT24)).containsExactly("R043 ở bảng 1, hàng 2: phần được lặp lại cho "
        + "mỗi đơn vị (một hàng, hoặc cả mẫu văn bản trả lời) ước tính quá 1024 KB XML (mỗi trường tính 1.000 ký tự) — "
        + "hãy bớt nội dung");
    assertThat(problems(form, FormKind.TEMPLATE, TT24)).as("a unit's report knows no such row")
        .allMatch(p -> p.startsWith("R026 "));
  }

  @Test
  void aReportTooLargeWhenFilledIsNamedAtTheRowThatWeighsMostTimesItsRepeats() throws Exception {
    String text = "Nội dung ".repeat(100_000);
    String criterion = RawDocx.p("{{tieu_chi_ma}} " + text + text);
    String indicator = RawDocx.p("{{chi_tieu_ma}} " + text);
    byte[] form = RawDocx.body(RawDocx.table(criterion) + RawDocx.table(indicator)).bytes();
    assertThat(problems(form, FormKind.TEMPLATE, FormCheck.items(100, 1000, 2))).containsExactly("R043 ở bảng 2, "
        + "hàng 1: điền mẫu với các tiêu chí, chỉ tiêu, mức độ của bộ tiêu chí sẽ ra khoảng 1031 MB XML, quá giới hạn "
        + "64 MB — hãy bớt nội dung trong các hàng lặp lại");
    assertThat(problems(form, FormKind.TEMPLATE, FormCheck.items(3, 15, 2))).isEmpty();
  }

  @Test
  void whatTheBodysPartHoldsOutsideAnyParagraphIsNamedByThePart() throws Exception {
    byte[] linked = RawDocx.body(RawDocx.p("{{ten_don_vi}}")).rel("rId9", "hyperlink", "https://x.example/a", true).bytes();
    assertThat(problems(linked, FormKind.TEMPLATE, TT24)).containsExactly("R040 ở phần word/document.xml của tệp có "
        + "liên kết tới tệp hay địa chỉ bên ngoài (TargetMode=\"External\"): Word tải về khi mở văn bản, nên mẫu không "
        + "được có — hãy bỏ liên kết, chèn thẳng ảnh hay nội dung vào văn bản");
  }

  @Test
  void theRowKindsOfAFormAreItsKindsRepeatingFields() {
    assertThat(FormKind.TEMPLATE.syntax().rowKind(TemplateField.CHI_TIEU_MA.key())).hasValue("INDICATOR");
    assertThat(FormKind.TEMPLATE.syntax().rowKind(TemplateField.TEN_DON_VI.key())).isEmpty();
    assertThat(FormKind.APPRAISAL.syntax().rowKind("chi_tieu_ma")).hasValue("INDICATOR");
    assertThat(FormKind.DECISION.syntax().rowKind("chi_tieu_ma")).isEmpty();
  }

  static List<String> problems(byte[] docx, FormKind kind, Map<String, Integer> items) throws FormException {
    return FormCheck.check(docx, kind, items).problems().stream()
        .map(p -> p.code() + " " + Wording.of("vi").text(p.message())).toList();
  }
}
