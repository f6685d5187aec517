package vn.dvht.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.dvht.model.TemplateField;
import vn.dvht.docx.DocxForm.Item;
import vn.dvht.docx.DocxForm.Rows;

/** The form filler on small forms built with POI, read back with POI as Word would read them. */
class FormFillTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 10);
  private static final Pattern BLANK = Pattern.compile("…+");

  @Test
  void aPlaceholderSplitOverThreeRunsIsFilledWithTheFormattingOfItsFirstRun() throws IOException {
    byte[] template = build(doc -> {
      XWPFParagraph p = doc.createParagraph();
      run(p, "Tên: ", false, false);
      XWPFRun first = run(p, "{{ten_", false, true);
      first.setFontSize(13);
      run(p, "don", true, false).setFontSize(9);
      run(p, "_vi}}.", false, false).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    });
    XWPFDocument filled = fill(template, Map.of("ten_don_vi", "Trường THPT Lý Nhân"), List.of());

    XWPFParagraph p = filled.getParagraphs().get(0);
    assertThat(p.getText()).isEqualTo("Tên: Trường THPT Lý Nhân.");
    XWPFRun value = p.getRuns().stream().filter(r -> r.text().contains("Lý Nhân")).findFirst().orElseThrow();
    assertThat(value.text()).isEqualTo("Trường THPT Lý Nhân");
    assertThat(value.isItalic()).isTrue();
    assertThat(value.isBold()).isFalse();
    assertThat(value.getFontSizeAsDouble()).isEqualTo(13.0);
    XWPFRun after = p.getRuns().stream().filter(r -> r.text().equals(".")).findFirst().orElseThrow();
    assertThat(after.getUnderline()).as("what follows keeps its run").isEqualTo(
        org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
  }

  @Test
  void headersFootersAndTwoPlaceholdersInOneRunAreFilled() throws IOException {
    byte[] template = build(doc -> {
      run(doc.createParagraph(), "{{ten_don_vi}} — năm {{nam_danh_gia}}", false, false);
      run(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "Mẫu số 4 · {{ten_don_vi}}", false, false);
      run(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), "{{thong_tin_kiem_tra}}", false, false);
    });
    XWPFDocument filled = fill(template, Map.of("ten_don_vi", "UBND xã A", "nam_danh_gia", "2025",
        "thong_tin_kiem_tra", "dvht 1.0 · SHA-256 abc"), List.of());

    assertThat(filled.getParagraphs().get(0).getText()).isEqualTo("UBND xã A — năm 2025");
    assertThat(filled.getHeaderList().get(0).getText()).contains("Mẫu số 4 · UBND xã A");
    assertThat(filled.getFooterList().get(0).getText()).contains("dvht 1.0 · SHA-256 abc");
  }

  @Test
  void aCriterionRowFollowedByAnIndicatorRowRepeatsAsGroupsAndALevelRowOncePerLevel() throws IOException {
    byte[] template = build(doc -> {
      XWPFTable table = doc.createTable(3, 2);
      table.getRow(0).getCell(0).setText("Mã");
      table.getRow(1).getCell(0).setText("{{tieu_chi_ma}}");
      table.getRow(1).getCell(1).setText("{{tieu_chi_noi_dung}}");
      table.getRow(2).getCell(0).setText("{{chi_tieu_ma}}");
      table.getRow(2).getCell(1).setText("{{chi_tieu_ket_qua}} ({{ten_don_vi}})");
      XWPFTable levels = doc.createTable(1, 1);
      levels.getRow(0).getCell(0).setText("{{muc_ten}}");
    });
    List<Rows> rows = List.of(
        rows("CRITERION", "", new Item("TC1", "", Map.of("tieu_chi_ma", "TC1", "tieu_chi_noi_dung", "Điều kiện")),
            new Item("TC2", "", Map.of("tieu_chi_ma", "TC2", "tieu_chi_noi_dung", "Kết quả"))),
        rows("INDICATOR", "CRITERION", new Item("TC1.CT1", "TC1", Map.of("chi_tieu_ma", "TC1.CT1",
            "chi_tieu_ket_qua", "Có")), new Item("TC2.CT1", "TC2", Map.of("chi_tieu_ma", "TC2.CT1",
            "chi_tieu_ket_qua", "57/60 (95,00 %)")), new Item("TC2.CT2", "TC2", Map.of("chi_tieu_ma", "TC2.CT2",
            "chi_tieu_ket_qua", "0/0"))),
        rows("LEVEL", "", new Item("muc-1", "", Map.of("muc_ten", "Mức độ 1")),
            new Item("muc-2", "", Map.of("muc_ten", "Mức độ 2"))));
    XWPFDocument filled = fill(template, Map.of("ten_don_vi", "X"), rows);

    assertThat(filled.getTables().get(0).getRows()).extracting(r -> r.getCell(0).getText() + "|" + r.getCell(1).getText())
        .containsExactly("Mã|", "TC1|Điều kiện", "TC1.CT1|Có (X)", "TC2|Kết quả", "TC2.CT1|57/60 (95,00 %) (X)",
            "TC2.CT2|0/0 (X)");
    assertThat(filled.getTables().get(1).getRows()).extracting(r -> r.getCell(0).getText())
        .containsExactly("Mức độ 1", "Mức độ 2");
  }

  @Test
  void textThatXmlCannotHoldIsReplacedAndMarkupIsText() throws IOException {
    byte[] template = build(doc -> run(doc.createParagraph(), "{{ten_don_vi}}", false, false));
    XWPFDocument filled = fill(template, Map.of("ten_don_vi", "A<b>&\"c\u0001\u001b[31m\uD800 ok"), List.of());
    assertThat(filled.getParagraphs().get(0).getText()).isEqualTo("A<b>&\"c\uFFFD\uFFFD[31m\uFFFD ok");
  }

  @Test
  void aValueIsNeverReadAgainForPlaceholders() throws IOException {
    byte[] template = build(doc -> run(doc.createParagraph(), "{{ten_don_vi}} / {{nguoi_ky}}", false, false));
    XWPFDocument filled = fill(template, Map.of("ten_don_vi", "{{nguoi_ky}}", "nguoi_ky", "B"), List.of());
    assertThat(filled.getParagraphs().get(0).getText()).isEqualTo("{{nguoi_ky}} / B");
  }

  @Test
  void blanksTheClerkMustFillAreHighlightedAndLineBreaksAreBreaks() throws IOException {
    byte[] template = build(doc -> run(doc.createParagraph(), "Người ký: {{nguoi_ky}}; {{ket_luan}}", true, false));
    XWPFDocument filled = fill(template, Map.of("nguoi_ky", "……………………", "ket_luan", "Dòng 1\nDòng 2"), List.of());

    XWPFParagraph p = filled.getParagraphs().get(0);
    assertThat(p.getText()).isEqualTo("Người ký: ……………………; Dòng 1\nDòng 2");
    XWPFRun blank = p.getRuns().stream().filter(r -> r.text().equals("……………………")).findFirst().orElseThrow();
    assertThat(blank.getTextHighlightColor().toString()).isEqualTo("yellow");
    assertThat(blank.isBold()).as("the blank keeps the placeholder's look").isTrue();
    assertThat(p.getRuns().stream().filter(r -> r.text().startsWith("Người ký")).findFirst().orElseThrow()
        .getTextHighlightColor().toString()).isEqualTo("none");
  }

  @Test
  void theStampGoesToThePropertiesAndTheSameInputsGiveTheSameBytes() throws IOException {
    byte[] template = build(doc -> run(doc.createParagraph(), "{{ten_don_vi}}", false, false));
    byte[] once = fillBytes(template, Map.of("ten_don_vi", "A"), List.of());
    byte[] twice = fillBytes(template, Map.of("ten_don_vi", "A"), List.of());

    assertThat(once).isEqualTo(twice);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(once))) {
      assertThat(doc.getProperties().getCoreProperties().getDescription()).isEqualTo("dvht test · SHA-256 123");
      assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("dvht test");
    }
  }

  @Test
  void aPlaceholderWithoutAValueIsAnErrorNotASilentGap() throws IOException {
    byte[] template = build(doc -> run(doc.createParagraph(), "{{khong_co}}", false, false));
    assertThatThrownBy(() -> fillBytes(template, Map.of(), List.of())).hasMessageContaining("khong_co");
  }

  interface Builder {
    void build(XWPFDocument doc) throws IOException;
  }

  static byte[] build(Builder builder) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      builder.build(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    return run;
  }

  private static Rows rows(String kind, String parent, Item... items) {
    Set<String> keys = java.util.Arrays.stream(TemplateField.values()).filter(f -> f.scope().name().equals(kind))
        .map(TemplateField::key).collect(java.util.stream.Collectors.toSet());
    return new Rows(kind, keys, List.of(items), parent);
  }

  private static XWPFDocument fill(byte[] template, Map<String, String> fields, List<Rows> rows) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(fillBytes(template, fields, rows)));
  }

  private static byte[] fillBytes(byte[] template, Map<String, String> fields, List<Rows> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxForm.fill(template, new DocxForm.Values(TemplateField.PLACEHOLDER, fields, rows, Map.of(), BLANK), out,
          new DocxForm.Properties("dvht test", DATE, "dvht test · SHA-256 123"));
    } catch (FormException e) {
      throw new AssertionError(e.findings().toString(), e);
    }
    return out.toByteArray();
  }
}
