package vn.dvht.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One Word text part (the body, a header, a footer, the notes, the comments) walked once in document
 * order ({@link StoryWalker}): its paragraphs, each with its {@link ParagraphText}, its {@link Place}
 * and the table row it stands in, and what {@link ContentRules} and {@link FieldCodes} refuse in it, at
 * the paragraph or row where it stands. The check and the filler both take a part's paragraphs and rows
 * from here.
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

  final String part;
  final Place.Kind kind;
  private final Document doc;
  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  /** The place of each row, as the walk met it. */
  final Map<Element, Place> rowPlaces = new HashMap<>();

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
    new StoryWalker(story, flagged, Optional.empty()).element(doc.getDocumentElement());
    return story;
  }

  /**
   * Walks a part of a request letter: also what cannot be carried into the report — any relationship
   * but {@code sections} (the letter's own headers and footers), numbering, notes, comments.
   */
  static Story walkLetter(String part, Place.Kind kind, Document doc, Map<String, Finding.Problem> flagged,
      Set<String> sections) {
    Story story = new Story(part, kind, doc);
    new StoryWalker(story, flagged, Optional.of(sections)).element(doc.getDocumentElement());
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
}
