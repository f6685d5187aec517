package vn.dvht.docx;

import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Ends a document's last section where its body ends and moves another document's body in after it,
 * as a section that starts on a new page with its own page settings, its pages numbered from 1.
 */
final class SectionBreak {
  /** What follows {@code w:pgNumType} in a section's properties, in the schema's order. */
  private static final Set<String> AFTER_PAGE_NUMBERS = Set.of("cols", "formProt", "vAlign", "noEndnote", "titlePg",
      "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange");

  private SectionBreak() {}

  static void append(Document doc, Document other) {
    Element body = Xml.child(doc.getDocumentElement(), "body").orElseThrow();
    Element otherBody = Xml.child(other.getDocumentElement(), "body").orElseThrow();
    Element section = lastChild(body, "sectPr").orElseGet(() -> doc.createElementNS(Xml.W, "w:sectPr"));
    if (section.getParentNode() == body) {
      body.removeChild(section);
    }
    Optional<Element> last = lastElement(body).filter(e -> Xml.isW(e, "p"));
    Element breaking = last.orElseGet(() -> shrunk((Element) body.appendChild(doc.createElementNS(Xml.W, "w:p"))));
    pPr(breaking).appendChild(section);
    Optional<Element> otherSection = lastChild(otherBody, "sectPr");
    for (Node n = otherBody.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (otherSection.isEmpty() || n != otherSection.get()) {
        body.appendChild(doc.importNode(n, true));
      }
    }
    Element appended = otherSection.map(s -> (Element) doc.importNode(s, true))
        .orElseGet(() -> withoutReferences((Element) section.cloneNode(true)));
    numberFromOne(appended);
    Xml.child(appended, "type").filter(t -> t.getAttributeNS(Xml.W, "val").equals("continuous"))
        .ifPresent(appended::removeChild); // the appended document starts on a page of its own
    body.appendChild(appended);
  }

  /**
   * Ends a copy of a letter's body as a section of its own: its pages numbered from 1, starting a page;
   * unless it is the last copy, its section properties moved from the body into its last paragraph (a
   * small empty one after a closing table, or after a paragraph that already ends a section).
   */
  static void asSection(Element body, boolean last) {
    Document doc = body.getOwnerDocument();
    Element section = lastChild(body, "sectPr").orElseGet(() -> (Element) body.appendChild(
        doc.createElementNS(Xml.W, "w:sectPr")));
    numberFromOne(section);
    Xml.child(section, "type").filter(t -> t.getAttributeNS(Xml.W, "val").equals("continuous"))
        .ifPresent(section::removeChild);
    if (last) {
      return;
    }
    body.removeChild(section);
    Element breaking = lastElement(body).filter(e -> Xml.isW(e, "p") && !Paragraphs.endsSection(e))
        .orElseGet(() -> shrunk((Element) body.appendChild(doc.createElementNS(Xml.W, "w:p"))));
    pPr(breaking).appendChild(section);
  }

  /** An empty paragraph after a closing table, made as small as Word allows: it only carries the break. */
  private static Element shrunk(Element p) {
    Document doc = p.getOwnerDocument();
    Element pPr = pPr(p);
    Element spacing = doc.createElementNS(Xml.W, "w:spacing");
    spacing.setAttributeNS(Xml.W, "w:before", "0");
    spacing.setAttributeNS(Xml.W, "w:after", "0");
    spacing.setAttributeNS(Xml.W, "w:line", "20");
    spacing.setAttributeNS(Xml.W, "w:lineRule", "exact");
    pPr.appendChild(spacing);
    Element rPr = doc.createElementNS(Xml.W, "w:rPr");
    Element size = doc.createElementNS(Xml.W, "w:sz");
    size.setAttributeNS(Xml.W, "w:val", "2");
    rPr.appendChild(size);
    pPr.appendChild(rPr);
    return p;
  }

  private static Element pPr(Element p) {
    Element pPr = Xml.child(p, "pPr").orElseGet(() -> {
      Element created = p.getOwnerDocument().createElementNS(Xml.W, "w:pPr");
      p.insertBefore(created, p.getFirstChild());
      return created;
    });
    // A tracked change of the paragraph's look: the break must not sit in it.
    Xml.child(pPr, "pPrChange").ifPresent(pPr::removeChild);
    return pPr;
  }

  private static Element withoutReferences(Element section) {
    for (Node n = section.getFirstChild(); n != null;) {
      Node next = n.getNextSibling();
      if (Xml.isW(n, "headerReference") || Xml.isW(n, "footerReference")) {
        section.removeChild(n);
      }
      n = next;
    }
    return section;
  }

  /** The appended document's pages are numbered from 1, as a document of its own. */
  private static void numberFromOne(Element section) {
    if (Xml.child(section, "pgNumType").isPresent()) {
      return;
    }
    Element numbers = section.getOwnerDocument().createElementNS(Xml.W, "w:pgNumType");
    numbers.setAttributeNS(Xml.W, "w:start", "1");
    Node before = null;
    for (Node n = section.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
      if (n instanceof Element e && Xml.W.equals(e.getNamespaceURI()) && AFTER_PAGE_NUMBERS.contains(e.getLocalName())) {
        before = n;
      }
    }
    section.insertBefore(numbers, before);
  }

  private static Optional<Element> lastElement(Element parent) {
    for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
      if (n instanceof Element e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<Element> lastChild(Element parent, String name) {
    return lastElement(parent).filter(e -> Xml.isW(e, name));
  }
}
