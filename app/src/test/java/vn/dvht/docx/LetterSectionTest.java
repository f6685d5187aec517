package vn.dvht.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dvht.model.TemplateField;
import vn.dvht.testing.RawDocx;

/** A letter appended to a report as a section: its header carried through relationships and content types. */
class LetterSectionTest {
  private static final String HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";

  @Test
  void aLettersHeaderComesAlongEvenWhenTheReportHasNoRelationshipsOfItsOwn() throws Exception {
    byte[] report = without(RawDocx.body(RawDocx.p("Báo cáo {{ten_don_vi}}")).bytes(), "word/_rels/document.xml.rels");
    byte[] letter = RawDocx.body(RawDocx.p("Tờ trình {{ten_don_vi}}").replace("<w:sectPr/>", "")
        + "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/></w:sectPr></w:pPr></w:p>")
        .rel("rId4", "header", "header1.xml", false)
        .part("word/header1.xml", HEADER, "<w:hdr xmlns:w=\"" + RawDocx.W + "\">" + RawDocx.p("Mẫu số 5 · {{ten_don_vi}}")
            + "</w:hdr>").bytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxForm.fillWithLetter(report, letter, new DocxForm.Values(TemplateField.PLACEHOLDER, Map.of("ten_don_vi", "A"),
        List.of(), Map.of(), Pattern.compile("…+")), out, new DocxForm.Properties("t", LocalDate.of(2026, 1, 10), "d"));

    Map<String, String> parts = parts(out.toByteArray());
    assertThat(parts.get("word/_rels/document.xml.rels")).contains("header2.xml");
    assertThat(parts.get("[Content_Types].xml")).contains("/word/header2.xml", HEADER);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("Báo cáo A", "Tờ trình A");
      assertThat(doc.getHeaderList()).extracting(h -> h.getText().strip()).containsExactly("Mẫu số 5 · A");
    }
  }

  private static byte[] without(byte[] zip, String name) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.getName().equals(name)) {
          copy.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(copy);
          copy.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] zip) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
