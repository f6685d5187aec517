package vn.dvht.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes DOM nodes as XML text, element by element, so a part can be written while it is made: the
 * filler writes each copy of a repeated row and lets it go. Namespaces are declared where a node's
 * prefix is not yet bound to its namespace (a run the filler made, a letter's body moved into the
 * report), as a serializer's namespace fixup does.
 */
final class DomWriter {
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

  private final Writer out;
  /** The prefixes bound in each open element, innermost first. */
  private final Deque<Map<String, String>> scopes = new ArrayDeque<>();

  DomWriter(Writer out) {
    this.out = out;
    scopes.push(Map.of("xml", Xml.XML_NS));
  }

  /** Writes an element's start tag, declaring what its name and attributes need. */
  void start(Element e) throws IOException {
    Map<String, String> bound = new HashMap<>();
    StringBuilder tag = new StringBuilder("<").append(e.getNodeName());
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (Xml.XMLNS.equals(a.getNamespaceURI())) {
        bound.put(a.getPrefix() == null ? "" : a.getLocalName(), a.getValue());
      }
    }
    scopes.push(bound);
    declare(tag, e.getPrefix(), e.getNamespaceURI(), bound);
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!Xml.XMLNS.equals(a.getNamespaceURI()) && a.getPrefix() != null) {
        declare(tag, a.getPrefix(), a.getNamespaceURI(), bound);
      }
      tag.append(' ').append(a.getNodeName()).append("=\"");
      escape(tag, a.getValue(), true);
      tag.append('"');
    }
    out.write(tag.toString());
    out.write(e.hasChildNodes() ? ">" : "/>");
  }

  /** Closes the element {@link #start} opened. */
  void end(Element e) throws IOException {
    if (e.hasChildNodes()) {
      out.write("</" + e.getNodeName() + ">");
    }
    scopes.pop();
  }

  /** Writes a node and everything in it. */
  void write(Node node) throws IOException {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        Element e = (Element) node;
        start(e);
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
          write(child);
        }
        end(e);
      }
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
        StringBuilder text = new StringBuilder();
        escape(text, node.getNodeValue(), false);
        out.write(text.toString());
      }
      case Node.PROCESSING_INSTRUCTION_NODE -> out.write("<?" + node.getNodeName() + " " + node.getNodeValue() + "?>");
      default -> { } // comments and anything else a form may hold are not carried
    }
  }

  private void declare(StringBuilder tag, String prefix, String uri, Map<String, String> bound) {
    String p = prefix == null ? "" : prefix;
    if (uri == null || uri.equals(lookup(p))) {
      return;
    }
    bound.put(p, uri);
    tag.append(p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
    escape(tag, uri, true);
    tag.append('"');
  }

  private String lookup(String prefix) {
    for (Map<String, String> scope : scopes) {
      if (scope.containsKey(prefix)) {
        return scope.get(prefix);
      }
    }
    return null;
  }

  private static void escape(StringBuilder out, String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
