package vn.dvht.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the Word documents are laid out, as the ruleset's {@code report:} says: the unit's report in dvht's
 * own layout (Nghị định 30/2020), or a DOCX template that a province issues (its "Mẫu số 4") filled in,
 * optionally with the province's request letter ({@code letter: …}) appended as its own section; and the
 * office's documents the province gives its own forms for ({@code office: …}, {@link #office()}).
 */
public sealed interface ReportLayout {
  /** dvht's own report and request letter, and its own office documents. */
  ReportLayout BUILT_IN = new BuiltIn(OfficeForms.NONE, Template.VIETNAMESE);

  /** The office's documents in the province's forms ({@code report.office}); empty for dvht's own layout. */
  OfficeForms office();

  /** The language the province's forms are written in ({@code report.language}): they are filled in it. */
  String language();

  /** dvht's own report; {@code office} the office's forms a province gives without a report template. */
  record BuiltIn(OfficeForms office, String language) implements ReportLayout {}

  /**
   * One DOCX form as loaded: its name as the ruleset gives it (for messages), its bytes, and the
   * placeholders it holds (as written, {@code ten_don_vi}), each once, in the order they first stand.
   */
  record Form(String file, byte[] docx, List<String> fields) {
    /** No form: a template without a letter. */
    public static final Form NONE = new Form("", new byte[0], List.of());

    public Form {
      docx = docx.clone();
      fields = List.copyOf(fields);
    }

    @Override
    public byte[] docx() {
      return docx.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Form f && f.file.equals(file) && f.fields.equals(fields) && Arrays.equals(f.docx, docx);
    }

    @Override
    public int hashCode() {
      return (file.hashCode() * 31 + fields.hashCode()) * 31 + Arrays.hashCode(docx);
    }

    @Override
    public String toString() {
      return "Form[" + file + ", " + docx.length + " bytes]";
    }
  }

  /**
   * A template whose placeholders ({@link TemplateField}) were all checked when the ruleset was loaded.
   *
   * @param form the report's form
   * @param language the language the form is written in ({@code report.language}, "vi" unless the
   *     ruleset says "en"): its fields are filled in that language whatever the run's is
   * @param letterForm the request letter's form ({@code report.letter}), or {@link Form#NONE}
   * @param office the office's documents in the province's forms ({@code report.office})
   */
  record Template(Form form, String language, Form letterForm, OfficeForms office) implements ReportLayout {
    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    public Template {
      if (!language.equals(VIETNAMESE) && !language.equals(ENGLISH)) {
        throw new IllegalArgumentException("a template's language is vi or en: " + language);
      }
    }

    public Template(Form form, String language, Form letterForm) {
      this(form, language, letterForm, OfficeForms.NONE);
    }

    public Template(String file, byte[] docx, String language) {
      this(new Form(file, docx, List.of()), language, Form.NONE);
    }

    public Template(String file, byte[] docx) {
      this(file, docx, VIETNAMESE);
    }

    /** The report template's name, as the ruleset gives it. */
    public String file() {
      return form.file();
    }

    public byte[] docx() {
      return form.docx();
    }

    /** The request letter's form, when the ruleset names one. */
    public Optional<Form> letter() {
      return letterForm.file().isEmpty() ? Optional.empty() : Optional.of(letterForm);
    }
  }
}
