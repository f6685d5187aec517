package vn.dvht.report;

import java.io.IOException;
import java.nio.file.Path;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.eval.MemberGap;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Sheet "Cần bổ sung": who fails each indicator (for a very large unit the first of them, and where
 * the complete list is), then every data warning with its place.
 */
final class XlsxGapsSheet {
  private final WorkbookStyles styles;
  private final Assessment assessment;

  XlsxGapsSheet(WorkbookStyles styles, Assessment assessment) {
    this.styles = styles;
    this.assessment = assessment;
  }

  void write(XlsxWriter book, int place) throws IOException {
    SheetWriter sheet = book.sheet(Messages.get("xlsx.gapsSheet"), WorkbookStyles.page(10, 44, 14, 8, 30, 16, 24)
        .frozen(0, 1).repeating(1), false, place);
    header(sheet.row(), "col.indicator", "col.requirement", "col.sheet", "col.row", "col.name", "col.memberId",
        "col.value");
    boolean any = false;
    for (MemberGap gap : assessment.result().gaps()) {
      for (MemberGap.Entry m : gap.members()) {
        any = true;
        sheet.row().text(0, gap.indicator().id(), styles.cell).text(1, gap.indicator().shortText(), styles.cell)
            .text(2, m.source().sheet(), styles.cell).number(3, m.source().row(), styles.cellNumber)
            .text(4, m.name(), styles.cell).text(5, m.memberId(), styles.cell)
            .text(6, m.value().isEmpty() ? Messages.get("value.blank") : m.value(), styles.cell);
      }
      if (!gap.complete()) {
        any = true;
        sheet.row().text(0, gap.indicator().id(), styles.cell)
            .text(1, Phrases.gapsMore(gap), styles.italic);
      }
    }
    if (!any) {
      sheet.row().merged(0, 6, Messages.get("md.noGaps"), styles.italic);
    }
    notes(sheet);
    sheet.row(sheet.current() + 2).merged(0, 6, Messages.get("md.warnings", assessment.warnings().size()), styles.bold);
    header(sheet.row(), "col.code", "col.message", "col.sheet", "col.row", "col.header", "col.column", "col.file");
    for (Diagnostic w : assessment.warnings()) {
      warning(sheet.row(), w);
    }
  }

  /**
   * Notes for whoever prepares the dossier, kept out of the report the office reads: each procedural
   * condition and who receives the dossier when the ruleset does not say.
   */
  private void notes(SheetWriter sheet) throws IOException {
    var result = assessment.result();
    java.util.List<String> notes = new java.util.ArrayList<>();
    for (vn.dvht.eval.ProcedureResult p : Phrases.procedures(result)) {
      notes.add(Phrases.procedureLine(result.ruleset(), p));
    }
    String dossier = Dossiers.dossierNote(result);
    if (!dossier.isEmpty()) {
      notes.add(dossier);
    }
    Phrases.lateFiling(result, assessment.stamp().reportDate()).ifPresent(notes::add);
    Phrases.letterByHand(result).ifPresent(notes::add);
    if (notes.isEmpty()) {
      return;
    }
    sheet.row(sheet.current() + 2).merged(0, 6, Messages.get("xlsx.clerkNotes"), styles.bold);
    for (String note : notes) {
      sheet.row().merged(0, 6, note, styles.wrapped);
    }
  }

  private void warning(SheetWriter row, Diagnostic w) {
    SourcePosition at = w.position();
    row.text(0, w.code(), styles.cell).text(1, Messages.wording().text(w.message()), styles.cellWrapped);
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
      row.text(c, Messages.get(keys[c]), styles.header);
    }
  }
}
