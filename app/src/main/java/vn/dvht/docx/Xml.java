package vn.dvht.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Namespaces of WordprocessingML and the package, and XML read without DTDs or external entities. */
final class Xml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private Xml() {}

  /** A StAX factory that reports a DOCTYPE as an event and never resolves an entity. */
  static XMLInputFactory stax() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /**
   * A part as a namespace-aware DOM: a DOCTYPE is an error, no entity is expanded. Parts reach here
   * only after {@link PackageScan} has read them with StAX, so the error is never the first word.
   */
  static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("a form part is not XML", e);
    }
  }

  static boolean isW(Node node, String localName) {
    return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
  }

  /** The first child element of {@code parent} in the WordprocessingML namespace named {@code localName}. */
  static java.util.Optional<Element> child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, localName)) {
        return java.util.Optional.of((Element) n);
      }
    }
    return java.util.Optional.empty();
  }
}
