package vn.dvht.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Replaces the fields of one paragraph, found once in the form's own text ({@link ParagraphText}),
 * in a single pass from the last to the first, so a value is never read again for fields and the
 * work is linear in the paragraph. The value takes the formatting of the run the field starts in; the
 * runs the rest of it was in keep what follows it. A blank in a value ("……", what the clerk must
 * fill) is highlighted; a line break in a value is a line break in Word.
 */
final class FieldReplacer {
  /** Run properties that come after {@code w:highlight} in the schema's order. */
  private static final Set<String> AFTER_HIGHLIGHT = Set.of("u", "effect", "bdr", "shd", "fitText", "vertAlign",
      "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");

  private final Pattern blank;

  /** @param blank what, in a value, the clerk must fill ("……"): highlighted */
  FieldReplacer(Pattern blank) {
    this.blank = blank;
  }

  /**
   * Replaces each of {@code fields} (found in {@code text}, in order) by its value; the caller has made
   * sure every field has one.
   */
  void replace(ParagraphText text, List<ParagraphText.Field> fields, Function<String, String> values) {
    List<ParagraphText.Piece> pieces = text.pieces();
    int[] starts = pieces.stream().mapToInt(ParagraphText.Piece::start).toArray();
    for (int i = fields.size() - 1; i >= 0; i--) {
      ParagraphText.Field field = fields.get(i);
      replace(pieces, starts, field, XmlChars.legal(values.apply(field.name()).replace("\r", "")));
    }
  }

  private void replace(List<ParagraphText.Piece> pieces, int[] starts, ParagraphText.Field field, String value) {
    int first = index(starts, field.start());
    int last = index(starts, field.end() - 1);
    ParagraphText.Piece head = pieces.get(first);
    Element t = head.node();
    // The head's text before the field is as the form has it: later fields were replaced after it.
    String current = t.getTextContent();
    String prefix = current.substring(0, field.start() - head.start());
    String suffix = first == last ? current.substring(field.end() - head.start()) : "";
    for (int k = first + 1; k < last; k++) {
      clear(pieces.get(k));
    }
    if (last != first) {
      ParagraphText.Piece tail = pieces.get(last);
      Element lastText = tail.node();
      lastText.setTextContent(lastText.getTextContent().substring(field.end() - tail.start()));
      preserve(lastText);
    }
    preserve(t);
    if (value.indexOf('\n') < 0 && !blank.matcher(value).find()) {
      t.setTextContent(prefix + value + suffix);
      return;
    }
    t.setTextContent(prefix);
    splitAfter(t, suffix, valueRuns((Element) t.getParentNode(), value));
  }

  /** A piece wholly inside a field: its text emptied, or the tab or break it is taken away. */
  private static void clear(ParagraphText.Piece piece) {
    if (piece.isText()) {
      piece.node().setTextContent("");
    } else if (piece.node().getParentNode() != null) {
      piece.node().getParentNode().removeChild(piece.node());
    }
  }

  /** The piece holding character {@code at}: the last whose start is at or before it. */
  private static int index(int[] starts, int at) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Runs with the properties of {@code run} holding the value: a line break is a break, a blank is highlighted. */
  private List<Element> valueRuns(Element run, String value) {
    List<Element> runs = new ArrayList<>();
    String[] lines = value.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        Element br = emptyCopy(run);
        br.appendChild(run.getOwnerDocument().createElementNS(Xml.W, "w:br"));
        runs.add(br);
      }
      Matcher m = blank.matcher(lines[i]);
      int at = 0;
      while (m.find()) {
        if (m.start() > at) {
          runs.add(textRun(run, lines[i].substring(at, m.start()), false));
        }
        runs.add(textRun(run, m.group(), true));
        at = m.end();
      }
      if (at < lines[i].length()) {
        runs.add(textRun(run, lines[i].substring(at), false));
      }
    }
    return runs;
  }

  private static Element textRun(Element run, String text, boolean highlighted) {
    Element copy = emptyCopy(run);
    if (highlighted) {
      highlight(copy);
    }
    Element t = run.getOwnerDocument().createElementNS(Xml.W, "w:t");
    t.setTextContent(text);
    preserve(t);
    copy.appendChild(t);
    return copy;
  }

  /**
   * Puts the {@code value} runs after the run of {@code t}, then a run with the same properties holding
   * {@code suffix} and whatever followed {@code t} in its run.
   */
  private static void splitAfter(Element t, String suffix, List<Element> value) {
    Element run = (Element) t.getParentNode();
    Element after = emptyCopy(run);
    if (!suffix.isEmpty()) {
      Element rest = run.getOwnerDocument().createElementNS(Xml.W, "w:t");
      rest.setTextContent(suffix);
      preserve(rest);
      after.appendChild(rest);
    }
    for (Node next = t.getNextSibling(); next != null; next = t.getNextSibling()) {
      after.appendChild(next);
    }
    Node parent = run.getParentNode();
    parent.insertBefore(after, run.getNextSibling());
    value.forEach(v -> parent.insertBefore(v, after));
    if (after.getChildNodes().getLength() == (Xml.isW(after.getFirstChild(), "rPr") ? 1 : 0)) {
      parent.removeChild(after);
    }
  }

  /** A run with the attributes and properties of {@code run} and nothing else. */
  private static Element emptyCopy(Element run) {
    Element copy = (Element) run.cloneNode(false);
    Node first = run.getFirstChild();
    if (Xml.isW(first, "rPr")) {
      copy.appendChild(first.cloneNode(true));
    }
    return copy;
  }

  /** Adds a yellow highlight to the run's properties, where the schema puts it. */
  private static void highlight(Element run) {
    Element rPr;
    if (Xml.isW(run.getFirstChild(), "rPr")) {
      rPr = (Element) run.getFirstChild();
    } else {
      rPr = run.getOwnerDocument().createElementNS(Xml.W, "w:rPr");
      run.insertBefore(rPr, run.getFirstChild());
    }
    Xml.child(rPr, "highlight").ifPresent(rPr::removeChild);
    Node before = null;
    for (Node child = rPr.getFirstChild(); child != null && before == null; child = child.getNextSibling()) {
      if (AFTER_HIGHLIGHT.contains(child.getLocalName())) {
        before = child;
      }
    }
    Element mark = run.getOwnerDocument().createElementNS(Xml.W, "w:highlight");
    mark.setAttributeNS(Xml.W, "w:val", "yellow");
    rPr.insertBefore(mark, before);
  }

  private static void preserve(Element t) {
    t.setAttributeNS(Xml.XML_NS, "xml:space", "preserve");
  }
}
