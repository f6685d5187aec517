package vn.dvht.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fills one Word text part and writes it. Paragraphs outside repeated rows are filled in place; the
 * part is then written element by element, each repeated row written as its copies, one at a time —
 * each copy of the form's row filled with the item's values and the document's, written, let go. Every
 * paragraph is filled once, from the form's own text: a value is never read for fields.
 */
final class StoryFiller {
  private final DocxForm.Values values;
  private final Syntax syntax;
  private final FieldReplacer replacer;
  /** Each item's rows by the id of the item they belong to, per kind. */
  private final Map<String, Map<String, List<DocxForm.Item>>> children = new HashMap<>();
  /** The values the main document's body is filled with once each, as letters; empty: once, with {@code values}. */
  private final List<DocxForm.Values> each;
  private final String main;

  StoryFiller(DocxForm.Values values) {
    this(values, List.of(), "");
  }

  StoryFiller(DocxForm.Values values, List<DocxForm.Values> each, String main) {
    this.values = values;
    this.syntax = values.syntax();
    this.replacer = new FieldReplacer(values.blank());
    this.each = List.copyOf(each);
    this.main = main;
    for (DocxForm.Rows rows : values.rows()) {
      Map<String, List<DocxForm.Item>> byParent = new HashMap<>();
      rows.items().forEach(i -> byParent.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i));
      children.put(rows.kind(), byParent);
    }
  }

  void write(Story form, Writer out) throws IOException {
    if (!each.isEmpty() && form.kind() == Place.Kind.BODY && form.part().equals(main)) {
      writeEach(form, out);
      return;
    }
    Story story = Story.walk(form.part(), form.kind(), form.document(), new HashMap<>());
    Layout layout = Layout.of(story, syntax);
    fillOutsideRows(story, layout);
    out.write(DomWriter.DECLARATION);
    new Expansion(layout, new DomWriter(out)).node(story.document().getDocumentElement());
  }

  private void fillOutsideRows(Story story, Layout layout) {
    for (Story.Paragraph p : story.paragraphs()) {
      if (layout.repeatedAround(p.text().paragraph()).isEmpty()) {
        fill(p.text(), values.fields());
      }
    }
  }

  /**
   * Writes the main document with its body once per letter: each copy of the form's body filled with its
   * values, ended as a section of its own ({@link SectionBreak#asSection}), written, let go. Bookmarks
   * are kept in the first copy only, as Word wants their names unique.
   */
  private void writeEach(Story form, Writer out) throws IOException {
    Element root = form.document().getDocumentElement();
    Element body = Xml.child(root, "body").orElseThrow();
    out.write(DomWriter.DECLARATION);
    DomWriter writer = new DomWriter(out);
    writer.start(root);
    for (Node n = root.getFirstChild(); n != body; n = n.getNextSibling()) {
      writer.write(n);
    }
    writer.start(body);
    for (int i = 0; i < each.size(); i++) {
      org.w3c.dom.Document copy = (org.w3c.dom.Document) form.document().cloneNode(true);
      Element copyBody = Xml.child(copy.getDocumentElement(), "body").orElseThrow();
      if (i > 0) {
        Paragraphs.dropBookmarks(copyBody);
      }
      SectionBreak.asSection(copyBody, i == each.size() - 1);
      StoryFiller letter = new StoryFiller(each.get(i));
      Story story = Story.walk(form.part(), form.kind(), copy, new HashMap<>());
      Layout layout = Layout.of(story, syntax);
      letter.fillOutsideRows(story, layout);
      Expansion expansion = letter.new Expansion(layout, writer);
      for (Node n = copyBody.getFirstChild(); n != null; n = n.getNextSibling()) {
        expansion.node(n);
      }
      out.flush();
    }
    writer.end(body);
    for (Node n = body.getNextSibling(); n != null; n = n.getNextSibling()) {
      writer.write(n);
    }
    writer.end(root);
  }

  /** Fills a paragraph of the form with {@code fields}: kept, dropped, split by lines or filled. */
  private void fill(ParagraphText text, Map<String, String> fields) {
    List<ParagraphText.Field> found = text.fields(syntax.placeholder());
    if (found.isEmpty()) {
      return;
    }
    Element p = text.paragraph();
    for (ParagraphText.Field f : found) {
      if (syntax.conditions().contains(f.name()) && !values.conditions().get(f.name())) {
        Paragraphs.drop(p);
        return;
      }
    }
    Optional<String> alone = text.alone(syntax.placeholder()).filter(fields::containsKey);
    if (alone.isPresent() && fields.get(alone.get()).indexOf('\n') >= 0 && !Paragraphs.endsSection(p)) {
      for (String line : fields.get(alone.get()).split("\n", -1)) {
        Element copy = (Element) p.cloneNode(true);
        p.getParentNode().insertBefore(copy, p);
        ParagraphText copied = ParagraphText.of(copy);
        replacer.replace(copied, copied.fields(syntax.placeholder()), Map.of(alone.get(), line)::get);
      }
      p.getParentNode().removeChild(p);
      return;
    }
    replacer.replace(text, found, name -> syntax.conditions().contains(name) ? "" : fields.get(name));
  }

  /** Writes a part, a repeated row as its copies; a child row written under its parent's copies. */
  private final class Expansion {
    private final Layout layout;
    private final DomWriter out;
    private final Set<Element> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

    Expansion(Layout layout, DomWriter out) {
      this.layout = layout;
      this.out = out;
    }

    void node(Node node) throws IOException {
      if (!(node instanceof Element e)) {
        out.write(node);
        return;
      }
      if (layout.repeated().containsKey(e)) {
        if (!consumed.contains(e)) {
          rows(e);
        }
        return;
      }
      out.start(e);
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        node(child);
      }
      out.end(e);
    }

    private void rows(Element row) throws IOException {
      String kind = layout.repeated().get(row);
      Optional<Element> children = nextRow(row).filter(next -> layout.repeated().containsKey(next)
          && syntax.parent(layout.repeated().get(next)).filter(kind::equals).isPresent());
      children.ifPresent(consumed::add);
      String childKind = children.map(layout.repeated()::get).orElse("");
      for (DocxForm.Item item : items(kind)) {
        copy(row, item);
        if (children.isPresent()) {
          for (DocxForm.Item child : childrenOf(childKind, item.id())) {
            copy(children.get(), child);
          }
        }
      }
    }

    private void copy(Element row, DocxForm.Item item) throws IOException {
      Element copy = (Element) row.cloneNode(true);
      Map<String, String> all = new HashMap<>(values.fields());
      all.putAll(item.values());
      List<ParagraphText> texts = new ArrayList<>();
      for (Element p : Paragraphs.all(copy)) {
        texts.add(ParagraphText.of(p));
      }
      texts.forEach(t -> fill(t, all));
      out.write(copy);
    }
  }

  /** The items of {@code kind} that belong to the item {@code parent}, in their order. */
  private List<DocxForm.Item> childrenOf(String kind, String parent) {
    return children.getOrDefault(kind, Map.of()).getOrDefault(parent, List.of());
  }

  private List<DocxForm.Item> items(String kind) {
    return values.rows().stream().filter(r -> r.kind().equals(kind)).findFirst().map(DocxForm.Rows::items)
        .orElse(List.of());
  }

  /** The next element after {@code row} among its siblings, when it is a repeated row. */
  private static Optional<Element> nextRow(Element row) {
    for (Node n = row.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return Xml.isW(e, "tr") ? Optional.of(e) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
