package vn.dvht.report;

import java.io.IOException;
import java.util.Locale;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.model.Ruleset;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/** Sheet "Tổng hợp": the summary, one table per level, the verdict and the signatures. */
final class XlsxSummarySheet {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private final WorkbookStyles styles;
  private final Assessment assessment;
  private final EvaluationResult result;
  private final Ruleset ruleset;
  private final boolean scored;
  /** The last column of the tables: "Ghi chú", or "Điểm" when the ruleset scores. */
  private final int lastColumn;
  private SheetWriter sheet;

  XlsxSummarySheet(WorkbookStyles styles, Assessment assessment) {
    this.styles = styles;
    this.assessment = assessment;
    this.result = assessment.result();
    this.ruleset = result.ruleset();
    this.scored = result.scorecard() instanceof Scorecard.Scored;
    this.lastColumn = scored ? 11 : 10;
  }

  /**
   * The columns, 155 characters in all: A4 landscape at 80 %, where 12 pt prints at 9.6 pt. The
   * header row of the first table (row 13) is printed again at the top of every later page, so a
   * table that runs on keeps its column names (the tables of all levels have the same columns).
   */
  private static final double[] WIDTHS = {5, 10, 36, 18, 12, 8, 8, 10, 12, 20, 16};
  private static final double[] SCORED_WIDTHS = {5, 10, 34, 17, 11, 8, 8, 10, 12, 18, 15, 7};
  private static final int FIRST_TABLE_HEADER = 12;
  /** Table rows printed with the signatures, so that no page holds the signatures alone. */
  private static final int ROWS_WITH_SIGNATURES = 3;

  void write(Wording words, XlsxWriter book) throws IOException {
    sheet = book.sheet(words.get("xlsx.summarySheet"), WorkbookStyles.page(words, scored ? SCORED_WIDTHS : WIDTHS)
        .repeating(FIRST_TABLE_HEADER, 1), false, 0);
    header(words);
    // One empty row before each table, the score, the signatures; the stamp four rows below them.
    for (LevelResult level : result.levels()) {
      sheet.row(sheet.current() + 2);
      level(words, level);
    }
    int tail = Math.max(0, sheet.current() - ROWS_WITH_SIGNATURES + 1);
    if (result.scorecard() instanceof Scorecard.Scored card) {
      sheet.row(sheet.current() + 2);
      score(words, card);
    }
    sheet.row(sheet.current() + 2);
    signatures(words);
    sheet.row(sheet.current() + 5).merged(0, lastColumn, Phrases.stamp(words, assessment.stamp(), result),
        styles.smallWrapped);
    // Page breaks: the last table rows, the score, the signatures and the stamp on one page; a table's
    // title with its header and first rows; a criterion's line with its first indicator.
    sheet.keepTogether(tail, sheet.current());
  }

  private void header(Wording words) throws IOException {
    String unit = result.unit().profile().name().toUpperCase(VIETNAMESE);
    sheet.row(0).merged(0, 3, unit, styles.centeredBold)
        .merged(5, lastColumn, words.get("form.nation"), styles.centeredBold);
    sheet.row(1).merged(5, lastColumn, words.get("form.motto"), styles.centeredBold);
    sheet.row(2).merged(5, lastColumn, Phrases.placeAndDate(words, assessment.stamp().reportDate()), styles.italic);
    sheet.row(4).merged(0, lastColumn, words.get("form.summaryTitle"), styles.title);
    sheet.row(5).merged(0, lastColumn, Phrases.subtitle(words, result), styles.centeredBold);
    sheet.row(6).merged(0, lastColumn, words.get("md.basis", ruleset.info().circular(), ruleset.info().title()),
        styles.italic);
    sheet.row(8).merged(0, lastColumn, Phrases.unitLine(words, result), styles.plain);
    sheet.row(9).merged(0, lastColumn, words.get("text.verdict", Phrases.verdict(words, result)), styles.bold);
  }

  private void level(Wording words, LevelResult level) throws IOException {
    String heading = level.level().label().toUpperCase(VIETNAMESE) + (scored && !level.level().plan() ? ""
        : ": " + LevelWords.standing(words, result, level));
    sheet.merged(0, lastColumn, heading, styles.bold);
    // The title, the header and the first criterion and row on one page, together with the row above
    // the empty one (the previous table's last row): every page after the first starts with the repeated
    // header, so a page that began with this title would print the header, the title and the header
    // again. Started by a row of the previous table instead, the page's header belongs to that row.
    sheet.keepTogether(sheet.current() - 2, sheet.current() + 3);
    sheet.row();
    String[] keys = {"col.number", "col.criterion", "col.indicator", "col.threshold", "col.subject",
        "col.passed", "col.total", "col.percent", "col.result", "col.evidence", "col.note"};
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    if (scored) {
      sheet.text(11, words.get("col.points"), styles.header);
    }
    int number = 1;
    String criterion = "";
    for (IndicatorResult row : level.indicators()) {
      if (!row.indicator().criterionId().equals(criterion)) {
        criterion = row.indicator().criterionId();
        Criterion c = ruleset.criterion(criterion);
        sheet.row().merged(0, lastColumn, c.id() + ". " + c.title(), styles.bold);
        sheet.keepTogether(sheet.current(), sheet.current() + 1);
      }
      sheet.row();
      indicatorRow(words, number++, row);
    }
  }

  private void indicatorRow(Wording words, int number, IndicatorResult r) {
    Outcome o = r.outcome();
    sheet.number(0, number, styles.cellNumber)
        .text(1, r.indicator().criterionId(), styles.cell)
        .text(2, r.indicator().id() + ". " + r.indicator().text(), styles.cellWrapped)
        .text(3, Phrases.requirement(words, ruleset, r.indicator(), o), styles.cellWrapped)
        .text(4, Phrases.subject(words, ruleset, r.indicator()), styles.cell);
    if (o instanceof Outcome.Share s) {
      sheet.number(5, s.numerator(), styles.cellNumber).number(6, s.denominator(), styles.cellNumber);
      if (s.emptyPopulation()) {
        sheet.text(7, "—", styles.cell);
      } else {
        sheet.number(7, s.ratio(), styles.cellPercent(s.percent().scale()));
      }
    } else {
      sheet.text(5, "", styles.cell).text(6, "", styles.cell)
          .text(7, Phrases.value(words, ruleset, r.indicator(), o), styles.cellWrapped);
    }
    int verdict = Phrases.partlyMet(result, r) ? styles.cellPartial
        : r.status() == Status.NOT_MET ? styles.cellFailed : styles.cell;
    sheet.text(8, Phrases.status(words, result, r), verdict)
        .text(9, Phrases.evidence(o), styles.cellWrapped)
        .text(10, Phrases.note(words, ruleset, r.indicator(), o), styles.cellWrapped);
    if (result.scorecard() instanceof Scorecard.Scored card) {
      card.indicators().stream().filter(s -> s.indicator().id().equals(r.indicator().id())).findFirst()
          .ifPresent(s -> sheet.number(11, s.earned().shown(), styles.cellNumber));
    }
  }

  private void score(Wording words, Scorecard.Scored card) throws IOException {
    sheet.merged(0, lastColumn, words.get("text.points", Phrases.points(words, card.points()),
        Phrases.plain(words, card.total()), card.grade().label()), styles.bold);
    sheet.row().merged(0, lastColumn, Phrases.creditRules(words, card), styles.wrapped);
  }

  private void signatures(Wording words) throws IOException {
    sheet.merged(0, 3, words.get("form.preparer"), styles.centeredBold)
        .merged(6, lastColumn, words.get("form.head"), styles.centeredBold);
    sheet.row().merged(0, 3, words.get("form.signHint"), styles.italic)
        .merged(6, lastColumn, words.get("form.signSealHint"), styles.italic);
  }
}
