package vn.dvht.report.ooxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Appends a filled letter to a filled report as a section of its own, so the dossier stays one Word
 * file: the report's last section ends with a section break, the letter's body follows with its own
 * page settings and page numbers from 1, its headers and footers come along as new parts, and its
 * styles join the report's where the report has no style of that id (a style both have keeps the
 * report's look). What the ruleset loader refuses in a letter — images, links, numbering, notes,
 * comments — is not carried. A letter section without a header or footer of its own shows the
 * report's, as Word does for any section.
 */
final class LetterSection {
  private static final String W = ParagraphFiller.W;
  private static final String R = Parts.REL_NS;
  private static final String DOCUMENT = "word/document.xml";
  private static final String RELS = "word/_rels/document.xml.rels";
  private static final String STYLES = "word/styles.xml";
  private static final String TYPES = "[Content_Types].xml";
  private static final Pattern SECTION_PART = Pattern.compile("word/(header|footer)(\\d+)\\.xml");
  private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
  /** What follows {@code w:pgNumType} in a section's properties, in the schema's order. */
  private static final Set<String> AFTER_PAGE_NUMBERS = Set.of("cols", "formProt", "vAlign", "noEndnote", "titlePg",
      "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange");

  private LetterSection() {}

  /** The report's parts with the letter appended; both are filled templates' parts. */
  static Map<String, byte[]> append(Map<String, byte[]> report, Map<String, byte[]> letter) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>(report);
    Document doc = DocxTemplate.parse(report.get(DOCUMENT));
    Document letterDoc = DocxTemplate.parse(letter.get(DOCUMENT));
    Map<String, String> renamed = carrySectionParts(parts, letter);
    for (Element e : DocxTemplate.elements(letterDoc.getDocumentElement(), "*")) {
      String id = e.getAttributeNS(R, "id");
      if (renamed.containsKey(id)) {
        e.setAttributeNS(R, "r:id", renamed.get(id));
      }
    }
    renumberBookmarks(doc, letterDoc);
    appendBody(doc, letterDoc);
    parts.put(DOCUMENT, DocxTemplate.serialize(doc));
    if (report.containsKey(STYLES) && letter.containsKey(STYLES)) {
      parts.put(STYLES, mergeStyles(report.get(STYLES), letter.get(STYLES)));
    }
    return parts;
  }

  /**
   * Copies the letter's header and footer parts under new names, with relationships and content types
   * in the report's package; returns the letter's relationship ids, old to new.
   */
  private static Map<String, String> carrySectionParts(Map<String, byte[]> parts, Map<String, byte[]> letter) {
    Map<String, Integer> next = new HashMap<>(Map.of("header", 1, "footer", 1));
    for (String name : parts.keySet()) {
      Matcher m = SECTION_PART.matcher(name);
      if (m.matches()) {
        next.merge(m.group(1), Integer.parseInt(m.group(2)) + 1, Math::max);
      }
    }
    Map<String, String> renamed = new HashMap<>();
    StringBuilder relationships = new StringBuilder();
    StringBuilder overrides = new StringBuilder();
    String rels = text(letter.get(RELS));
    Matcher m = RELATIONSHIP.matcher(rels);
    while (m.find()) {
      String type = attribute(m.group(), "Type");
      String target = attribute(m.group(), "Target");
      Matcher part = SECTION_PART.matcher("word/" + target);
      if (!(type.endsWith("/header") || type.endsWith("/footer")) || !part.matches()
          || !letter.containsKey("word/" + target)) {
        continue;
      }
      String kind = part.group(1);
      String name = kind + next.merge(kind, 1, Integer::sum) + ".xml";
      String id = "rIdDvhtLetter" + (renamed.size() + 1);
      renamed.put(attribute(m.group(), "Id"), id);
      parts.put("word/" + name, letter.get("word/" + target));
      relationships.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type)
          .append("\" Target=\"").append(name).append("\"/>");
      overrides.append("<Override PartName=\"/word/").append(name).append("\" ContentType=\"")
          .append(Parts.TYPE_PREFIX).append("wordprocessingml.").append(kind).append("+xml\"/>");
    }
    parts.put(RELS, insertBefore(parts.get(RELS), "</Relationships>", relationships.toString()));
    parts.put(TYPES, insertBefore(parts.get(TYPES), "</Types>", overrides.toString()));
    return renamed;
  }

  /** Ends the report's last section where its body ends, then moves the letter's body in after it. */
  private static void appendBody(Document doc, Document letterDoc) {
    Element body = child(doc.getDocumentElement(), "body");
    Element letterBody = child(letterDoc.getDocumentElement(), "body");
    Element reportSection = lastChild(body, "sectPr");
    if (reportSection == null) {
      reportSection = doc.createElementNS(W, "w:sectPr");
    } else {
      body.removeChild(reportSection);
    }
    Element last = lastElement(body);
    Element breaking = last != null && isW(last, "p") ? last
        : shrunk((Element) body.appendChild(doc.createElementNS(W, "w:p")));
    pPr(breaking).appendChild(reportSection);
    Element letterSection = lastChild(letterBody, "sectPr");
    for (Node n = letterBody.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n != letterSection) {
        body.appendChild(doc.importNode(n, true));
      }
    }
    Element section = letterSection != null ? (Element) doc.importNode(letterSection, true)
        : withoutReferences((Element) reportSection.cloneNode(true));
    numberFromOne(section);
    Element type = child(section, "type");
    if (type != null && type.getAttributeNS(W, "val").equals("continuous")) {
      section.removeChild(type); // the letter starts on a page of its own
    }
    body.appendChild(section);
  }

  /** An empty paragraph after a closing table, made as small as Word allows: it only carries the break. */
  private static Element shrunk(Element p) {
    Document doc = p.getOwnerDocument();
    Element pPr = pPr(p);
    Element spacing = doc.createElementNS(W, "w:spacing");
    spacing.setAttributeNS(W, "w:before", "0");
    spacing.setAttributeNS(W, "w:after", "0");
    spacing.setAttributeNS(W, "w:line", "20");
    spacing.setAttributeNS(W, "w:lineRule", "exact");
    pPr.appendChild(spacing);
    Element rPr = doc.createElementNS(W, "w:rPr");
    Element size = doc.createElementNS(W, "w:sz");
    size.setAttributeNS(W, "w:val", "2");
    rPr.appendChild(size);
    pPr.appendChild(rPr);
    return p;
  }

  private static Element pPr(Element p) {
    Element pPr = child(p, "pPr");
    if (pPr == null) {
      pPr = p.getOwnerDocument().createElementNS(W, "w:pPr");
      p.insertBefore(pPr, p.getFirstChild());
    }
    Element change = child(pPr, "pPrChange");
    if (change != null) {
      pPr.removeChild(change); // a tracked change of the paragraph's look: the break must not sit in it
    }
    return pPr;
  }

  private static Element withoutReferences(Element section) {
    for (Element e : new ArrayList<>(DocxTemplate.elements(section, "*"))) {
      if (isW(e, "headerReference") || isW(e, "footerReference")) {
        section.removeChild(e);
      }
    }
    return section;
  }

  /** The letter's pages are numbered from 1, as a document of its own (the letter after the report). */
  private static void numberFromOne(Element section) {
    if (child(section, "pgNumType") != null) {
      return;
    }
    Element numbers = section.getOwnerDocument().createElementNS(W, "w:pgNumType");
    numbers.setAttributeNS(W, "w:start", "1");
    Node before = null;
    for (Node n = section.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI()) && AFTER_PAGE_NUMBERS.contains(e.getLocalName())) {
        before = n;
      }
    }
    section.insertBefore(numbers, before);
  }

  /** Word wants bookmark ids unique in a document: the letter's come after the report's. */
  private static void renumberBookmarks(Document doc, Document letterDoc) {
    int offset = 0;
    for (Element e : DocxTemplate.elements(doc.getDocumentElement(), "bookmarkStart")) {
      offset = Math.max(offset, number(e.getAttributeNS(W, "id")) + 1);
    }
    for (String name : List.of("bookmarkStart", "bookmarkEnd")) {
      for (Element e : DocxTemplate.elements(letterDoc.getDocumentElement(), name)) {
        e.setAttributeNS(W, "w:id", String.valueOf(number(e.getAttributeNS(W, "id")) + offset));
      }
    }
  }

  /** The report's styles and, after them, the letter's whose id the report lacks, without numbering. */
  private static byte[] mergeStyles(byte[] report, byte[] letter) throws IOException {
    Document styles = DocxTemplate.parse(report);
    Set<String> ids = new HashSet<>();
    for (Element style : DocxTemplate.elements(styles.getDocumentElement(), "style")) {
      ids.add(style.getAttributeNS(W, "styleId"));
    }
    for (Element style : DocxTemplate.elements(DocxTemplate.parse(letter).getDocumentElement(), "style")) {
      if (ids.add(style.getAttributeNS(W, "styleId"))) {
        Element copy = (Element) styles.importNode(style, true);
        for (Element numbering : DocxTemplate.elements(copy, "numPr")) {
          numbering.getParentNode().removeChild(numbering);
        }
        styles.getDocumentElement().appendChild(copy);
      }
    }
    return DocxTemplate.serialize(styles);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean isW(Element e, String name) {
    return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && isW(e, name)) {
        return e;
      }
    }
    return null;
  }

  private static Element lastElement(Element parent) {
    for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  private static Element lastChild(Element parent, String name) {
    Element last = lastElement(parent);
    return last != null && isW(last, name) ? last : null;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] insertBefore(byte[] xml, String close, String insert) {
    String text = text(xml);
    int at = text.lastIndexOf(close);
    return (at < 0 ? text : text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }
}
