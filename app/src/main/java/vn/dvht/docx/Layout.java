package vn.dvht.docx;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rows of a part that repeat: a table row repeats for a kind of item when a paragraph whose
 * innermost row it is holds a row field of that kind (the first kind met, in document order). A
 * field in a table nested in a row belongs to the nested table's row, not to the outer one.
 */
final class Layout {
  private final Map<Element, Set<String>> kinds;
  private final Map<Element, String> repeated = new LinkedHashMap<>();

  private Layout(Map<Element, Set<String>> kinds) {
    this.kinds = kinds;
    kinds.forEach((row, k) -> repeated.put(row, k.iterator().next()));
  }

  static Layout of(Story story, Syntax syntax) {
    Map<Element, Set<String>> kinds = new LinkedHashMap<>();
    for (Story.Paragraph p : story.paragraphs()) {
      if (p.row().isEmpty()) {
        continue;
      }
      for (ParagraphText.Field f : p.text().fields(syntax.placeholder())) {
        syntax.rowKind(f.name()).ifPresent(kind ->
            kinds.computeIfAbsent(p.row().get(), r -> new LinkedHashSet<>()).add(kind));
      }
    }
    return new Layout(kinds);
  }

  /** Each repeated row and the kind it repeats for, in document order. */
  Map<Element, String> repeated() {
    return repeated;
  }

  Set<String> kinds(Element row) {
    return kinds.get(row);
  }

  /** How many repeated rows {@code row} stands in, itself included. */
  int nesting(Element row) {
    int depth = 0;
    for (Node n = row; n != null; n = n.getParentNode()) {
      if (n instanceof Element e && repeated.containsKey(e)) {
        depth++;
      }
    }
    return depth;
  }

  /** The innermost repeated row a node stands in. */
  Optional<Element> repeatedAround(Node node) {
    for (Node n = node; n != null; n = n.getParentNode()) {
      if (n instanceof Element e && repeated.containsKey(e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
