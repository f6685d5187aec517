package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Wording;
import vn.dvht.model.Level;
import vn.dvht.office.Absent;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.CouncilMember;
import vn.dvht.office.Dates;
import vn.dvht.office.Finding;
import vn.dvht.office.RegisterEntry;
import vn.dvht.office.Source;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The council's working workbook ({@code ket-qua-tham-dinh.xlsx}): one row per unit — its files, what the
 * figures rest on, the level asked for and reached, the verdict, the reasons, whether its summary is what
 * its data give, its register history, the council's notes — then the council, the units that sent
 * nothing and the files that could not be read.
 */
final class AppraisalXlsxRenderer {
  private static final double[] WIDTHS = {5, 28, 18, 18, 11, 11, 11, 20, 10, 11, 46, 40, 30, 30};

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + context.version(), context.date());
    AppraisalBook appraisal = context.book();
    units(book.sheet(words.get("office.xlsx.unitsSheet"), WorkbookStyles.page(words, WIDTHS).frozen(2, 4).repeating(3, 1)),
        styles, context);
    council(words, book.sheet(words.get("office.xlsx.councilSheet"), WorkbookStyles.page(words, 5, 28, 44, 18, 30).repeating(0, 1)),
        styles, appraisal);
    absent(words, book.sheet(words.get("office.xlsx.absentSheet"), WorkbookStyles.page(words, 5, 40, 14, 24, 24, 14)
        .repeating(0, 1)), styles, appraisal);
    unread(words, book.sheet(words.get("office.xlsx.unreadSheet"), WorkbookStyles.page(words, 40, 30, 80).repeating(0, 1)), styles,
        appraisal);
    book.finish();
  }

  private static void units(SheetWriter sheet, WorkbookStyles styles, OfficeFile.Context context) throws IOException {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    sheet.row(0).merged(0, WIDTHS.length - 1, words.get("office.xlsx.title", OfficeFields.upper(
        OfficePhrases.authority(book.ruleset(), book.office().authority())), book.office().year()), styles.title);
    sheet.row(1).merged(0, WIDTHS.length - 1, book.office().name() + " — " + words.get("md.date",
        Phrases.date(context.date())), styles.italic);
    String[] keys = {"col.number", "office.col.unit", "office.col.type", "office.col.sources", "office.col.requested",
        "office.col.reached", "office.col.basis", "office.col.verdict", "office.col.kind", "office.col.until",
        "office.col.reasons", "office.col.check", "office.col.history", "office.col.notes"};
    sheet.row(3);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    int number = 1;
    for (Appraisal unit : book.units()) {
      boolean recognised = unit.verdict() instanceof Verdict.Recognised;
      sheet.row().number(0, number++, styles.cellNumber)
          .text(1, unit.name(), styles.cellWrapped)
          .text(2, OfficePhrases.unitType(unit), styles.cellWrapped)
          .text(3, sources(words, unit), styles.cellWrapped)
          .text(4, unit.requested().label(), styles.cellWrapped)
          .text(5, unit.decision().reached().map(Level::label).orElse(words.get("office.noLevel")), styles.cellWrapped)
          .text(6, words.get("office.basis." + unit.basis().key()), styles.cellWrapped)
          .text(7, OfficePhrases.verdict(words, unit), recognised ? styles.cellWrapped : styles.cellFailed)
          .text(8, OfficePhrases.kind(words, unit), styles.cellWrapped)
          .text(9, until(unit), styles.cell)
          .text(10, String.join("\n", unit.reasons().stream().map(r -> "- " + OfficePhrases.reason(words, unit, r)).toList()),
              styles.cellWrapped)
          .text(11, check(words, unit), unit.edited() ? styles.cellFailed : styles.cellWrapped)
          .text(12, history(words, unit, book), styles.cellWrapped)
          .text(13, String.join("\n", unit.notes().stream().map(words::text).toList()), styles.cellWrapped);
    }
    sheet.row(sheet.current() + 2).merged(0, WIDTHS.length - 1, context.stamp(), styles.smallWrapped);
  }

  static String until(Appraisal unit) {
    if (unit.verdict() instanceof Verdict.Recognised r) {
      return Dates.show(r.validUntil());
    }
    return unit.verdict() instanceof Verdict.StillRecognised s ? Dates.show(s.until()) : "";
  }

  private static String sources(Wording words, Appraisal unit) {
    List<String> lines = new ArrayList<>();
    for (Source s : unit.sources()) {
      lines.add(words.get("office.source." + s.kind().key()) + ": " + java.nio.file.Path.of(s.file()).getFileName());
    }
    return String.join("\n", lines);
  }

  /** Whether what the unit sent is what its data give: "—" without a result, else the findings. */
  static String check(Wording words, Appraisal unit) {
    if (unit.sources().stream().noneMatch(s -> s.kind() != Source.Kind.MEMBERS)) {
      return words.get("office.check.none");
    }
    List<String> lines = new ArrayList<>();
    lines.add(words.get(unit.edited() ? "office.check.edited" : "office.check.agrees"));
    for (Finding f : unit.findings()) {
      lines.add("- " + words.text(f.message()));
    }
    return String.join("\n", lines);
  }

  static String history(Wording words, Appraisal unit, AppraisalBook book) {
    if (!book.register().given()) {
      return words.get("office.history.noRegister");
    }
    if (unit.history().isEmpty()) {
      return words.get("office.history.none");
    }
    List<String> lines = new ArrayList<>();
    for (RegisterEntry e : unit.history()) {
      lines.add(words.get("office.history.entry", OfficePhrases.level(unit, e.level()), e.number(),
          Dates.show(e.decided()), Dates.show(e.validUntil())));
    }
    return String.join("\n", lines);
  }

  private static void council(Wording words, SheetWriter sheet, WorkbookStyles styles, AppraisalBook book) throws IOException {
    String[] keys = {"col.number", "col.name", "office.col.post", "office.col.role", "office.col.represents"};
    sheet.row(0);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    int number = 1;
    for (CouncilMember m : book.setup().council().members()) {
      sheet.row().number(0, number++, styles.cellNumber).text(1, m.name(), styles.cellWrapped)
          .text(2, m.post(), styles.cellWrapped).text(3, words.get("office.role." + m.role().key()), styles.cell)
          .text(4, m.group().map(g -> words.get("office.group." + g.key())).orElse(m.represents()), styles.cellWrapped);
    }
  }

  private static void absent(Wording words, SheetWriter sheet, WorkbookStyles styles, AppraisalBook book) throws IOException {
    String[] keys = {"col.number", "office.col.unit", "office.col.id", "office.col.type", "office.col.status",
        "office.col.until"};
    sheet.row(0);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    int number = 1;
    for (Absent a : book.absent()) {
      sheet.row().number(0, number++, styles.cellNumber).text(1, a.name(), styles.cellWrapped).text(2, a.id(), styles.cell)
          .text(3, a.unitType(), styles.cellWrapped).text(4, words.get("office.absent." + a.status().key()),
              a.status() == Absent.Status.LAPSED ? styles.cellFailed : styles.cellWrapped)
          .text(5, a.until().map(Dates::show).orElse(""), styles.cell);
    }
  }

  private static void unread(Wording words, SheetWriter sheet, WorkbookStyles styles, AppraisalBook book) throws IOException {
    sheet.row(0).text(0, words.get("col.file"), styles.header).text(1, words.get("col.place"), styles.header)
        .text(2, words.get("col.message"), styles.header);
    for (AppraisalBook.Unread u : book.unread()) {
      for (Diagnostic d : u.problems()) {
        sheet.row().text(0, u.file(), styles.cellWrapped).text(1, DiagnosticFormatter.where(d.position(), words), styles.cellWrapped)
            .text(2, d.code() + ": " + words.text(d.message()), styles.cellWrapped);
      }
    }
  }
}
