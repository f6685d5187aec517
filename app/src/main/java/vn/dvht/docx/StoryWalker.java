package vn.dvht.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The walk of a {@link Story}: counters of body paragraphs, top-level tables and their rows (as the
 * clerk counts them in Word), the open rows and complex fields, and what is refused, once per place.
 */
final class StoryWalker {
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

  StoryWalker(Story story, Map<String, Finding.Problem> flagged, Optional<Set<String>> letter) {
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
    story.paragraphs.add(new Story.Paragraph(ParagraphText.of(p), place(), rows.peek()));
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
