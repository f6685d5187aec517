package vn.dvht.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the Word report is laid out: dvht's own layout (Nghị định 30/2020), or a DOCX template that a
 * province issues (its "Mẫu số 4"), named by the ruleset's {@code report: {template: …}} and filled in,
 * optionally with the province's request letter ({@code letter: …}) appended as its own section.
 */
public sealed interface ReportLayout {
  /** dvht's own report and request letter. */
  ReportLayout BUILT_IN = new BuiltIn();

  record BuiltIn() implements ReportLayout {}

  /**
   * One DOCX form as loaded: its name as the ruleset gives it (for messages), its bytes, and the
   * placeholders it holds, each once, in the order they first stand.
   */
  record Form(String file, byte[] docx, List<TemplateField> fields) {
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
   */
  record Template(Form form, String language, Form letterForm) implements ReportLayout {
    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    public Template {
      if (!language.equals(VIETNAMESE) && !language.equals(ENGLISH)) {
        throw new IllegalArgumentException("a template's language is vi or en: " + language);
      }
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
