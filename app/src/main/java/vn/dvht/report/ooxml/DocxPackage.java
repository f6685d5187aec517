package vn.dvht.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * Writes a Word document around a {@link WordBody}: its A4 sections, page numbers centred at the
 * top from the second page of each on (as Nghị định 30/2020 sets them), a styles part
 * whose defaults are the font, size and language of the text, so text typed into the document later
 * looks the same and is spell-checked in that language.
 *
 * <pre>{@code
 * DocxPackage.write(out, body, new DocxPackage.Defaults("Times New Roman", 14, "vi-VN"), "dvht 1.0",
 *     LocalDate.of(2026, 1, 10), "dvht 1.0 · bộ tiêu chí tt24 …");
 * }</pre>
 */
public final class DocxPackage {
  /** A4 in twips (210 × 297 mm). */
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxPackage() {}

  /** Page margins in twips. */
  public record Margins(int top, int right, int bottom, int left) {
    /** The width between the margins of an A4 page. */
    public int textWidth() {
      return A4_WIDTH - left - right;
    }
  }

  /** The font, size and language that text takes unless a run says otherwise. */
  public record Defaults(String font, int points, String language) {}

  /**
   * @param note a line for whoever checks the document, not its reader: kept in the document's properties (its
   *     description), never printed on its pages
   */
  public static void write(OutputStream out, WordBody body, Defaults defaults, String creator, LocalDate created,
      String note) throws IOException {
    write(out, body, flush -> { }, defaults, creator, created, note);
  }

  /** Writes a body's XML, as much as there is, into the package. */
  public interface Flush {
    void flush() throws IOException;
  }

  /** Makes a body, flushing it whenever it likes (after each of many tables). */
  public interface Content {
    void write(Flush flush) throws IOException;
  }

  /**
   * Writes the document as {@code content} makes {@code body}: each flush moves what the body holds into the
   * package, so a document of thousands of pages (an office's appraisal report with every unit's table) costs
   * no memory.
   */
  public static void write(OutputStream out, WordBody body, Content content, Defaults defaults, String creator,
      LocalDate created, String note) throws IOException {
    ZipParts zip = new ZipParts(out, created);
    XmlSink document = zip.begin("word/document.xml");
    document.bytes((Parts.XML_HEADER + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + Parts.REL_NS + "\"><w:body>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    content.write(() -> document.bytes(body.drain().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    document.bytes((body.xml() + "</w:body></w:document>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    zip.end();
    zip.part("word/styles.xml", styles(defaults));
    zip.part("word/settings.xml", Parts.XML_HEADER + "<w:settings xmlns:w=\"" + W + "\"><w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
        + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
        + "</w:compat><w:themeFontLang w:val=\"" + defaults.language() + "\"/></w:settings>");
    zip.part("word/header1.xml", header("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/>"
        + "</w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r>"
        + "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"
        + "</w:r>"));
    zip.part("word/header2.xml", header(""));
    zip.part("word/_rels/document.xml.rels", Parts.relationships(Parts.rel("rId1", "styles", "styles.xml")
        + Parts.rel("rId2", "settings", "settings.xml") + Parts.rel("rId3", "header", "header1.xml")
        + Parts.rel("rId4", "header", "header2.xml")));
    zip.part("docProps/core.xml", Parts.core(creator, created, note));
    zip.part("docProps/app.xml", Parts.APP);
    zip.part("_rels/.rels", Parts.packageRels("word/document.xml"));
    String type = "<Override ContentType=\"" + Parts.TYPE_PREFIX + "wordprocessingml.";
    zip.part("[Content_Types].xml", Parts.XML_HEADER
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + type + "document.main+xml\" PartName=\"/word/document.xml\"/>"
        + type + "styles+xml\" PartName=\"/word/styles.xml\"/>"
        + type + "settings+xml\" PartName=\"/word/settings.xml\"/>"
        + type + "header+xml\" PartName=\"/word/header1.xml\"/>"
        + type + "header+xml\" PartName=\"/word/header2.xml\"/>"
        + "<Override ContentType=\"" + Parts.TYPE_PREFIX + "extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
        + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" "
        + "PartName=\"/docProps/core.xml\"/></Types>");
    zip.close();
  }

  private static String header(String paragraph) {
    return Parts.XML_HEADER + "<w:hdr xmlns:w=\"" + W + "\"><w:p>" + paragraph + "</w:p></w:hdr>";
  }

  private static String styles(Defaults defaults) {
    String font = Parts.escape(defaults.font());
    int size = defaults.points() * 2;
    return Parts.XML_HEADER + "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\""
        + font + "\" w:eastAsia=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/><w:sz w:val=\"" + size
        + "\"/><w:szCs w:val=\"" + size + "\"/><w:lang w:val=\"" + defaults.language() + "\" w:eastAsia=\"en-US\" "
        + "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + "</w:style><w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>"
        + "</w:style><w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" "
        + "w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>";
  }
}
