package vn.dvht.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the filler does to whole paragraphs: find them, drop one, tell one that ends a section. */
final class Paragraphs {
  private Paragraphs() {}

  /** Every {@code w:p} in {@code root}, text boxes' included, in document order. */
  static List<Element> all(Element root) {
    List<Element> all = new ArrayList<>();
    if (Xml.isW(root, "p")) {
      all.add(root);
    }
    NodeList list = root.getElementsByTagNameNS(Xml.W, "p");
    for (int i = 0; i < list.getLength(); i++) {
      all.add((Element) list.item(i));
    }
    return all;
  }

  /** Whether the paragraph carries its section's properties (it must stay). */
  static boolean endsSection(Element p) {
    return Xml.child(p, "pPr").flatMap(pPr -> Xml.child(pPr, "sectPr")).isPresent();
  }

  /**
   * Takes a paragraph out. One that ends a section, or the only paragraph or table of a table cell,
   * header, footer or text box (which must hold one), is emptied instead: its look stays, its content goes.
   */
  static void drop(Element p) {
    Node parent = p.getParentNode();
    if (parent == null) {
      return;
    }
    if (endsSection(p) || onlyBlock(p)) {
      for (Node n = p.getLastChild(); n != null; n = p.getLastChild()) {
        if (Xml.isW(n, "pPr")) {
          break;
        }
        p.removeChild(n);
      }
      return;
    }
    parent.removeChild(p);
  }

  private static boolean onlyBlock(Element p) {
    for (Node n = p.getParentNode().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n != p && (Xml.isW(n, "p") || Xml.isW(n, "tbl") || Xml.isW(n, "sdt") || Xml.isW(n, "customXml"))) {
        return false;
      }
    }
    return true;
  }

  /** Takes out the bookmarks in {@code root}: a copy of a letter after the first, as their names must be unique. */
  static void dropBookmarks(Element root) {
    for (String name : List.of("bookmarkStart", "bookmarkEnd")) {
      for (Element e : named(root, name)) {
        e.getParentNode().removeChild(e);
      }
    }
  }

  /** Every element in {@code root}, itself first, in document order. */
  static List<Element> descendants(Element root) {
    List<Element> all = new ArrayList<>();
    all.add(root);
    NodeList list = root.getElementsByTagName("*");
    for (int i = 0; i < list.getLength(); i++) {
      all.add((Element) list.item(i));
    }
    return all;
  }

  /** Every WordprocessingML element named {@code localName} in {@code root}, in document order. */
  static List<Element> named(Element root, String localName) {
    List<Element> all = new ArrayList<>();
    NodeList list = root.getElementsByTagNameNS(Xml.W, localName);
    for (int i = 0; i < list.getLength(); i++) {
      all.add((Element) list.item(i));
    }
    return all;
  }
}
