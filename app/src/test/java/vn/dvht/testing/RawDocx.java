package vn.dvht.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a Word package from its XML as text, so a test can put in it what Word would never write
 * (a DOCTYPE, a UNC image, a macro project, an unsafe entry name): a body of paragraphs, relationships
 * of the main document, content types, and any other part. {@code RawDocx.body(RawDocx.p("{{ten_don_vi}}"))
 * .rel("rId9", "image", "\\\\host\\share\\a.png", true).bytes()}.
 */
public final class RawDocx {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  public static final String REL_TYPE = R + "/";
  public static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private String body = "";
  private String documentPrologue = DECLARATION;
  private String mainType = MAIN;
  private final List<String> relationships = new ArrayList<>();
  private final List<String> overrides = new ArrayList<>();
  private final Map<String, byte[]> parts = new LinkedHashMap<>();

  private RawDocx() {}

  /** A package whose body holds this XML (paragraphs, tables). */
  public static RawDocx body(String xml) {
    RawDocx docx = new RawDocx();
    docx.body = xml;
    return docx;
  }

  /** A paragraph of one run holding {@code text} (markup in it is kept as XML). */
  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A table of rows, each row cells of paragraphs' XML. */
  public static String table(String... rows) {
    StringBuilder xml = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>");
    for (String row : rows) {
      xml.append("<w:tr><w:tc>").append(row).append("</w:tc></w:tr>");
    }
    return xml.append("</w:tbl>").toString();
  }

  /** A relationship of the main document; {@code type} is the last word of an officeDocument type. */
  public RawDocx rel(String id, String type, String target, boolean external) {
    relationships.add("<Relationship Id=\"" + id + "\" Type=\"" + (type.contains("/") ? type : REL_TYPE + type)
        + "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>");
    return this;
  }

  /** Any part, with its content type (an override) unless {@code type} is empty. */
  public RawDocx part(String name, String type, String content) {
    return part(name, type, content.getBytes(StandardCharsets.UTF_8));
  }

  public RawDocx part(String name, String type, byte[] content) {
    parts.put(name, content);
    if (!type.isEmpty()) {
      overrides.add("<Override PartName=\"/" + name + "\" ContentType=\"" + type + "\"/>");
    }
    return this;
  }

  /** A content type declaration as it stands in [Content_Types].xml. */
  public RawDocx contentType(String xml) {
    overrides.add(xml);
    return this;
  }

  /** What comes before the document's root element: the XML declaration, or one with a DOCTYPE. */
  public RawDocx documentPrologue(String prologue) {
    documentPrologue = prologue;
    return this;
  }

  /** The main document's content type. */
  public RawDocx mainType(String type) {
    mainType = type;
    return this;
  }

  public byte[] bytes() throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("[Content_Types].xml", text(DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
        + "PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/>" + String.join("", overrides) + "</Types>"));
    all.put("_rels/.rels", text(DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>"));
    all.put("word/document.xml", text(documentPrologue + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R
        + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>"));
    all.put("word/_rels/document.xml.rels", text(DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats."
        + "org/package/2006/relationships\">" + String.join("", relationships) + "</Relationships>"));
    all.putAll(parts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] text(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
