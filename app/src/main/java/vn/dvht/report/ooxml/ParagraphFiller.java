package vn.dvht.report.ooxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Replaces the placeholders of one Word paragraph, found in the paragraph's text as Word shows it,
 * however the placeholder is split into runs (Word splits a word it has spell-checked, a word typed in
 * two goes, a word whose formatting changed halfway). The value takes the formatting of the run the
 * placeholder starts in; the runs the rest of it was in keep what follows it. A blank in a value ("……",
 * what the clerk must fill) is highlighted; a line break in a value is a line break in Word (but see
 * {@link DocxTemplate}: a paragraph that holds nothing but such a value becomes a paragraph per line).
 */
final class ParagraphFiller {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** Run properties that come after {@code w:highlight} in the schema's order. */
  private static final Set<String> AFTER_HIGHLIGHT = Set.of("u", "effect", "bdr", "shd", "fitText", "vertAlign",
      "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");

  private final Pattern placeholder;
  private final Pattern blank;

  /** @param blank what, in a value, the clerk must fill ("……"): highlighted, as dvht's own layout does */
  ParagraphFiller(Pattern placeholder, Pattern blank) {
    this.placeholder = placeholder;
    this.blank = blank;
  }

  /** Fills every placeholder of {@code p}; a value is never read again for placeholders. */
  void fill(Element p, Map<String, String> values) {
    int from = 0;
    while (true) {
      List<Element> texts = texts(p);
      StringBuilder all = new StringBuilder();
      int[] starts = new int[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        starts[i] = all.length();
        all.append(texts.get(i).getTextContent());
      }
      Matcher m = placeholder.matcher(all);
      if (from > all.length() || !m.find(from)) {
        return;
      }
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for the placeholder " + m.group(1));
      }
      String shown = legal(value);
      replace(texts, starts, m.start(), m.end(), shown);
      from = m.start() + shown.replace("\n", "").length();
    }
  }

  /** The placeholder names of a paragraph, in order. */
  List<String> names(Element p) {
    StringBuilder all = new StringBuilder();
    texts(p).forEach(t -> all.append(t.getTextContent()));
    List<String> names = new ArrayList<>();
    Matcher m = placeholder.matcher(all);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The name of the placeholder that is all the paragraph's text (spaces aside), if it is one. */
  Optional<String> alone(Element p) {
    StringBuilder all = new StringBuilder();
    texts(p).forEach(t -> all.append(t.getTextContent()));
    Matcher m = placeholder.matcher(all.toString().strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The {@code w:t} of the paragraph itself, not those of a paragraph nested in it (a text box). */
  private static List<Element> texts(Element p) {
    List<Element> texts = new ArrayList<>();
    NodeList all = p.getElementsByTagNameNS(W, "t");
    for (int i = 0; i < all.getLength(); i++) {
      Element t = (Element) all.item(i);
      Node up = t.getParentNode();
      while (up != null && !(W.equals(up.getNamespaceURI()) && "p".equals(up.getLocalName()))) {
        up = up.getParentNode();
      }
      if (up == p) {
        texts.add(t);
      }
    }
    return texts;
  }

  private void replace(List<Element> texts, int[] starts, int start, int end, String value) {
    int first = index(starts, texts, start);
    int last = index(starts, texts, end - 1);
    Element t = texts.get(first);
    String text = t.getTextContent();
    String prefix = text.substring(0, start - starts[first]);
    String suffix = first == last ? text.substring(end - starts[first]) : "";
    for (int k = first + 1; k < last; k++) {
      texts.get(k).setTextContent("");
    }
    if (last != first) {
      Element lastText = texts.get(last);
      lastText.setTextContent(lastText.getTextContent().substring(end - starts[last]));
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

  /** The index of the text holding character {@code at} of the paragraph's text. */
  private static int index(int[] starts, List<Element> texts, int at) {
    for (int i = texts.size() - 1; i >= 0; i--) {
      if (starts[i] <= at && at < starts[i] + texts.get(i).getTextContent().length()) {
        return i;
      }
    }
    throw new IllegalStateException("no text at " + at);
  }

  /**
   * Runs with the properties of {@code run} holding the value: a line break in it is a break, a blank
   * in it ({@link #blank}) is highlighted.
   */
  private List<Element> valueRuns(Element run, String value) {
    List<Element> runs = new ArrayList<>();
    String[] lines = value.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        Element br = emptyCopy(run);
        br.appendChild(run.getOwnerDocument().createElementNS(W, "w:br"));
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
    Element t = run.getOwnerDocument().createElementNS(W, "w:t");
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
      Element rest = run.getOwnerDocument().createElementNS(W, "w:t");
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
    if (after.getChildNodes().getLength() == (after.getFirstChild() != null
        && "rPr".equals(after.getFirstChild().getLocalName()) ? 1 : 0)) {
      parent.removeChild(after);
    }
  }

  /** A run with the attributes and properties of {@code run} and nothing else. */
  private static Element emptyCopy(Element run) {
    Element copy = (Element) run.cloneNode(false);
    Node first = run.getFirstChild();
    if (first instanceof Element e && W.equals(e.getNamespaceURI()) && "rPr".equals(e.getLocalName())) {
      copy.appendChild(e.cloneNode(true));
    }
    return copy;
  }

  /** Adds a yellow highlight to the run's properties, where the schema puts it. */
  private static void highlight(Element run) {
    Element rPr;
    if (run.getFirstChild() instanceof Element e && "rPr".equals(e.getLocalName())) {
      rPr = e;
    } else {
      rPr = run.getOwnerDocument().createElementNS(W, "w:rPr");
      run.insertBefore(rPr, run.getFirstChild());
    }
    Node before = null;
    for (Node child = rPr.getFirstChild(); child != null; child = child.getNextSibling()) {
      if ("highlight".equals(child.getLocalName())) {
        rPr.removeChild(child);
        break;
      }
    }
    for (Node child = rPr.getFirstChild(); child != null && before == null; child = child.getNextSibling()) {
      if (AFTER_HIGHLIGHT.contains(child.getLocalName())) {
        before = child;
      }
    }
    Element mark = run.getOwnerDocument().createElementNS(W, "w:highlight");
    mark.setAttributeNS(W, "w:val", "yellow");
    rPr.insertBefore(mark, before);
  }

  private static void preserve(Element t) {
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
  }

  /** Text XML can hold: what {@link Parts#escape} keeps, unescaped (the DOM escapes markup itself). */
  static String legal(String text) {
    return Parts.legal(text.replace("\r", ""));
  }
}
