package vn.dvht.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * One Word text part (the body, a header, a footer, the notes, the comments) walked once in document
 * order: its paragraphs, each with its {@link ParagraphText}, its {@link Place} and the table row it
 * stands in, and what {@link ContentRules} and {@link FieldCodes} refuse in it, at the paragraph or row
 * where it stands. The check and the filler both take a part's paragraphs and rows from here.
 */
final class Story {
  /** A paragraph of the part, the place the clerk finds it at, and the innermost table row it is in. */
  static final class Paragraph {
    private final ParagraphText text;
    private final Place place;
    private final Element row;

    Paragraph(ParagraphText text, Place place, Element row) {
      this.text = text;
      this.place = place;
      this.row = row;
    }

    ParagraphText text() {
      return text;
    }

    Place place() {
      return place;
    }

    /** The innermost {@code w:tr} the paragraph stands in. */
    Optional<Element> row() {
      return Optional.ofNullable(row);
    }
  }

  private final String part;
  private final Place.Kind kind;
  private final Document doc;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  /** The place of each row, as its first paragraph has it. */
  private final Map<Element, Place> rowPlaces = new HashMap<>();

  private Story(String part, Place.Kind kind, Document doc) {
    this.part = part;
    this.kind = kind;
    this.doc = doc;
  }

  /**
   * Walks a part; {@code flagged} are the ids of its relationships that are refused, each reported
   * where an element first names it and taken out of the map.
   */
  static Story walk(String part, Place.Kind kind, Document doc, Map<String, Finding.Problem> flagged) {
    Story story = new Story(part, kind, doc);
    new Walker(story, flagged, Optional.empty()).element(doc.getDocumentElement());
    return story;
  }

  /**
   * Walks a part of a request letter: also what cannot be carried into the report — any relationship
   * but {@code sections} (the letter's own headers and footers), numbering, notes, comments.
   */
  static Story walkLetter(String part, Place.Kind kind, Document doc, Map<String, Finding.Problem> flagged,
      Set<String> sections) {
    Story story = new Story(part, kind, doc);
    new Walker(story, flagged, Optional.of(sections)).element(doc.getDocumentElement());
    return story;
  }

  String part() {
    return part;
  }

  Place.Kind kind() {
    return kind;
  }

  Document document() {
    return doc;
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  List<Finding> findings() {
    return findings;
  }

  Place placeOf(Element row) {
    return rowPlaces.getOrDefault(row, Place.of(kind, part));
  }

  /** The walk: counters of body paragraphs, top-level tables and their rows; open rows and fields. */
  private static final class Walker {
    private final Story story;
    private final Map<String, Finding.Problem> flagged;
    /** In a letter, the relationships its elements may name. */
    private final Optional<Set<String>> letter;
    private final Set<String> said = new HashSet<>();
    private final Deque<Element> rows = new ArrayDeque<>();
    private final Deque<Code> fields = new ArrayDeque<>();
    private int paragraph;
    private int table;
    private int row;
    private int tableDepth;
    private int paragraphDepth;

    /** A complex field's code as it is read: its text, and whether its separator has been met. */
    private static final class Code {
      final StringBuilder text = new StringBuilder();
      boolean checked;
    }

    Walker(Story story, Map<String, Finding.Problem> flagged, Optional<Set<String>> letter) {
      this.story = story;
      this.flagged = flagged;
      this.letter = letter;
    }

    void element(Element e) {
      rules(e);
      if (!Xml.W.equals(e.getNamespaceURI())) {
        children(e);
        return;
      }
      switch (e.getLocalName()) {
        case "p" -> paragraph(e);
        case "tbl" -> {
          if (tableDepth++ == 0) {
            table++;
            row = 0;
          }
          children(e);
          tableDepth--;
        }
        case "tr" -> {
          if (tableDepth == 1) {
            row++;
          }
          rows.push(e);
          story.rowPlaces.put(e, place());
          children(e);
          rows.pop();
        }
        case "fldChar" -> fieldChar(e.getAttributeNS(Xml.W, "fldCharType"));
        case "instrText", "delInstrText" -> {
          if (!fields.isEmpty() && !fields.peek().checked) {
            fields.peek().text.append(e.getTextContent());
          }
        }
        case "fldSimple" -> {
          code(e.getAttributeNS(Xml.W, "instr"));
          children(e);
        }
        default -> children(e);
      }
    }

    private void paragraph(Element p) {
      if (paragraphDepth == 0 && tableDepth == 0) {
        paragraph++;
      }
      story.paragraphs.add(new Paragraph(ParagraphText.of(p), place(), rows.peek()));
      paragraphDepth++;
      children(p);
      paragraphDepth--;
    }

    private void children(Element e) {
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element child) {
          element(child);
        }
      }
    }

    private void fieldChar(String type) {
      switch (type) {
        case "begin" -> {
          if (!fields.isEmpty() && !fields.peek().checked) {
            fields.peek().text.append(FieldCodes.NESTED);
          }
          fields.push(new Code());
        }
        case "separate" -> {
          if (!fields.isEmpty() && !fields.peek().checked) {
            fields.peek().checked = true;
            code(fields.peek().text.toString());
          }
        }
        case "end" -> {
          if (!fields.isEmpty()) {
            Code code = fields.pop();
            if (!code.checked) {
              code(code.text.toString());
            }
          }
        }
        default -> { }
      }
    }

    private void code(String code) {
      FieldCodes.check(code).ifPresent(v -> add(v.problem(), v.type()));
    }

    /** Refused elements, attributes naming a remote address, and refused relationships named here. */
    private void rules(Element e) {
      ContentRules.element(e.getNamespaceURI(), e.getLocalName()).ifPresent(p -> add(p, ""));
      if (letter.isPresent() && Xml.W.equals(e.getNamespaceURI())) {
        ContentRules.letterElement(e.getLocalName()).ifPresent(p -> add(p, ""));
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (Xml.XMLNS.equals(a.getNamespaceURI())) {
          continue;
        }
        if (Xml.R.equals(a.getNamespaceURI()) && flagged.containsKey(a.getValue())) {
          add(flagged.remove(a.getValue()), "");
        } else if (Xml.R.equals(a.getNamespaceURI()) && letter.isPresent() && !letter.get().contains(a.getValue())) {
          add(Finding.Problem.LETTER_OBJECT, "");
        }
        if (ContentRules.remote(a.getLocalName() == null ? a.getName() : a.getLocalName(), a.getValue())) {
          add(Finding.Problem.REMOTE_ADDRESS, "");
        }
      }
    }

    /** A finding here, once per kind, place and detail. */
    private void add(Finding.Problem problem, String detail) {
      Place place = place();
      if (said.add(problem + "|" + place + "|" + detail)) {
        story.findings.add(new Finding(problem, place, detail));
      }
    }

    private Place place() {
      return tableDepth > 0 ? new Place(story.kind, story.part, 0, table, row)
          : new Place(story.kind, story.part, paragraph, 0, 0);
    }
  }
}
