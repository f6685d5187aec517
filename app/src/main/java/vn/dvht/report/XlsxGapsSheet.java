package vn.dvht.report;

import java.io.IOException;
import java.nio.file.Path;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.MemberGap;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Sheet "Cần bổ sung": who fails each indicator (for a very large unit the first of them, and where
 * the complete list is), then the data warnings with their places (the first {@value Warnings#LISTED}
 * of each code, and how many there are). Past Excel's rows the list goes on in "Cần bổ sung (2)", its
 * header repeated, as the member grid does.
 */
final class XlsxGapsSheet {
  private final Wording words;
  private static final String[] GAPS_HEADER = {"col.indicator", "col.requirement", "col.sheet", "col.row",
    "col.name", "col.memberId", "col.value"};
  private static final String[] WARNINGS_HEADER = {"col.code", "col.message", "col.sheet", "col.row", "col.header",
    "col.column", "col.file"};

  private final WorkbookStyles styles;
  private final Assessment assessment;
  private final int rowsPerSheet;
  /** The header of the part being written, repeated at the top of a sheet the list goes on in. */
  private String[] heading = GAPS_HEADER;

  /** @param rowsPerSheet the rows of one sheet, its last saying where the list goes on */
  XlsxGapsSheet(WorkbookStyles styles, Assessment assessment, int rowsPerSheet) {
    this.words = assessment.wording();
    this.styles = styles;
    this.assessment = assessment;
    this.rowsPerSheet = rowsPerSheet;
  }

  void write(XlsxWriter book, int place) throws IOException {
    SheetSeries sheet = new SheetSeries(book, words.get("xlsx.gapsSheet"),
        WorkbookStyles.page(words, 10, 44, 14, 8, 30, 16, 24).frozen(0, 1).repeating(1), false, place, rowsPerSheet,
        new Pages());
    sheet.sheet();
    gaps(sheet);
    notes(sheet);
    warnings(sheet, assessment.warnings());
  }

  private void gaps(SheetSeries sheet) throws IOException {
    boolean any = false;
    for (MemberGap gap : assessment.result().gaps()) {
      for (MemberGap.Entry m : gap.members()) {
        any = true;
        sheet.row().text(0, gap.indicator().id(), styles.cell).text(1, gap.indicator().shortText(), styles.cell)
            .text(2, m.source().sheet(), styles.cell).number(3, m.source().row(), styles.cellNumber)
            .text(4, m.name(), styles.cell).text(5, m.memberId(), styles.cell)
            .text(6, m.value().isEmpty() ? words.get("value.blank") : m.value(), styles.cell);
      }
      if (!gap.complete()) {
        any = true;
        sheet.row().text(0, gap.indicator().id(), styles.cell)
            .text(1, Phrases.gapsMore(words, gap), styles.italic);
      }
    }
    if (!any) {
      sheet.row().merged(0, 6, words.get("md.noGaps"), styles.italic);
    }
  }

  /**
   * Notes for whoever prepares the dossier, kept out of the report the office reads: each procedural
   * condition and who receives the dossier when the ruleset does not say.
   */
  private void notes(SheetSeries sheet) throws IOException {
    var result = assessment.result();
    java.util.List<String> notes = new java.util.ArrayList<>();
    for (vn.dvht.eval.ProcedureResult p : Phrases.procedures(result)) {
      notes.add(Phrases.procedureLine(words, result.ruleset(), p));
    }
    String dossier = Dossiers.dossierNote(words, result);
    if (!dossier.isEmpty()) {
      notes.add(dossier);
    }
    Phrases.lateFiling(words, result, assessment.stamp().reportDate()).ifPresent(notes::add);
    Phrases.letterByHand(words, result).ifPresent(notes::add);
    if (notes.isEmpty()) {
      return;
    }
    sheet.row(1).merged(0, 6, words.get("xlsx.clerkNotes"), styles.bold);
    for (String note : notes) {
      sheet.row().merged(0, 6, note, styles.wrapped);
    }
  }

  /** The warnings listed, then for each code listed only in part how many there are. */
  private void warnings(SheetSeries sheet, Warnings warnings) throws IOException {
    sheet.row(1).merged(0, 6, words.get("md.warnings", warnings.total()), styles.bold);
    heading = WARNINGS_HEADER;
    sheet.heading();
    for (Diagnostic w : warnings.listed()) {
      warning(sheet.row(), w);
    }
    for (Warnings.Omitted omitted : warnings.omitted()) {
      sheet.row().text(0, omitted.code(), styles.cell).text(1, words.text(omitted.sentence()), styles.italic);
    }
  }

  private void warning(SheetWriter row, Diagnostic w) {
    SourcePosition at = w.position();
    row.text(0, w.code(), styles.cell).text(1, words.text(w.message()), styles.cellWrapped);
    if (at instanceof SourcePosition.InSheet s) {
      row.text(2, s.sheet(), styles.cell);
      if (s.row() > 0) {
        row.number(3, s.row(), styles.cellNumber);
      } else {
        row.text(3, "", styles.cell);
      }
      row.text(4, s.header(), styles.cell)
          .text(5, s.column() >= 0 ? SourcePosition.columnLetters(s.column()) : "", styles.cell);
    } else {
      for (int c = 2; c < 6; c++) {
        row.text(c, "", styles.cell);
      }
    }
    Path file = Path.of(at.file()).getFileName();
    row.text(6, file == null ? at.file() : file.toString(), styles.cell);
  }

  private void header(SheetWriter row, String... keys) {
    for (int c = 0; c < keys.length; c++) {
      row.text(c, words.get(keys[c]), styles.header);
    }
  }

  /** Each sheet starts with the header of the part being written; a full one says where the list goes on. */
  private final class Pages implements SheetSeries.Pages {
    @Override
    public void head(SheetWriter sheet) throws IOException {
      header(sheet.row(), heading);
    }

    @Override
    public void full(SheetWriter sheet, String next) throws IOException {
      sheet.row().merged(0, 6, words.get("xlsx.continued", next), styles.bold);
    }
  }
}
