package vn.dvht.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph as Word shows it, and where each character of it stands in the XML:
 * the runs joined, wherever Word split a word (spell-check marks, bookmarks, a change of formatting,
 * a word typed in two goes); the runs of hyperlinks, smart tags, content controls, custom XML and
 * inserted or moved-in revisions included; what Word does not show left out (deleted or moved-away
 * revisions, a field's code as opposed to its result, ruby guide text, the fallback of alternate
 * content); a tab, a line break or a special hyphen one character; the paragraphs of a text box left
 * to themselves. {@link #fields} finds the fields of this text; {@link FieldReplacer} replaces them
 * in the XML. The check of a form and its filling both read a paragraph only through this class.
 */
public final class ParagraphText {
  /** Containers whose content Word does not show in the paragraph's text. */
  private static final Set<String> HIDDEN = Set.of("pPr", "rPr", "del", "moveFrom", "rt", "sdtPr", "sdtEndPr",
      "instrText", "delText", "delInstrText", "fldData", "drawing", "pict", "object", "footnoteReference",
      "endnoteReference", "commentReference", "p", "tbl", "txbxContent");

  /** One piece of the text: a {@code w:t}'s characters, or one character standing for an element. */
  record Piece(Element node, int start, String text, boolean isText) {
    int end() {
      return start + text.length();
    }
  }

  /** A field in the text: its name (what the placeholder's group 1 holds) and where it starts and ends. */
  public record Field(String name, int start, int end) {}

  private final Element paragraph;
  private final String text;
  private final List<Piece> pieces;

  private ParagraphText(Element paragraph, String text, List<Piece> pieces) {
    this.paragraph = paragraph;
    this.text = text;
    this.pieces = List.copyOf(pieces);
  }

  /** Reads the paragraph {@code p}. */
  public static ParagraphText of(Element p) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    new Reader(pieces, text).children(p);
    return new ParagraphText(p, text.toString(), pieces);
  }

  public Element paragraph() {
    return paragraph;
  }

  /** The text as Word shows it. */
  public String text() {
    return text;
  }

  List<Piece> pieces() {
    return pieces;
  }

  /** The fields of the text, in order: every match of {@code placeholder} (group 1 is the name). */
  public List<Field> fields(Pattern placeholder) {
    List<Field> fields = new ArrayList<>();
    Matcher m = placeholder.matcher(text);
    while (m.find()) {
      fields.add(new Field(m.group(1), m.start(), m.end()));
    }
    return fields;
  }

  /** Where a {@code {{} is opened after the last field and never closed, if it is. */
  public Optional<Integer> unclosed(Pattern placeholder) {
    List<Field> fields = fields(placeholder);
    int from = fields.isEmpty() ? 0 : fields.get(fields.size() - 1).end();
    int at = text.indexOf("{{", from);
    return at < 0 ? Optional.empty() : Optional.of(at);
  }

  /** The name of the field that is all the paragraph's text (spaces aside), if it is one. */
  public Optional<String> alone(Pattern placeholder) {
    Matcher m = placeholder.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Walks a paragraph's content in document order, collecting what Word shows. */
  private static final class Reader {
    private final List<Piece> pieces;
    private final StringBuilder text;
    /** Complex fields open in this paragraph: true once past their separator (their result shows). */
    private final java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();

    Reader(List<Piece> pieces, StringBuilder text) {
      this.pieces = pieces;
      this.text = text;
    }

    void children(Element parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          element(e);
        }
      }
    }

    private void element(Element e) {
      if (Xml.MC.equals(e.getNamespaceURI())) {
        if (!"Fallback".equals(e.getLocalName())) {
          children(e);
        }
        return;
      }
      if (!Xml.W.equals(e.getNamespaceURI())) {
        return;
      }
      String name = e.getLocalName();
      if (HIDDEN.contains(name)) {
        return;
      }
      switch (name) {
        case "t" -> add(e, e.getTextContent(), true);
        case "tab", "ptab" -> add(e, "\t", false);
        case "br", "cr" -> add(e, "\n", false);
        case "noBreakHyphen" -> add(e, "\u2011", false);
        case "softHyphen" -> add(e, "\u00AD", false);
        case "sym" -> add(e, "\uFFFC", false);
        case "fldChar" -> fieldChar(e.getAttributeNS(Xml.W, "fldCharType"));
        default -> children(e);
      }
    }

    private void fieldChar(String type) {
      switch (type) {
        case "begin" -> fields.push(false);
        case "separate" -> {
          if (!fields.isEmpty()) {
            fields.pop();
            fields.push(true);
          }
        }
        case "end" -> {
          if (!fields.isEmpty()) {
            fields.pop();
          }
        }
        default -> { }
      }
    }

    private void add(Element e, String shown, boolean isText) {
      if (fields.contains(false)) {
        return; // inside a field's code: Word shows its result, not this
      }
      pieces.add(new Piece(e, text.length(), shown, isText));
      text.append(shown);
    }
  }
}
