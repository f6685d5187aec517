package vn.dvht.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.dvht.model.TemplateField;
import vn.dvht.testing.RawDocx;

/**
 * One model of a paragraph's text as Word shows it, read alike by the check and the filler: a field
 * split by what Word puts between runs is found by both and filled; what Word does not show is no
 * field; a value is never read for fields.
 */
class ParagraphTextTest {
  private static final String R = "<w:r><w:t>%s</w:t></w:r>";

  /** Ways Word leaves "{{ten_don_vi}}" after editing, each with what must read as the field. */
  private static final List<String> SPLIT = List.of(
      run("{{ten_") + "<w:proofErr w:type=\"spellStart\"/>" + run("don") + "<w:proofErr w:type=\"spellEnd\"/>"
          + run("_vi}}"),
      run("{{ten_") + "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>" + run("don_vi") + "<w:bookmarkEnd w:id=\"0\"/>"
          + run("}}"),
      "<w:hyperlink w:anchor=\"a\">" + run("{{ten_don") + "</w:hyperlink>" + run("_vi}}"),
      "<w:smartTag w:uri=\"x\" w:element=\"y\">" + run("{{ten_") + "</w:smartTag>" + run("don_vi}}"),
      "<w:sdt><w:sdtPr><w:alias w:val=\"{{khong}}\"/></w:sdtPr><w:sdtContent>" + run("{{ten_don") + "</w:sdtContent></w:sdt>"
          + run("_vi}}"),
      "<w:customXml w:element=\"x\">" + run("{{ten_don_vi") + "</w:customXml>" + run("}}"),
      run("{{ten_") + "<w:ins w:id=\"1\" w:author=\"a\">" + run("don") + "</w:ins>"
          + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>xx</w:delText></w:r></w:del>" + run("_vi}}"),
      run("{{ ten_don_vi") + "<w:r><w:tab/></w:r>" + run("}}"),
      "<w:fldSimple w:instr=\"MERGEFIELD x\">" + run("{{ten_don_vi}}") + "</w:fldSimple>",
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE \"{{khong_co}}\"</w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("{{ten_don_vi}}")
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
      "<w:ruby><w:rt>" + run("{{khong_co}}") + "</w:rt><w:rubyBase>" + run("{{ten_don_vi}}") + "</w:rubyBase></w:ruby>",
      "<w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice "
          + "Requires=\"w14\"><w:t>{{ten_don_vi}}</w:t></mc:Choice><mc:Fallback><w:t>{{khong_co}}</w:t></mc:Fallback>"
          + "</mc:AlternateContent></w:r>");

  @Test
  void aFieldSplitAnyWayWordSplitsItIsTheFieldTheCheckFindsAndTheFillerFills() throws Exception {
    for (String content : SPLIT) {
      byte[] docx = RawDocx.body("<w:p>" + run("Tên: ") + content + run(".") + "</w:p>").bytes();
      Form form = Form.read(docx, syntax());
      assertThat(form.fields()).as(content).extracting(Form.FieldUse::name).containsExactly("ten_don_vi");
      assertThat(form.findings()).as(content).isEmpty();
      assertThat(filledText(docx)).as(content).isEqualTo("Tên: Trường A.");
    }
  }

  @Test
  void whatWordShowsIsTheText() throws Exception {
    Element p = paragraph(run("a") + "<w:r><w:tab/><w:t>b</w:t><w:br/><w:noBreakHyphen/></w:r>"
        + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>gone</w:delText></w:r></w:del>"
        + "<w:r><w:drawing><w:txbxContent><w:p>" + run("box") + "</w:p></w:txbxContent></w:drawing></w:r>");
    assertThat(ParagraphText.of(p).text()).isEqualTo("a\tb\n\u2011");
  }

  @Test
  void aValueIsNeverReadForFieldsNotEvenInARowHoldingATable() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.table(RawDocx.p("{{muc_ten}}") + RawDocx.table(RawDocx.p("{{ten_don_vi}} / "
        + "{{nguoi_ky}}")))).bytes();
    DocxForm.Values values = new DocxForm.Values(TemplateField.PLACEHOLDER, Map.of("ten_don_vi", "{{ket_luan}}",
        "nguoi_ky", "{{khong_co}}", "ket_luan", "Đạt mức độ 2"), List.of(new DocxForm.Rows("LEVEL", java.util.Set.of(
        "muc_ten"), List.of(new DocxForm.Item("muc-1", "", Map.of("muc_ten", "{{ten_don_vi}}"))), "")), Map.of(),
        Pattern.compile("…+"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxForm.fill(docx, values, out, new DocxForm.Properties("t", LocalDate.of(2026, 1, 10), ""));
    List<String> texts = Form.read(out.toByteArray(), syntax()).pkg().stories.get(0).paragraphs().stream()
        .map(p -> p.text().text()).toList();
    assertThat(texts).containsExactly("{{ten_don_vi}}", "{{ket_luan}} / {{khong_co}}");
  }

  @Test
  void aConditionKeepsOrDropsItsParagraphAndACellKeepsAParagraph() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("Trước") + RawDocx.p("{{neu_de_nghi}}Đề nghị công nhận {{ten_don_vi}}.")
        + RawDocx.table(RawDocx.p("{{neu_de_nghi}}Trong ô")) + RawDocx.p("Sau")).bytes();
    for (boolean request : List.of(true, false)) {
      DocxForm.Values values = new DocxForm.Values(TemplateField.PLACEHOLDER, Map.of("ten_don_vi", "A"), List.of(),
          Map.of("neu_de_nghi", request), Pattern.compile("…+"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DocxForm.fill(docx, values, out, new DocxForm.Properties("t", LocalDate.of(2026, 1, 10), ""));
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
        List<String> texts = doc.getBodyElements().stream().map(e -> e instanceof org.apache.poi.xwpf.usermodel
            .XWPFParagraph p ? p.getText() : ((org.apache.poi.xwpf.usermodel.XWPFTable) e).getText().strip()).toList();
        assertThat(texts).as("request %s", request).containsExactlyElementsOf(request
            ? List.of("Trước", "Đề nghị công nhận A.", "Trong ô", "Sau") : List.of("Trước", "", "Sau"));
      }
    }
  }

  @Test
  void aHundredFieldsInAParagraphAreFilledInOnePass() throws Exception {
    StringBuilder content = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      content.append(run("[{{ten_")).append(run("don_vi}}]"));
      expected.append("[Trường A]");
    }
    byte[] docx = RawDocx.body("<w:p>" + content + "</w:p>").bytes();
    assertThat(filledText(docx)).isEqualTo(expected.toString());
  }

  private static String filledText(byte[] docx) throws Exception {
    DocxForm.Values values = new DocxForm.Values(TemplateField.PLACEHOLDER, Map.of("ten_don_vi", "Trường A"), List.of(),
        Map.of(), Pattern.compile("…+"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxForm.fill(docx, values, out, new DocxForm.Properties("t", LocalDate.of(2026, 1, 10), ""));
    Form filled = Form.read(out.toByteArray(), syntax());
    assertThat(filled.fields()).as("nothing left to fill").isEmpty();
    return filled.pkg().stories.get(0).paragraphs().get(0).text().text();
  }

  private static Syntax syntax() {
    return new DocxForm.Values(TemplateField.PLACEHOLDER, Map.of(), List.of(new DocxForm.Rows("LEVEL",
        java.util.Set.of("muc_ten"), List.of(), "")), Map.of("neu_de_nghi", true), Pattern.compile("…+")).syntax();
  }

  private static Element paragraph(String content) throws Exception {
    String xml = "<w:p xmlns:w=\"" + RawDocx.W + "\">" + content + "</w:p>";
    return Xml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
  }

  private static String run(String text) {
    return String.format(R, text);
  }
}
