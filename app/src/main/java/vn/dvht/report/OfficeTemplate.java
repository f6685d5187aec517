package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.dvht.docx.DocxForm;
import vn.dvht.docx.FormException;
import vn.dvht.model.ReportLayout;

/**
 * An office document in a province's own form ({@code report.office}): the form filled from the same
 * fields dvht's own layout is made from ({@link OfficeForm}), its rows growing with the office's units
 * (each copy bounded, {@link DocxForm.Bound#PER_COPY}); the answer's form once per unit, each letter a
 * section. The forms were checked, by the same reading, when the ruleset was loaded.
 */
final class OfficeTemplate {
  private OfficeTemplate() {}

  static void fill(OfficeFile.Context context, ReportLayout.Form form, OfficeForm values, OutputStream out)
      throws IOException {
    try {
      DocxForm.fill(form.docx(), values.values(), DocxForm.Bound.PER_COPY, out, properties(context));
    } catch (FormException e) {
      throw refused(form, e);
    }
  }

  /** One letter per form of {@code letters}, each a section; the headers and footers the office's, shared. */
  static void fillEach(OfficeFile.Context context, ReportLayout.Form form, List<OfficeForm> letters, OutputStream out)
      throws IOException {
    try {
      DocxForm.fillEach(form.docx(), letters.get(0).values(), letters.stream().map(OfficeForm::values).toList(), out,
          properties(context));
    } catch (FormException e) {
      throw refused(form, e);
    }
  }

  private static DocxForm.Properties properties(OfficeFile.Context context) {
    return new DocxForm.Properties("dvht " + context.version(), context.date(), context.stamp());
  }

  private static IllegalStateException refused(ReportLayout.Form form, FormException e) {
    return new IllegalStateException("the checked form " + form.file() + " was refused when filled: "
        + e.getMessage(), e);
  }
}
