package vn.dvht.model;

import java.util.Arrays;

/**
 * How the Word report is laid out: dvht's own layout (Nghị định 30/2020), or a DOCX template that a
 * province issues (its "Mẫu số 4"), named by the ruleset's {@code report: {template: …}} and filled in.
 */
public sealed interface ReportLayout {
  /** dvht's own report and request letter. */
  ReportLayout BUILT_IN = new BuiltIn();

  record BuiltIn() implements ReportLayout {}

  /**
   * A template whose placeholders ({@link TemplateField}) were all checked when the ruleset was loaded.
   *
   * @param file the template as the ruleset names it, for messages
   * @param docx the template's bytes
   * @param language the language the form is written in ({@code report.language}, "vi" unless the
   *     ruleset says "en"): its fields are filled in that language whatever the run's is
   */
  record Template(String file, byte[] docx, String language) implements ReportLayout {
    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    public Template {
      docx = docx.clone();
      if (!language.equals(VIETNAMESE) && !language.equals(ENGLISH)) {
        throw new IllegalArgumentException("a template's language is vi or en: " + language);
      }
    }

    public Template(String file, byte[] docx) {
      this(file, docx, VIETNAMESE);
    }

    @Override
    public byte[] docx() {
      return docx.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Template t && t.file.equals(file) && t.language.equals(language)
          && Arrays.equals(t.docx, docx);
    }

    @Override
    public int hashCode() {
      return (file.hashCode() * 31 + language.hashCode()) * 31 + Arrays.hashCode(docx);
    }

    @Override
    public String toString() {
      return "Template[" + file + ", " + language + ", " + docx.length + " bytes]";
    }
  }
}
