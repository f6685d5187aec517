package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.dvht.testing.CliRun;

/** The Word report as Nghị định 30/2020 sets a document, read from its parts. */
class DocxFormTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** The schema's order of the run properties dvht writes (CT_RPr). */
  private static final List<String> RUN_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz",
      "szCs", "highlight", "u", "lang");

  @Test
  void aFourPageReportIsA4WithTheDecreesMarginsPageNumbersAndItsLanguage(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--ruleset", "tt24", "--out",
        dir.toString(), "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, Document> parts = parts(java.nio.file.Files.readAllBytes(dir.resolve("003-thpt-ly-nhan-bao-cao.docx")));

    Document document = parts.get("word/document.xml");
    NodeList sections = document.getElementsByTagNameNS(W, "sectPr");
    assertThat(sections.getLength()).as("the report and the letter, each its own section").isEqualTo(2);
    for (int i = 0; i < sections.getLength(); i++) {
      Element section = (Element) sections.item(i);
      Element size = child(section, "pgSz");
      assertThat(List.of(size.getAttributeNS(W, "w"), size.getAttributeNS(W, "h"))).containsExactly("11906", "16838");
      Element margins = child(section, "pgMar");
      // 20, 15, 20, 30 mm at least: 1 mm = 1440 / 25.4 twips.
      assertThat(twips(margins, "top")).isGreaterThanOrEqualTo(20 * 1440 / 25.4);
      assertThat(twips(margins, "right")).isGreaterThanOrEqualTo(15 * 1440 / 25.4);
      assertThat(twips(margins, "bottom")).isGreaterThanOrEqualTo(20 * 1440 / 25.4);
      assertThat(twips(margins, "left")).isGreaterThanOrEqualTo(30 * 1440 / 25.4);
      assertThat(child(section, "titlePg")).as("no number on a document's first page").isNotNull();
    }
    assertThat(parts.get("word/header1.xml").getDocumentElement().getTextContent()).contains("PAGE");
    Element lang = (Element) parts.get("word/styles.xml").getElementsByTagNameNS(W, "lang").item(0);
    assertThat(lang.getAttributeNS(W, "val")).isEqualTo("vi-VN");
    Element fonts = (Element) parts.get("word/styles.xml").getElementsByTagNameNS(W, "rFonts").item(0);
    assertThat(fonts.getAttributeNS(W, "ascii")).isEqualTo("Times New Roman");

    NodeList runProperties = document.getElementsByTagNameNS(W, "rPr");
    assertThat(runProperties.getLength()).isPositive();
    for (int i = 0; i < runProperties.getLength(); i++) {
      List<Integer> order = new ArrayList<>();
      for (Node n = runProperties.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        assertThat(RUN_ORDER).as("a run property dvht writes").contains(n.getLocalName());
        order.add(RUN_ORDER.indexOf(n.getLocalName()));
      }
      assertThat(order).as("run properties in the schema's order").isSorted();
    }
    String text = document.getDocumentElement().getTextContent();
    assertThat(text).as("the stamp is not in the body").doesNotContain("SHA-256");
    assertThat(parts).as("no footer carries the stamp on every page").doesNotContainKey("word/footer1.xml");
    assertThat(parts.get("docProps/core.xml").getDocumentElement().getTextContent()).contains("SHA-256");
    assertThat(document.getElementsByTagNameNS(W, "highlight").getLength()).as("blanks the clerk fills")
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSignerAndTheSuperiorAgencyComeFromTheUnitSheet(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path unit = vn.dvht.testing.Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
            "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có").agency()
        .unit("Cơ quan chủ quản", "Ủy ban nhân dân huyện Lý Nhân").unit("Chức vụ người ký", "Chánh Văn phòng")
        .unit("Người ký", "Trần Văn Bình").write(dir.resolve("co-quan.xlsx"));
    CliRun run = CliRun.of("evaluate", unit.toString(), "--out", dir.toString(), "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();

    String dump = vn.dvht.testing.DocxDump.of(dir.resolve("co-quan-bao-cao.docx"));
    assertThat(dump).contains("T1.1.1|P|CENTER|-|ỦY BAN NHÂN DÂN↵HUYỆN LÝ NHÂN", "|P|CENTER|b|CHÁNH VĂN PHÒNG",
        "|P|CENTER|b|Trần Văn Bình").doesNotContain("THỦ TRƯỞNG ĐƠN VỊ", "TÊN CƠ QUAN CHỦ QUẢN");
  }

  private static double twips(Element e, String attribute) {
    return Double.parseDouble(e.getAttributeNS(W, attribute));
  }

  private static Element child(Element parent, String local) {
    NodeList list = parent.getElementsByTagNameNS(W, local);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }

  private static Map<String, Document> parts(byte[] docx) throws Exception {
    Map<String, Document> parts = new HashMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml")) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          zip.transferTo(bytes);
          try (InputStream in = new ByteArrayInputStream(bytes.toByteArray())) {
            parts.put(e.getName(), factory.newDocumentBuilder().parse(in));
          }
        }
      }
    }
    return parts;
  }
}
