package vn.dvht.report.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Fills a DOCX template: placeholders in the body, tables, headers and footers are replaced (see
 * {@link ParagraphFiller}; a paragraph holding nothing but a value of several lines becomes a paragraph
 * per line), and a table row holding the fields of one kind of item is repeated once per
 * item; a row of parent items directly followed by a row of their children repeats as groups (each
 * criterion, then its indicators). Every other part is copied as it is; the document's properties
 * carry the stamp; every zip entry has the same date, so the same inputs give the same bytes.
 *
 * <p>A filler of our own rather than a template library: poi-tl, the one library of this kind for POI,
 * is not among the packages this project can fetch and pins POI 5.2 (we have 5.5.1, and the build's
 * enforcer checks dependency convergence); docx4j brings JAXB and some forty megabytes. What a province
 * form needs — text fields and repeated rows — is a few hundred lines of DOM over the zip, with
 * no dependency and byte-for-byte reproducible output, which POI's own writer does not give (it stamps
 * zip entries with the time of writing).
 *
 * <pre>{@code
 * DocxTemplate.fill(templateBytes, new DocxTemplate.Values(TemplateField.PLACEHOLDER,
 *     Map.of("ten_don_vi", "Trường THPT Lý Nhân"), List.of(indicatorRows), Pattern.compile("…+")), out,
 *     "dvht 1.0", LocalDate.of(2026, 1, 10), "dvht 1.0 · bộ tiêu chí tt24 …");
 * }</pre>
 */
public final class DocxTemplate {
  private static final Pattern FILLED_PARTS = Pattern.compile("word/(document|header\\d+|footer\\d+)\\.xml");
  private static final String CORE = "docProps/core.xml";

  private DocxTemplate() {}

  /** One repeated row's values; {@code parent} is the id of the item it belongs to ("" for none). */
  public record Item(String id, String parent, Map<String, String> values) {
    public Item {
      values = Map.copyOf(values);
    }
  }

  /**
   * The rows of one kind: a table row holding any of {@code keys} is repeated once per item. A row of
   * this kind right after a row of the {@code parent} kind repeats under each parent item, for the
   * items whose parent is that item.
   */
  public record Rows(String kind, Set<String> keys, List<Item> items, String parent) {
    public Rows {
      keys = Set.copyOf(keys);
      items = List.copyOf(items);
    }
  }

  /**
   * What fills the template: the placeholder pattern (group 1 is the name), the document's values, the
   * repeated rows, and what in a value is a blank the clerk must fill (highlighted).
   */
  public record Values(Pattern placeholder, Map<String, String> fields, List<Rows> rows, Pattern blank) {
    public Values {
      fields = Map.copyOf(fields);
      rows = List.copyOf(rows);
    }
  }

  /** Writes the filled document; {@code note} goes to its properties (the description). */
  public static void fill(byte[] template, Values values, OutputStream out, String creator, LocalDate created,
      String note) throws IOException {
    write(filled(template, values), out, creator, created, note);
  }

  /**
   * Writes the filled report with the filled letter appended as a section of its own (see
   * {@link LetterSection}): one Word file, as dvht's own layout writes its report and letter.
   */
  public static void fillWithLetter(byte[] template, byte[] letter, Values values, OutputStream out, String creator,
      LocalDate created, String note) throws IOException {
    write(LetterSection.append(filled(template, values), filled(letter, values)), out, creator, created, note);
  }

  private static Map<String, byte[]> filled(byte[] template, Values values) throws IOException {
    Map<String, byte[]> parts = read(template);
    ParagraphFiller filler = new ParagraphFiller(values.placeholder(), values.blank());
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (FILLED_PARTS.matcher(part.getKey()).matches()) {
        Document doc = parse(part.getValue());
        new Filling(filler, values).run(doc);
        part.setValue(serialize(doc));
      }
    }
    return parts;
  }

  private static void write(Map<String, byte[]> parts, OutputStream out, String creator, LocalDate created,
      String note) throws IOException {
    if (!parts.containsKey(CORE)) {
      addCoreProperties(parts);
    }
    parts.put(CORE, Parts.core(creator, created, note).getBytes(StandardCharsets.UTF_8));
    ZipParts zip = new ZipParts(out, created);
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      zip.begin(part.getKey()).bytes(part.getValue());
      zip.end();
    }
    zip.close();
  }

  /** The rows and paragraphs of one part, filled. */
  private static final class Filling {
    private final ParagraphFiller filler;
    private final Values values;
    /** Paragraphs already filled (in repeated rows): their values are never read for placeholders. */
    private final Set<Element> filled = Collections.newSetFromMap(new IdentityHashMap<>());

    Filling(ParagraphFiller filler, Values values) {
      this.filler = filler;
      this.values = values;
    }

    void run(Document doc) {
      List<Element> tables = elements(doc.getDocumentElement(), "tbl");
      Collections.reverse(tables); // inner tables first: their rows are repeated before an outer row is copied
      for (Element table : tables) {
        rows(table);
      }
      for (Element p : elements(doc.getDocumentElement(), "p")) {
        if (!filled.contains(p) && !byLines(p)) {
          filler.fill(p, values.fields());
        }
      }
    }

    /**
     * A paragraph that holds nothing but a value of several lines ({@code {{can_cu}}}) becomes one
     * paragraph per line, each with the paragraph's look: a justified paragraph would stretch the
     * words of a line ended by a line break. Not a paragraph that ends a section.
     */
    private boolean byLines(Element p) {
      Optional<String> name = filler.alone(p);
      String value = name.map(values.fields()::get).orElse("");
      if (value.indexOf('\n') < 0 || p.getElementsByTagNameNS(ParagraphFiller.W, "sectPr").getLength() > 0) {
        return false;
      }
      for (String line : value.split("\n", -1)) {
        Element copy = (Element) p.cloneNode(true);
        filler.fill(copy, Map.of(name.get(), line));
        p.getParentNode().insertBefore(copy, p);
      }
      p.getParentNode().removeChild(p);
      return true;
    }

    private void rows(Element table) {
      List<Element> rows = new ArrayList<>();
      for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && isW(e, "tr")) {
          rows.add(e);
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        Optional<Rows> kind = kindOf(rows.get(i));
        if (kind.isEmpty()) {
          continue;
        }
        Optional<Rows> children = i + 1 < rows.size() ? kindOf(rows.get(i + 1)) : Optional.empty();
        Element row = rows.get(i);
        if (children.isPresent() && children.get().parent().equals(kind.get().kind())) {
          Element childRow = rows.get(++i);
          for (Item item : kind.get().items()) {
            copy(row, item, row);
            children.get().items().stream().filter(c -> c.parent().equals(item.id()))
                .forEach(c -> copy(childRow, c, row));
          }
          table.removeChild(childRow);
        } else {
          kind.get().items().forEach(item -> copy(row, item, row));
        }
        table.removeChild(row);
      }
    }

    /** The kind of items a row repeats for: the first whose fields it holds. */
    private Optional<Rows> kindOf(Element row) {
      List<String> names = new ArrayList<>();
      elements(row, "p").forEach(p -> names.addAll(filler.names(p)));
      return values.rows().stream().filter(r -> names.stream().anyMatch(r.keys()::contains)).findFirst();
    }

    /** A copy of {@code row} filled with the item's values and the document's, put before {@code anchor}. */
    private void copy(Element row, Item item, Element anchor) {
      Element copy = (Element) row.cloneNode(true);
      Map<String, String> all = new HashMap<>(values.fields());
      all.putAll(item.values());
      for (Element p : elements(copy, "p")) {
        filler.fill(p, all);
        filled.add(p);
      }
      anchor.getParentNode().insertBefore(copy, anchor);
    }
  }

  private static boolean isW(Element e, String name) {
    return ParagraphFiller.W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  static List<Element> elements(Element root, String name) {
    NodeList list = root.getElementsByTagNameNS(ParagraphFiller.W, name);
    List<Element> elements = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  /** The entries of the template, in their order; folders are left out. */
  private static Map<String, byte[]> read(byte[] template) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(template))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          parts.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return parts;
  }

  /** A template saved without document properties: the part, its relationship and its content type. */
  private static void addCoreProperties(Map<String, byte[]> parts) {
    String rels = new String(parts.getOrDefault("_rels/.rels", new byte[0]), StandardCharsets.UTF_8);
    String types = new String(parts.getOrDefault("[Content_Types].xml", new byte[0]), StandardCharsets.UTF_8);
    int closeRels = rels.lastIndexOf("</Relationships>");
    int closeTypes = types.lastIndexOf("</Types>");
    if (closeRels < 0 || closeTypes < 0) {
      return;
    }
    parts.put("_rels/.rels", (rels.substring(0, closeRels) + "<Relationship Id=\"rIdDvhtCore\" Type=\""
        + Parts.PACKAGE_REL_NS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + rels.substring(closeRels)).getBytes(StandardCharsets.UTF_8));
    parts.put("[Content_Types].xml", (types.substring(0, closeTypes) + "<Override ContentType=\"application/"
        + "vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
        + types.substring(closeTypes)).getBytes(StandardCharsets.UTF_8));
  }

  /** A part as a namespace-aware DOM: no DTD, no external entity (the template was checked when loaded). */
  static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("template part is not XML", e);
    }
  }

  static byte[] serialize(Document doc) throws IOException {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      doc.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("template part could not be written", e);
    }
  }
}
