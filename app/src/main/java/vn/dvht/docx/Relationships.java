package vn.dvht.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The relationships of one part (its {@code _rels/….rels}) as a DOM: each relationship's id, type,
 * target and mode, the part an internal target names, and relationships added by id.
 */
final class Relationships {
  /** One relationship; {@code part} is the package part an internal target resolves to, if it does. */
  record Relationship(Element element, String id, String type, String target, boolean external, Optional<String> part) {
    /** The last word of its type: {@code header}, {@code image}, {@code vbaProject}. */
    String kind() {
      return type.substring(type.lastIndexOf('/') + 1);
    }
  }

  private final String source;
  private final Document doc;

  Relationships(String source, Document doc) {
    this.source = source;
    this.doc = doc;
  }

  /** A source part without relationships: an empty list to add to. */
  static Relationships empty(String source) throws java.io.IOException {
    return new Relationships(source, Xml.parse(("<Relationships xmlns=\"" + Xml.PACKAGE_RELS + "\"/>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The relationships part of {@code part}: {@code word/_rels/document.xml.rels}, {@code _rels/.rels} for the package. */
  static String partOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** The part whose relationships a relationships part holds ("" for the package). */
  static String sourceOf(String relsPart) {
    String folder = relsPart.substring(0, relsPart.lastIndexOf("_rels/"));
    String file = relsPart.substring(relsPart.lastIndexOf('/') + 1);
    return folder + file.substring(0, file.length() - ".rels".length());
  }

  Document document() {
    return doc;
  }

  List<Relationship> all() {
    List<Relationship> all = new ArrayList<>();
    for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "Relationship".equals(e.getLocalName())) {
        String target = e.getAttribute("Target");
        boolean external = "External".equalsIgnoreCase(e.getAttribute("TargetMode"));
        all.add(new Relationship(e, e.getAttribute("Id"), e.getAttribute("Type"), target, external,
            external ? Optional.empty() : resolve(target)));
      }
    }
    return all;
  }

  /** The first relationship of a kind ({@code officeDocument}, {@code styles}). */
  Optional<Relationship> first(String kind) {
    return all().stream().filter(r -> r.kind().equals(kind) && !r.external()).findFirst();
  }

  /** Adds a relationship with a fresh id; returns the id. */
  String add(String type, String target) {
    Set<String> ids = new HashSet<>();
    all().forEach(r -> ids.add(r.id()));
    int n = ids.size() + 1;
    while (ids.contains("rIdDvht" + n)) {
      n++;
    }
    Element e = doc.createElementNS(Xml.PACKAGE_RELS, "Relationship");
    e.setAttribute("Id", "rIdDvht" + n);
    e.setAttribute("Type", type);
    e.setAttribute("Target", target);
    doc.getDocumentElement().appendChild(e);
    return "rIdDvht" + n;
  }

  /**
   * The part an internal target names, relative to the source's folder (or the package's root when
   * it starts with {@code /}); empty when it is not a plain part name inside the package.
   */
  Optional<String> resolve(String target) {
    if (target.isEmpty() || target.indexOf('\\') >= 0 || target.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")
        || target.startsWith("//")) {
      return Optional.empty();
    }
    String path = target.startsWith("/") ? target.substring(1)
        : source.substring(0, source.lastIndexOf('/') + 1) + target;
    int hash = path.indexOf('#');
    path = hash >= 0 ? path.substring(0, hash) : path;
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }
}
