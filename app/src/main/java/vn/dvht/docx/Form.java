package vn.dvht.docx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A form read for its check: what it holds that dvht refuses ({@link #findings}), every field with
 * where it stands ({@link #fields}), the {@code {{} never closed, and the rows that repeat. The filler
 * reads a form through the same class, so a field the check finds is the field the filler fills.
 *
 * <pre>{@code
 * Form form = Form.read(docxBytes, syntax);
 * form.findings();                          // remote fetches, macros, bounds …
 * form.fields();                            // {{ten_don_vi}} at đoạn văn thứ 3 …
 * form.estimate(Map.of("INDICATOR", 40));   // XML the filled text parts come to, at most
 * }</pre>
 */
public final class Form {
  /** A field as it stands: its name, its place, and whether it stands in a table row. */
  public record FieldUse(String name, Place place, boolean inRow) {}

  /**
   * A row that repeats: the kinds of its row fields (more than one is a mistake), where it is, and the
   * XML one copy comes to (each field counted at {@link FormLimits#FIELD_ALLOWANCE} characters).
   */
  public record RepeatedRow(Set<String> kinds, Place place, long size) {
    public RepeatedRow {
      kinds = Collections.unmodifiableSet(new LinkedHashSet<>(kinds));
    }
  }

  private final FormPackage pkg;
  private final Syntax syntax;
  private final List<Finding> findings;
  private final List<FieldUse> fields = new ArrayList<>();
  private final List<Place> unclosed = new ArrayList<>();
  private final List<RepeatedRow> rows = new ArrayList<>();
  private long estimateBase;
  private final Map<String, Long> estimatePerItem = new LinkedHashMap<>();

  private Form(FormPackage pkg, Syntax syntax) {
    this.pkg = pkg;
    this.syntax = syntax;
    this.findings = new ArrayList<>(pkg.findings);
  }

  /** Reads and checks a form; a package that is not a usable Word document is a {@link FormException}. */
  public static Form read(byte[] docx, Syntax syntax) throws FormException {
    return read(docx, syntax, false);
  }

  /**
   * Reads and checks a request letter's form, which is appended to the report as a section: besides a
   * report form's checks, it may hold no image, link or embedded object (no relationship but its
   * headers and footers), no automatic numbering, notes or comments.
   */
  public static Form readLetter(byte[] docx, Syntax syntax) throws FormException {
    return read(docx, syntax, true);
  }

  private static Form read(byte[] docx, Syntax syntax, boolean letter) throws FormException {
    Form form = new Form(FormPackage.read(docx, letter), syntax);
    int total = 0;
    for (Story story : form.pkg.stories) {
      total += form.analyse(story);
    }
    if (total > FormLimits.MAX_FIELDS) {
      form.findings.add(new Finding(Finding.Problem.FIELDS_IN_FORM, Place.zip(), String.valueOf(FormLimits.MAX_FIELDS)));
    }
    return form;
  }

  FormPackage pkg() {
    return pkg;
  }

  /** What the form holds that dvht refuses, and the bounds it goes past, each once, in the order found. */
  public List<Finding> findings() {
    return findings.stream().distinct().toList();
  }

  public List<FieldUse> fields() {
    return List.copyOf(fields);
  }

  /** Where a {@code {{} is opened and never closed. */
  public List<Place> unclosed() {
    return List.copyOf(unclosed);
  }

  public List<RepeatedRow> repeatedRows() {
    return List.copyOf(rows);
  }

  /**
   * The characters of XML the filled body, headers and footers come to at most, when each kind of
   * row repeats {@code items} times (a kind missing counts once), each field counted at
   * {@link FormLimits#FIELD_ALLOWANCE} characters.
   */
  public long estimate(Map<String, Integer> items) {
    long total = estimateBase;
    for (Map.Entry<String, Long> row : estimatePerItem.entrySet()) {
      total += row.getValue() * Math.max(0, items.getOrDefault(row.getKey(), 1));
    }
    return total;
  }

  /**
   * The bounds of a form whose rows repeat once per unit of an office ({@link DocxForm.Bound#PER_COPY}):
   * each repeated row's copy at most {@link FormLimits#MAX_COPY_XML}; and the form itself, when it is
   * filled once per unit ({@code letter}), at most that with each row once, else at most
   * {@link FormLimits#MAX_OUTPUT_XML} without its rows.
   */
  public List<Finding> copyBounds(boolean letter) {
    List<Finding> out = new ArrayList<>();
    String limit = String.valueOf(FormLimits.MAX_COPY_XML / 1024);
    for (RepeatedRow row : rows) {
      if (row.size() > FormLimits.MAX_COPY_XML) {
        out.add(new Finding(Finding.Problem.COPY_TOO_LARGE, row.place(), limit));
      }
    }
    Map<String, Integer> once = new LinkedHashMap<>();
    estimatePerItem.keySet().forEach(kind -> once.put(kind, letter ? 1 : 0));
    if (letter && estimate(once) > FormLimits.MAX_COPY_XML) {
      out.add(new Finding(Finding.Problem.COPY_TOO_LARGE, Place.zip(), limit));
    } else if (!letter && estimate(once) > FormLimits.MAX_OUTPUT_XML) {
      out.add(new Finding(Finding.Problem.OUTPUT_TOO_LARGE, Place.zip(),
          String.valueOf(FormLimits.MAX_OUTPUT_XML / 1024 / 1024)));
    }
    return out;
  }

  /** Fields, bounds and rows of one part; returns its number of fields. */
  private int analyse(Story story) {
    Layout layout = Layout.of(story, syntax);
    int count = 0;
    for (Story.Paragraph p : story.paragraphs()) {
      List<ParagraphText.Field> found = p.text().fields(syntax.placeholder());
      count += found.size();
      if (found.size() > FormLimits.MAX_FIELDS_PER_PARAGRAPH) {
        findings.add(new Finding(Finding.Problem.FIELDS_IN_PARAGRAPH, p.place(),
            String.valueOf(FormLimits.MAX_FIELDS_PER_PARAGRAPH)));
      }
      found.forEach(f -> fields.add(new FieldUse(f.name(), p.place(), p.row().isPresent())));
      p.text().unclosed(syntax.placeholder()).ifPresent(at -> unclosed.add(p.place()));
    }
    Map<Element, Long> sizes = estimate(story, layout);
    for (Element row : layout.repeated().keySet()) {
      rows.add(new RepeatedRow(layout.kinds(row), story.placeOf(row), sizes.get(row)));
      if (layout.nesting(row) > FormLimits.MAX_ROW_NESTING) {
        findings.add(new Finding(Finding.Problem.NESTED_ROWS, story.placeOf(row),
            String.valueOf(FormLimits.MAX_ROW_NESTING)));
      }
    }
    return count;
  }

  /** Adds a part to the estimate; returns the size of one copy of each repeated row. */
  private Map<Element, Long> estimate(Story story, Layout layout) {
    estimateBase += pkg.xml.get(story.part()).length;
    Map<Element, Long> rowSize = new LinkedHashMap<>();
    for (Element row : layout.repeated().keySet()) {
      rowSize.put(row, DomSize.of(row));
      estimateBase -= rowSize.get(row);
    }
    for (Story.Paragraph p : story.paragraphs()) {
      long fieldsHere = (long) p.text().fields(syntax.placeholder()).size() * FormLimits.FIELD_ALLOWANCE;
      Optional<Element> repeated = layout.repeatedAround(p.text().paragraph());
      if (repeated.isPresent()) {
        rowSize.merge(repeated.get(), fieldsHere, Long::sum);
      } else {
        estimateBase += fieldsHere;
      }
    }
    rowSize.forEach((row, size) -> estimatePerItem.merge(layout.repeated().get(row), size, Long::sum));
    return rowSize;
  }
}
