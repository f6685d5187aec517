package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import vn.dvht.diag.Wording;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Dates;
import vn.dvht.office.RegisterEntry;
import vn.dvht.office.Terms;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.Style;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The register for next year ({@code so-theo-doi-cong-nhan.xlsx}): every decision of the register read,
 * as it was, then one row per unit recognised this year, its decision number and date left blank (and
 * highlighted) until the Chairman signs. Its columns are those {@code RegisterReader} reads, so once the
 * blanks are written in it is next year's {@code --so-theo-doi}.
 */
final class RegisterXlsxRenderer {
  /** The register's columns, headed as RegisterReader reads them; the last three are for people. */
  static final String[] HEADERS = {"STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mức độ", "Số quyết định",
    "Ngày quyết định", "Năm đánh giá", "Cơ quan quyết định", "Hình thức", "Thời hạn công nhận đến", "Ghi chú"};
  private static final double[] WIDTHS = {5, 12, 34, 24, 10, 16, 14, 10, 26, 14, 14, 34};

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    WorkbookStyles styles = new WorkbookStyles();
    int blank = styles.sheet.add(Style.of(WorkbookStyles.BASE).bordered().filled("FFFFFF00"));
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + context.version(), context.date());
    SheetWriter sheet = book.sheet(Wording.of(Wording.VI).get("office.register.sheet"),
        WorkbookStyles.page(words, WIDTHS).frozen(3, 1).repeating(0, 1));
    sheet.row(0);
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.text(c, HEADERS[c], styles.header);
    }
    AppraisalBook appraisal = context.book();
    int number = 1;
    for (RegisterEntry e : appraisal.register().entries()) {
      sheet.row().number(0, number++, styles.cellNumber).text(1, e.id(), styles.cell).text(2, e.name(), styles.cellWrapped)
          .text(3, e.unitType(), styles.cellWrapped).text(4, level(appraisal, e.level()), styles.cell)
          .text(5, e.number(), styles.cell).text(6, Dates.show(e.decided()), styles.cell)
          .text(7, e.year() == 0 ? "" : String.valueOf(e.year()), styles.cell).text(8, e.decidedBy(), styles.cellWrapped)
          .text(9, "", styles.cell).text(10, Dates.show(e.validUntil()), styles.cell).text(11, e.note(), styles.cellWrapped);
    }
    String decidedBy = decidedBy(words, appraisal);
    int year = appraisal.office().year();
    for (Appraisal unit : appraisal.recognised()) {
      Verdict.Recognised r = (Verdict.Recognised) unit.verdict();
      sheet.row().number(0, number++, styles.cellNumber).text(1, unit.id(), styles.cell).text(2, unit.name(), styles.cellWrapped)
          .text(3, OfficePhrases.unitType(unit), styles.cellWrapped).text(4, r.level().label(), styles.cell)
          .text(5, "", blank).text(6, "", blank).text(7, String.valueOf(year), styles.cell)
          .text(8, decidedBy, styles.cellWrapped).text(9, OfficePhrases.kind(words, unit), styles.cell)
          .text(10, Dates.show(Terms.validUntil(Terms.decisionYear(year))), styles.cell)
          .text(11, words.get("office.register.draft"), styles.cellWrapped);
    }
    book.finish();
  }

  private static String level(AppraisalBook book, int rank) {
    return book.ruleset().levels().stream().filter(l -> l.rank() == rank && !l.plan()).map(l -> l.label()).findFirst()
        .orElse(String.valueOf(rank));
  }

  /** Who decides, as the ruleset names it for the office's authority and year, else its People's Committee's Chairman. */
  static String decidedBy(Wording words, AppraisalBook book) {
    return book.ruleset().authority(book.office().authority()).dossierFor(book.office().year())
        .map(d -> d.decidedBy()).filter(s -> !s.isBlank())
        .orElse(words.get("office.chairmanOf", book.office().committee()));
  }
}
