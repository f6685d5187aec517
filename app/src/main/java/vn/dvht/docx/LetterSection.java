package vn.dvht.docx;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Appends a letter's form to a report's form as a section of its own, before either is filled, so
 * the dossier stays one Word file: the report's last section ends with a section break, the letter's
 * body follows with its own page settings and page numbers from 1, its headers and footers come along
 * as new parts (relationships and content types added through their DOMs), and its styles join the
 * report's where the report has no style of that id (a style both have keeps the report's look). What
 * the letter's check refuses — images, links, numbering, notes, comments — is not there to carry. A
 * letter section without a header or footer of its own shows the report's, as Word does for any section.
 */
final class LetterSection {
  private static final Pattern NUMBERED = Pattern.compile("(header|footer)(\\d+)\\.xml");
  private LetterSection() {}

  static void append(FormPackage report, FormPackage letter) throws IOException {
    Document doc = main(report).document();
    Document letterDoc = main(letter).document();
    Map<String, String> renamed = carrySectionParts(report, letter);
    for (Element e : Paragraphs.descendants(letterDoc.getDocumentElement())) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (Xml.R.equals(a.getNamespaceURI()) && renamed.containsKey(a.getValue())) {
          a.setValue(renamed.get(a.getValue()));
        }
      }
    }
    renumberBookmarks(doc, letterDoc);
    SectionBreak.append(doc, letterDoc);
    mergeStyles(report, letter);
  }

  private static Story main(FormPackage pkg) {
    return pkg.stories.stream().filter(s -> s.kind() == Place.Kind.BODY).findFirst().orElseThrow();
  }

  /**
   * Adds the letter's header and footer parts to the report under new names in the report's main
   * folder, with relationships and content types; returns the letter's relationship ids, old to new.
   */
  private static Map<String, String> carrySectionParts(FormPackage report, FormPackage letter) throws IOException {
    String folder = report.main.substring(0, report.main.lastIndexOf('/') + 1);
    Set<String> taken = new HashSet<>();
    report.names.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    Map<String, Integer> next = new HashMap<>(Map.of("header", 1, "footer", 1));
    for (String name : report.names) {
      Matcher m = NUMBERED.matcher(name.substring(name.lastIndexOf('/') + 1));
      if (m.matches() && m.group(2).length() < 9) {
        next.merge(m.group(1), Integer.parseInt(m.group(2)) + 1, Math::max);
      }
    }
    Relationships reportRels = report.relationshipsFor(report.main);
    Map<String, String> renamed = new HashMap<>();
    for (Relationships.Relationship r : letter.relationshipsFor(letter.main).all()) {
      Optional<Story> story = r.part().flatMap(part -> letter.stories.stream()
          .filter(s -> s.part().equals(part) && (s.kind() == Place.Kind.HEADER || s.kind() == Place.Kind.FOOTER))
          .findFirst());
      if (story.isEmpty()) {
        continue;
      }
      String kind = story.get().kind() == Place.Kind.HEADER ? "header" : "footer";
      String file;
      do {
        file = kind + next.merge(kind, 1, Integer::sum) + ".xml";
      } while (taken.contains((folder + file).toLowerCase(Locale.ROOT)));
      taken.add((folder + file).toLowerCase(Locale.ROOT));
      renamed.put(r.id(), reportRels.add(r.type(), file));
      report.types.override(folder + file, ContentTypes.WORD + kind + "+xml");
      report.added.add(folder + file);
      report.stories.add(Story.walk(folder + file, story.get().kind(), story.get().document(), new HashMap<>()));
    }
    return renamed;
  }

  /** Word wants bookmark ids unique in a document: both documents' renumbered from 0, the letter's after the report's. */
  private static void renumberBookmarks(Document doc, Document letterDoc) {
    int next = 0;
    for (Document d : List.of(doc, letterDoc)) {
      Map<String, String> ids = new HashMap<>();
      for (Element e : Paragraphs.descendants(d.getDocumentElement())) {
        if (Xml.isW(e, "bookmarkStart") || Xml.isW(e, "bookmarkEnd")) {
          String old = e.getAttributeNS(Xml.W, "id");
          if (!ids.containsKey(old)) {
            ids.put(old, String.valueOf(next++));
          }
          e.setAttributeNS(Xml.W, "w:id", ids.get(old));
        }
      }
    }
  }

  /** The report's styles and, after them, the letter's whose id the report lacks, without numbering. */
  private static void mergeStyles(FormPackage report, FormPackage letter) throws IOException {
    Optional<String> reportStyles = styles(report);
    Optional<String> letterStyles = styles(letter);
    if (reportStyles.isEmpty() || letterStyles.isEmpty()) {
      return;
    }
    Document styles = report.changed.containsKey(reportStyles.get()) ? report.changed.get(reportStyles.get())
        : Xml.parse(report.xml.get(reportStyles.get()));
    Set<String> ids = new HashSet<>();
    for (Element style : Paragraphs.named(styles.getDocumentElement(), "style")) {
      ids.add(style.getAttributeNS(Xml.W, "styleId"));
    }
    for (Element style : Paragraphs.named(Xml.parse(letter.xml.get(letterStyles.get())).getDocumentElement(), "style")) {
      if (ids.add(style.getAttributeNS(Xml.W, "styleId"))) {
        Element copy = (Element) styles.importNode(style, true);
        for (Element numbering : Paragraphs.named(copy, "numPr")) {
          numbering.getParentNode().removeChild(numbering);
        }
        styles.getDocumentElement().appendChild(copy);
      }
    }
    report.changed.put(reportStyles.get(), styles);
  }

  /** The styles part of a package, when its main document has one. */
  private static Optional<String> styles(FormPackage pkg) throws IOException {
    return pkg.relationshipsFor(pkg.main).first("styles").flatMap(Relationships.Relationship::part)
        .filter(pkg.xml::containsKey);
  }
}
