package vn.dvht.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.dvht.diag.Messages;
import vn.dvht.model.TemplateField;

/**
 * Reads a DOCX template far enough to check it before any member is read: a zip of bounded size
 * holding a Word document, and the placeholders its paragraphs hold — in the body, tables, headers and
 * footers — read from the paragraph's text as Word shows it, however the placeholder is split into
 * runs. Nothing of the file is shown but the names of its placeholders and where they stand.
 */
final class DocxPlaceholders {
  /** More parts than any template needs: a docx of a few pages has some twenty. */
  static final int MAX_PARTS = 1000;
  /** Inflated bytes, counted as they are inflated: never more than this, whatever the zip declares. */
  static final long MAX_INFLATED = 64L * 1024 * 1024;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MAIN_TYPE = "wordprocessingml.document.main+xml";
  private static final String TEMPLATE_TYPE = "wordprocessingml.template.main+xml";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String RELS = "word/_rels/document.xml.rels";

  private DocxPlaceholders() {}

  /** Why the bytes are not a usable DOCX; the message is ready to show after the template's name. */
  static final class NotDocx extends Exception {
    private static final long serialVersionUID = 1L;

    NotDocx(String message) {
      super(message, null, false, false);
    }
  }

  /** A problem with one placeholder: its message, without the template's name, which the caller adds. */
  record Problem(String message) {}

  /** What a check found: the problems, and the known placeholders the template uses, each once, in order. */
  record Checked(List<Problem> problems, List<TemplateField> used) {
    Checked {
      problems = List.copyOf(problems);
      used = List.copyOf(used);
    }
  }

  /** Every placeholder problem of a report template, in the order the parts and paragraphs come. */
  static Checked check(byte[] docx) throws NotDocx {
    return check(docx, false);
  }

  /**
   * Every problem of a request letter template: its placeholders, and what dvht cannot carry over when
   * it appends the letter to the report as a section — images, links and embedded objects (any
   * relationship but the letter's own headers and footers), automatic numbering, notes and comments.
   */
  static Checked checkLetter(byte[] docx) throws NotDocx {
    return check(docx, true);
  }

  private static Checked check(byte[] docx, boolean letter) throws NotDocx {
    Map<String, byte[]> parts = textParts(docx);
    String types = new String(parts.getOrDefault("[Content_Types].xml", new byte[0]), StandardCharsets.UTF_8);
    if (!parts.containsKey("word/document.xml")) {
      throw new NotDocx(Messages.get("template.noDocument"));
    }
    if (!types.contains(MAIN_TYPE) && !types.contains(TEMPLATE_TYPE)) {
      throw new NotDocx(Messages.get("template.notWord"));
    }
    List<Problem> problems = new ArrayList<>();
    Set<TemplateField> used = new LinkedHashSet<>();
    Set<String> sections = letter ? sectionRelationships(parts.get(RELS)) : Set.of();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!part.getKey().equals("[Content_Types].xml") && !part.getKey().equals(RELS)) {
        new Scan(part.getKey(), problems, used, letter, sections).run(part.getValue());
      }
    }
    return new Checked(problems, List.copyOf(used));
  }

  /**
   * The ids of the document's relationships to its own header and footer parts, the only ones a letter
   * may have: they are carried over with the letter's section.
   */
  private static Set<String> sectionRelationships(byte[] rels) throws NotDocx {
    Set<String> ids = new HashSet<>();
    if (rels == null) {
      return ids;
    }
    try (InputStream in = new ByteArrayInputStream(rels)) {
      XMLStreamReader reader = factory().createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
          String type = String.valueOf(reader.getAttributeValue(null, "Type"));
          String target = String.valueOf(reader.getAttributeValue(null, "Target"));
          boolean internal = reader.getAttributeValue(null, "TargetMode") == null;
          if (internal && (type.endsWith("/header") || type.endsWith("/footer"))
              && target.matches("(header|footer)\\d{1,4}\\.xml")) {
            ids.add(String.valueOf(reader.getAttributeValue(null, "Id")));
          }
        }
      }
    } catch (XMLStreamException | IOException e) {
      throw new NotDocx(Messages.get("template.badXml", RELS));
    }
    return ids;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /**
   * The parts placeholders may stand in, and the content types: every entry is inflated through a
   * count, so a zip bomb stops at {@link #MAX_INFLATED} bytes.
   */
  private static Map<String, byte[]> textParts(byte[] docx) throws NotDocx {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long inflated = 0;
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      byte[] buffer = new byte[1 << 16];
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++count > MAX_PARTS) {
          throw new NotDocx(Messages.get("template.tooManyParts", MAX_PARTS));
        }
        boolean keep = wanted(entry.getName());
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > MAX_INFLATED) {
            throw new NotDocx(Messages.get("template.bomb", MAX_INFLATED / 1024 / 1024));
          }
          if (keep) {
            kept.write(buffer, 0, n);
          }
        }
        if (keep && parts.putIfAbsent(entry.getName(), kept.toByteArray()) != null) {
          throw new NotDocx(Messages.get("template.partTwice", entry.getName()));
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new NotDocx(Messages.get("template.notZip"));
    } catch (IOException e) {
      throw new NotDocx(Messages.get("template.notZip"));
    }
    if (count == 0) {
      throw new NotDocx(Messages.get("template.notZip"));
    }
    return parts;
  }

  private static boolean wanted(String name) {
    return name.equals("[Content_Types].xml") || name.equals("word/document.xml") || name.equals(RELS)
        || name.matches("word/(header|footer)\\d{1,4}\\.xml");
  }

  /** Where a paragraph stands, as the clerk finds it in Word. */
  private static String place(String part, int paragraph, int table, int row) {
    if (part.startsWith("word/header")) {
      return Messages.get("template.inHeader", part.substring(5));
    }
    if (part.startsWith("word/footer")) {
      return Messages.get("template.inFooter", part.substring(5));
    }
    return table > 0 ? Messages.get("template.inTable", table, row) : Messages.get("template.inParagraph", paragraph);
  }

  /** One part read with StAX (no DTD, no external entity): paragraph texts, their tables and rows. */
  private static final class Scan {
    private final String part;
    private final List<Problem> problems;
    private final Set<TemplateField> used;
    private final boolean letter;
    /** In a letter, the relationships its parts may name: the document's headers and footers. */
    private final Set<String> allowed;
    /** What a letter holds that cannot be carried over, each said once per part. */
    private final Set<String> unsupported = new HashSet<>();
    private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    /** The scopes of the row fields met in each open table row, innermost last. */
    private final Deque<Set<TemplateField.Scope>> rows = new ArrayDeque<>();
    private int tableDepth;
    private int paragraph;
    private int table;
    private int row;
    private boolean inText;

    Scan(String part, List<Problem> problems, Set<TemplateField> used, boolean letter, Set<String> sections) {
      this.part = part;
      this.problems = problems;
      this.used = used;
      this.letter = letter;
      this.allowed = part.equals("word/document.xml") ? sections : Set.of();
    }

    void run(byte[] xml) throws NotDocx {
      try (InputStream in = new ByteArrayInputStream(xml)) {
        XMLStreamReader reader = factory().createXMLStreamReader(in);
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamReader.START_ELEMENT && letter) {
            letterContent(reader);
          }
          if (event == XMLStreamReader.START_ELEMENT && W.equals(reader.getNamespaceURI())) {
            start(reader.getLocalName());
          } else if (event == XMLStreamReader.END_ELEMENT && W.equals(reader.getNamespaceURI())) {
            end(reader.getLocalName());
          } else if ((event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) && inText
              && !paragraphs.isEmpty()) {
            paragraphs.peek().append(reader.getText());
          }
        }
      } catch (XMLStreamException | IOException e) {
        throw new NotDocx(Messages.get("template.badXml", part));
      }
    }

    private void start(String name) {
      switch (name) {
        case "p" -> {
          if (paragraphs.isEmpty() && tableDepth == 0) {
            paragraph++;
          }
          paragraphs.push(new StringBuilder());
        }
        case "t" -> inText = true;
        case "tbl" -> {
          if (tableDepth++ == 0) {
            table++;
            row = 0;
          }
        }
        case "tr" -> {
          if (tableDepth == 1) {
            row++;
          }
          rows.push(EnumSet.noneOf(TemplateField.Scope.class));
        }
        default -> { }
      }
    }

    private void end(String name) {
      switch (name) {
        case "p" -> {
          if (!paragraphs.isEmpty()) {
            check(paragraphs.pop().toString());
          }
        }
        case "t" -> inText = false;
        case "tbl" -> tableDepth--;
        case "tr" -> {
          Set<TemplateField.Scope> scopes = rows.pop();
          if (scopes.size() > 1) {
            List<String> kinds = scopes.stream().map(s -> Messages.get("template.scope." + s.name())).toList();
            problems.add(new Problem(Messages.get("template.mixedRow", where(), kinds.get(0), kinds.get(1))));
          }
        }
        default -> { }
      }
    }

    /** In a letter: what the merge cannot carry, said at its first place in the part. */
    private void letterContent(XMLStreamReader reader) {
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        if (R.equals(reader.getAttributeNamespace(i)) && !allowed.contains(reader.getAttributeValue(i))) {
          unsupported("template.letterObject");
        }
      }
      if (W.equals(reader.getNamespaceURI())) {
        switch (reader.getLocalName()) {
          case "numPr" -> unsupported("template.letterNumbering");
          case "footnoteReference", "endnoteReference" -> unsupported("template.letterNotes");
          case "commentReference", "commentRangeStart" -> unsupported("template.letterComments");
          default -> { }
        }
      }
    }

    private void unsupported(String what) {
      if (unsupported.add(what)) {
        problems.add(new Problem(Messages.get("template.letterUnsupported", where(), Messages.get(what))));
      }
    }

    private String where() {
      return place(part, paragraph, tableDepth > 0 ? table : 0, row);
    }

    private void check(String text) {
      Matcher m = TemplateField.PLACEHOLDER.matcher(text);
      int end = 0;
      while (m.find()) {
        end = m.end();
        String name = m.group(1);
        Optional<TemplateField> field = TemplateField.of(name);
        field.ifPresent(used::add);
        if (field.isEmpty()) {
          problems.add(new Problem(unknown(name)));
        } else if (field.get().scope() != TemplateField.Scope.DOCUMENT) {
          if (rows.isEmpty()) {
            problems.add(new Problem(Messages.get("template.rowField", "{{" + name + "}}", where(),
                Messages.get("template.scope." + field.get().scope().name()))));
          } else {
            rows.peek().add(field.get().scope());
          }
        }
      }
      if (text.indexOf("{{", end) >= 0) {
        problems.add(new Problem(Messages.get("template.unclosed", where())));
      }
    }

    /** Fields renamed since a template may have been written, to the name that replaced them: no typo away. */
    private static final Map<String, String> RENAMED = Map.of("chi_tieu_yeu_cau", "chi_tieu_nguong");

    private String unknown(String name) {
      String shown = "{{" + name + "}}";
      List<String> keys = java.util.Arrays.stream(TemplateField.values()).map(TemplateField::key).toList();
      return Optional.ofNullable(RENAMED.get(name)).or(() -> Spelling.closest(name, keys))
          .map(guess -> Messages.get("template.unknownGuess", shown, where(), "{{" + guess + "}}"))
          .orElseGet(() -> Messages.get("template.unknown", shown, where()));
    }
  }
}
