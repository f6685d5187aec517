package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeForms;
import vn.dvht.model.ReportLayout;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Statistics;

/**
 * The office's dossier, one file per document, each named once here and rendered by its own class: the
 * council's working workbook, its appraisal report with each recognised unit's table, the Tờ trình to the
 * Chairman, the draft decision with its list, the letters to the units not recognised, the register for
 * next year, the statistics reported upward, and the JSON the upward merge reads.
 */
public enum OfficeFile implements RunFile<OfficeFile.Context> {
  WORKBOOK("ket-qua-tham-dinh.xlsx", (c, out) -> new AppraisalXlsxRenderer().render(c, out)),
  REPORT("bao-cao-tham-dinh.docx", (c, out) -> new AppraisalReportRenderer().render(c, out)),
  SUBMISSION("to-trinh-cong-nhan.docx", (c, out) -> new SubmissionRenderer().render(c, out)),
  DECISION("du-thao-quyet-dinh.docx", (c, out) -> new DraftDecisionRenderer().render(c, out)),
  LETTERS("van-ban-tra-loi.docx", (c, out) -> new RefusalLettersRenderer().render(c, out)),
  REGISTER("so-theo-doi-cong-nhan.xlsx", (c, out) -> new RegisterXlsxRenderer().render(c, out)),
  STATISTICS("thong-ke-bao-cao.xlsx", (c, out) -> new StatisticsXlsxRenderer().render(c, out)),
  JSON("ket-qua-tham-dinh.json", (c, out) -> AppraisalJsonRenderer.render(c, out));

  /** Every file's name, in order. */
  public static final List<String> NAMES = Arrays.stream(values()).map(OfficeFile::fileName).toList();

  /** Renders one document. */
  interface Body {
    void render(Context context, OutputStream out) throws IOException;
  }

  private final String fileName;
  private final Body body;

  OfficeFile(String fileName, Body body) {
    this.fileName = fileName;
    this.body = body;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public void render(Context context, OutputStream out) throws IOException {
    body.render(context, out);
  }

  /** The appraisal's JSON on a character stream (standard output, with {@code --json}). */
  public static void json(Context context, java.io.Writer out) throws IOException {
    AppraisalJsonRenderer.render(context, out);
  }

  /**
   * What every document is made from: the appraisal, its statistics, the date the documents carry, the
   * dvht version, and the stamp line for whoever checks them (in their properties and, small, their footer).
   */
  public record Context(AppraisalBook book, Statistics statistics, LocalDate date, String version, String stamp,
      OfficeForms forms, Wording wording) {
    public static Context of(AppraisalBook book, LocalDate date, Wording wording) {
      String version = Stamp.toolVersion();
      String stamp = wording.get("office.stamp", version, book.office().year(), book.ruleset().id(), book.rulesetSha(),
          book.units().size());
      return new Context(book, Statistics.of(book), date, version, stamp,
          formLanguageNote(book, wording).isPresent() ? OfficeForms.NONE : book.ruleset().report().office(), wording);
    }

    /** The province's form of a document, when it names one and it is written in the run's language. */
    java.util.Optional<ReportLayout.Form> form(OfficeDocument document) {
      return forms.form(document);
    }
  }

  /**
   * Why the province's office forms are not used in this run: they are written in another language than
   * the run's (a form is filled in its own words; dvht writes its own layout in the run's language instead).
   */
  public static java.util.Optional<String> formLanguageNote(AppraisalBook book, Wording wording) {
    ReportLayout layout = book.ruleset().report();
    if (layout.office().isEmpty() || layout.language().equals(wording.language())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(wording.get("office.formLanguage." + layout.language()));
  }
}
