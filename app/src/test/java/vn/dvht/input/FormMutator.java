package vn.dvht.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Seeded mutations of a valid province form, as a careless editor, a broken tool or an attacker
 * leaves one: runs split anywhere, rows duplicated or nested in their own cells, fields typed in at
 * random (known, unknown, unclosed), elements taken out, paragraphs multiplied, hostile content put
 * in (linked pictures, fetching fields, macros, DOCTYPEs, unsafe names), and the zip mutations of
 * {@link MutationTest}. Each must give a filled document or a positioned diagnostic.
 */
final class FormMutator {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final List<String> FIELDS = List.of("{{ten_don_vi}}", "{{chi_tieu_ma}}", "{{tieu_chi_ma}}", "{{muc_ten}}",
      "{{khong_co}}", "{{ten_", "}}{{", "{{neu_de_nghi}}", "{{ can_cu }}", "{{" + "x".repeat(70) + "}}", "{{ket_luan}}");
  private static final List<String> HOSTILE = List.of(
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> INCLUDEPICTURE \"\\\\\\\\h\\\\a.png\" </w:instrText>"
          + "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
      "<w:fldSimple w:instr=\" DDEAUTO cmd \"><w:r><w:t>x</w:t></w:r></w:fldSimple>",
      "<w:r><w:pict><v:imagedata xmlns:v=\"urn:schemas-microsoft-com:vml\" src=\"\\\\h\\s\\a.png\"/></w:pict></w:r>",
      "<w:r><w:object/></w:r>",
      "<w:r><w:t>{{ten_don_vi}}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");

  private FormMutator() {}

  static byte[] mutate(byte[] form, Random random, int i) throws Exception {
    Map<String, byte[]> parts = read(form);
    switch (i % 11) {
      case 0 -> dom(parts, random, FormMutator::splitRun);
      case 1 -> dom(parts, random, (doc, r) -> duplicate(doc, r, "tr"));
      case 2 -> dom(parts, random, FormMutator::nestRow);
      case 3 -> dom(parts, random, FormMutator::typeField);
      case 4 -> dom(parts, random, FormMutator::dropElement);
      case 5 -> dom(parts, random, (doc, r) -> {
        for (int k = 0; k < 1 + r.nextInt(400); k++) {
          duplicate(doc, r, "p");
        }
      });
      case 6 -> dom(parts, random, (doc, r) -> insertRunXml(doc, r, HOSTILE.get(r.nextInt(HOSTILE.size()))));
      case 7 -> hostilePart(parts, random);
      case 8 -> {
        String text = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        int at = random.nextInt(text.length());
        parts.put("word/document.xml", (text.substring(0, at) + (random.nextBoolean() ? "" : "<w:p>&x;<")
            + text.substring(Math.min(text.length(), at + random.nextInt(40)))).getBytes(StandardCharsets.UTF_8));
      }
      default -> {
        return MutationTest.mutateZip(form, random, random.nextInt(7));
      }
    }
    return write(parts);
  }

  interface Change {
    void apply(Document doc, Random random) throws Exception;
  }

  private static void dom(Map<String, byte[]> parts, Random random, Change change) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/document.xml")));
    change.apply(doc, random);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    parts.put("word/document.xml", out.toByteArray());
  }

  /** One run's text split in two runs at a random place, its properties copied. */
  private static void splitRun(Document doc, Random random) {
    for (int k = 0; k < 1 + random.nextInt(30); k++) {
      Element t = pick(doc, "t", random);
      String text = t.getTextContent();
      if (text.length() < 2 || !"r".equals(t.getParentNode().getLocalName())) {
        continue;
      }
      int at = 1 + random.nextInt(text.length() - 1);
      Element run = (Element) t.getParentNode();
      Element copy = (Element) run.cloneNode(true);
      t.setTextContent(text.substring(0, at));
      ((Element) copy.getElementsByTagNameNS(W, "t").item(0)).setTextContent(text.substring(at));
      Node between = random.nextBoolean() ? doc.createElementNS(W, "w:proofErr") : doc.createElementNS(W, "w:bookmarkEnd");
      ((Element) between).setAttributeNS(W, "w:" + (between.getLocalName().equals("proofErr") ? "type" : "id"),
          between.getLocalName().equals("proofErr") ? "spellStart" : "0");
      run.getParentNode().insertBefore(copy, run.getNextSibling());
      run.getParentNode().insertBefore(between, copy);
    }
  }

  /** A copy of a row put into a table nested in its own first cell: a repeated row inside itself. */
  private static void nestRow(Document doc, Random random) {
    Element row = pick(doc, "tr", random);
    Element cell = (Element) row.getElementsByTagNameNS(W, "tc").item(0);
    if (cell == null) {
      return;
    }
    Element table = doc.createElementNS(W, "w:tbl");
    table.appendChild(row.cloneNode(true));
    cell.appendChild(table);
    cell.appendChild(doc.createElementNS(W, "w:p"));
  }

  private static void typeField(Document doc, Random random) {
    for (int k = 0; k < 1 + random.nextInt(5); k++) {
      Element t = pick(doc, "t", random);
      String text = t.getTextContent();
      int at = random.nextInt(text.length() + 1);
      t.setTextContent(text.substring(0, at) + FIELDS.get(random.nextInt(FIELDS.size())) + text.substring(at));
    }
  }

  private static void dropElement(Document doc, Random random) {
    List<String> kinds = List.of("tc", "tr", "tbl", "r", "p", "sectPr", "pPr", "t", "body");
    Element e = pick(doc, kinds.get(random.nextInt(kinds.size())), random);
    if (e.getParentNode() instanceof Element) {
      e.getParentNode().removeChild(e);
    }
  }

  private static void duplicate(Document doc, Random random, String name) {
    Element e = pick(doc, name, random);
    if (e.getParentNode() instanceof Element) {
      e.getParentNode().insertBefore(e.cloneNode(true), e);
    }
  }

  /** Content parsed from text and put at the end of a random paragraph. */
  private static void insertRunXml(Document doc, Random random, String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element p = factory.newDocumentBuilder().parse(new ByteArrayInputStream(("<w:p xmlns:w=\"" + W + "\">" + xml
        + "</w:p>").getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    Element target = pick(doc, "p", random);
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      target.appendChild(doc.importNode(n, true));
    }
  }

  /** A part Word would fetch or run from, or a name that leaves the folder. */
  private static void hostilePart(Map<String, byte[]> parts, Random random) {
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    String extra = switch (random.nextInt(5)) {
      case 0 -> "<Relationship Id=\"rIdX\" Type=\"" + REL + "image\" Target=\"\\\\h\\s\\a.png\" TargetMode=\"External\"/>";
      case 1 -> "<Relationship Id=\"rIdX\" Type=\"" + REL + "aFChunk\" Target=\"../../x.html\"/>";
      case 2 -> {
        parts.put("word/vbaProject.bin", new byte[16]);
        yield "<Relationship Id=\"rIdX\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
            + "Target=\"vbaProject.bin\"/>";
      }
      case 3 -> {
        parts.put("../../ngoai.txt", new byte[4]);
        yield "";
      }
      default -> {
        parts.put("word/settings.xml", ("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<w:settings xmlns:w=\"" + W + "\">&e;</w:settings>").getBytes(StandardCharsets.UTF_8));
        yield "";
      }
    };
    parts.put("word/_rels/document.xml.rels", rels.replace("</Relationships>", extra + "</Relationships>")
        .getBytes(StandardCharsets.UTF_8));
  }

  private static Element pick(Document doc, String name, Random random) {
    NodeList list = doc.getElementsByTagNameNS(W, name);
    if (list.getLength() == 0) {
      return doc.getDocumentElement();
    }
    return (Element) list.item(random.nextInt(list.getLength()));
  }

  private static Map<String, byte[]> read(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] write(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : new ArrayList<>(parts.entrySet())) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
