package vn.dvht.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills a Word form: its fields in the body, tables, headers and footers replaced, each table row of
 * an item kind repeated once per item (a row of parent items directly followed by a row of their
 * children repeats as groups: each criterion, then its indicators), a paragraph holding a condition
 * field kept or dropped. The form is read through {@link Form}, as its check reads it, and refused
 * ({@link FormException}) when the check would refuse it. Every other part is copied as it is; the
 * document's properties carry a description; every zip entry has the same date, so the same inputs
 * give the same bytes. The filled parts are written as they are made: memory holds the form, not
 * the filled document.
 *
 * <pre>{@code
 * DocxForm.Values values = new DocxForm.Values(TemplateField.PLACEHOLDER,
 *     Map.of("ten_don_vi", "Trường THPT Lý Nhân"), List.of(indicatorRows), Map.of("neu_de_nghi", true),
 *     Pattern.compile("…+"));
 * DocxForm.fill(formBytes, values, out, new DocxForm.Properties("dvht 1.0", LocalDate.of(2026, 1, 10),
 *     "dvht 1.0 · bộ tiêu chí tt24 …"));
 * }</pre>
 */
public final class DocxForm {
  private DocxForm() {}

  /** One repeated row's values; {@code parent} is the id of the item it belongs to ("" for none). */
  public record Item(String id, String parent, Map<String, String> values) {
    public Item {
      values = Map.copyOf(values);
    }
  }

  /**
   * The rows of one kind: a table row holding any of {@code keys} is repeated once per item. A row of
   * this kind right after a row of the {@code parent} kind ("" for none) repeats under each parent
   * item, for the items whose parent is that item.
   */
  public record Rows(String kind, Set<String> keys, List<Item> items, String parent) {
    public Rows {
      keys = Set.copyOf(keys);
      items = List.copyOf(items);
    }
  }

  /**
   * What fills a form: the placeholder pattern (group 1 is the name), the document's values, the
   * repeated rows, the conditions (a paragraph holding a condition field is kept, the field taken
   * out, when it is true, and dropped when it is false), and what in a value is a blank the clerk must
   * fill (highlighted).
   */
  public record Values(Pattern placeholder, Map<String, String> fields, List<Rows> rows,
      Map<String, Boolean> conditions, Pattern blank) {
    public Values {
      fields = Map.copyOf(fields);
      rows = List.copyOf(rows);
      conditions = Map.copyOf(conditions);
    }

    /** How the form writes these fields, as its check reads them. */
    public Syntax syntax() {
      Map<String, String> kinds = new HashMap<>();
      Map<String, String> parents = new HashMap<>();
      for (Rows r : rows) {
        r.keys().forEach(k -> kinds.putIfAbsent(k, r.kind()));
        if (!r.parent().isEmpty()) {
          parents.put(r.kind(), r.parent());
        }
      }
      return new Syntax(placeholder, kinds, parents, conditions.keySet());
    }
  }

  /** The document's properties: who made it, the date it carries, and a description for whoever checks it. */
  public record Properties(String creator, LocalDate created, String description) {}

  /** How a filled form's size is bounded. */
  public enum Bound {
    /** In all: a unit's report, whose rows are the ruleset's criteria, indicators and levels. */
    TOTAL,
    /**
     * Per copy: an office's document, whose rows are its units — each copy of a row (or of a letter filled
     * once per unit) bounded, the whole growing with the units as dvht's own layout does.
     */
    PER_COPY
  }

  /** Writes the filled form to {@code out} (flushed, not closed), bounded in all. */
  public static void fill(byte[] form, Values values, OutputStream out, Properties properties)
      throws IOException, FormException {
    fill(form, values, Bound.TOTAL, out, properties);
  }

  /** Writes the filled form to {@code out} (flushed, not closed). */
  public static void fill(byte[] form, Values values, Bound bound, OutputStream out, Properties properties)
      throws IOException, FormException {
    Form report = usable(Form.read(form, values.syntax()), values, bound, false);
    FormWriter.write(report.pkg(), values, List.of(), out, properties);
  }

  /**
   * Writes the filled report with the filled letter appended as a section of its own (see
   * {@link LetterSection}): one Word file.
   */
  public static void fillWithLetter(byte[] form, byte[] letter, Values values, OutputStream out, Properties properties)
      throws IOException, FormException {
    Form report = usable(Form.read(form, values.syntax()), values, Bound.TOTAL, false);
    Form request = usable(Form.readLetter(letter, values.syntax()), values, Bound.TOTAL, false);
    LetterSection.append(report.pkg(), request.pkg());
    FormWriter.write(report.pkg(), values, List.of(), out, properties);
  }

  /**
   * Writes one letter per item of {@code each} from one form, read as a letter's is (no image, link,
   * numbering, notes or comments to repeat): its body filled once per item, each copy a section of its
   * own that starts a page and numbers its pages from 1; its headers and footers, shared by every
   * section, filled once with {@code shared}. Each copy is written as it is filled.
   */
  public static void fillEach(byte[] form, Values shared, List<Values> each, OutputStream out, Properties properties)
      throws IOException, FormException {
    if (each.isEmpty()) {
      throw new IllegalArgumentException("no letter to fill");
    }
    Form letters = usable(Form.readLetter(form, shared.syntax()), each.get(0), Bound.PER_COPY, true);
    FormWriter.write(letters.pkg(), shared, each, out, properties);
  }

  /** The form, when nothing in it is refused, every field has a value and its output is within bounds. */
  private static Form usable(Form form, Values values, Bound bound, boolean letter) throws FormException {
    List<Finding> refused = new ArrayList<>(form.findings());
    Set<String> known = new HashSet<>(values.fields().keySet());
    values.rows().forEach(r -> known.addAll(r.keys()));
    known.addAll(values.conditions().keySet());
    for (Form.FieldUse use : form.fields()) {
      if (!known.contains(use.name())) {
        throw new IllegalArgumentException("no value for the field " + use.name());
      }
    }
    Map<String, Integer> items = new HashMap<>();
    values.rows().forEach(r -> items.put(r.kind(), r.items().size()));
    if (bound == Bound.PER_COPY) {
      refused.addAll(form.copyBounds(letter));
    } else if (form.estimate(items) > FormLimits.MAX_OUTPUT_XML) {
      refused.add(new Finding(Finding.Problem.OUTPUT_TOO_LARGE, Place.zip(),
          String.valueOf(FormLimits.MAX_OUTPUT_XML / 1024 / 1024)));
    }
    if (!refused.isEmpty()) {
      throw new FormException(refused);
    }
    return form;
  }
}
