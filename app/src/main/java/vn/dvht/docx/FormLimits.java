package vn.dvht.docx;

/**
 * The bounds a form is read and filled within, so that a form that passes the check is filled in
 * bounded time and memory (see docs/rulesets.md, "Giới hạn của mẫu"). Each is far above what a real
 * province form needs: a few pages are a few hundred KB of XML, a few dozen fields, tables one deep.
 */
public final class FormLimits {
  /** Entries of the zip: a docx of a few pages has some twenty. */
  public static final int MAX_PARTS = 1000;
  /** Inflated bytes of every entry, counted as they are inflated, whatever the zip declares. */
  public static final long MAX_INFLATED = 64L * 1024 * 1024;
  /** XML of every XML part together: what is read as text at all. */
  public static final long MAX_XML = 16L * 1024 * 1024;
  /** XML of the Word text parts (body, headers, footers, notes, comments), each read whole into memory. */
  public static final long MAX_TEXT_XML = 8L * 1024 * 1024;
  /** Elements inside one another: Word nests tables some 60 deep at most. */
  public static final int MAX_DEPTH = 256;
  /** Fields in one paragraph. */
  public static final int MAX_FIELDS_PER_PARAGRAPH = 100;
  /** Fields in one form. */
  public static final int MAX_FIELDS = 2000;
  /** Repeated rows inside one another: one (a repeated row holds no table with a repeated row). */
  public static final int MAX_ROW_NESTING = 1;
  /**
   * The filled text parts' XML, as the check estimates it from the form and the number of criteria,
   * indicators and levels (each field counted at {@link #FIELD_ALLOWANCE} characters).
   */
  public static final long MAX_OUTPUT_XML = 64L * 1024 * 1024;
  /**
   * One copy of what an office's form repeats per unit — a table row, or (a letter filled once per unit)
   * the whole form — estimated as above: the document grows with the office's units, each copy bounded.
   */
  public static final long MAX_COPY_XML = 1024L * 1024;
  /** What the output estimate counts for each field's value. */
  public static final int FIELD_ALLOWANCE = 1000;

  private FormLimits() {}
}
