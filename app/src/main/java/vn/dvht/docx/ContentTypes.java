package vn.dvht.docx;

import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The package's {@code [Content_Types].xml} as a DOM: read, and added to where a part is added. */
final class ContentTypes {
  static final String PART = "[Content_Types].xml";
  static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  static final String DOCUMENT = WORD + "document.main+xml";
  static final String TEMPLATE = WORD + "template.main+xml";

  private final Document doc;

  ContentTypes(Document doc) {
    this.doc = doc;
  }

  Document document() {
    return doc;
  }

  /** The content type of a part: its override, else the default of its extension. */
  Optional<String> of(String part) {
    String extension = part.substring(part.lastIndexOf('.') + 1);
    Optional<String> byDefault = Optional.empty();
    for (Element e : entries()) {
      String type = e.getAttribute("ContentType");
      if (e.getLocalName().equals("Override") && e.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
        return Optional.of(type);
      }
      if (e.getLocalName().equals("Default") && e.getAttribute("Extension").equalsIgnoreCase(extension)) {
        byDefault = Optional.of(type);
      }
    }
    return byDefault;
  }

  /** Every Default and Override element. */
  java.util.List<Element> entries() {
    java.util.List<Element> entries = new java.util.ArrayList<>();
    for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && Xml.CONTENT_TYPES.equals(e.getNamespaceURI())) {
        entries.add(e);
      }
    }
    return entries;
  }

  /** Whether a content type is XML that dvht reads as such. */
  static boolean isXml(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.endsWith("+xml") || t.endsWith("/xml");
  }

  /** Sets the override of {@code part} to {@code type}, adding one where there is none. */
  void override(String part, String type) {
    for (Element e : entries()) {
      if (e.getLocalName().equals("Override") && e.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
        e.setAttribute("ContentType", type);
        return;
      }
    }
    Element e = doc.createElementNS(Xml.CONTENT_TYPES, "Override");
    e.setAttribute("PartName", "/" + part);
    e.setAttribute("ContentType", type);
    doc.getDocumentElement().appendChild(e);
  }
}
