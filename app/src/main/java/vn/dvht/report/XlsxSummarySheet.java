package vn.dvht.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.model.Ruleset;

/** Sheet "Tổng hợp": the official summary form, one table per level. */
final class XlsxSummarySheet {

  private final XlsxStyles styles;
  private final Assessment assessment;
  private final EvaluationResult result;
  private final Ruleset ruleset;
  private final boolean scored;
  /** The last column of the tables: "Ghi chú", or "Điểm" when the ruleset scores. */
  private final int lastColumn;

  XlsxSummarySheet(XlsxStyles styles, Assessment assessment) {
    this.styles = styles;
    this.assessment = assessment;
    this.result = assessment.result();
    this.ruleset = result.ruleset();
    this.scored = result.scorecard() instanceof Scorecard.Scored;
    this.lastColumn = scored ? 11 : 10;
  }

  void write(Sheet sheet) {
    XlsxStyles.widths(sheet, 5, 8, 50, 22, 12, 9, 9, 10, 12, 34, 30, 10);
    int r = header(sheet);
    for (LevelResult level : result.levels()) {
      r = level(sheet, r + 1, level);
    }
    if (result.scorecard() instanceof Scorecard.Scored card) {
      r = score(sheet, r + 1, card);
    }
    r = signatures(sheet, r + 1);
    stamp(sheet, r + 1);
    for (Row row : sheet) {
      XlsxStyles.fitHeight(row);
    }
    XlsxStyles.printA4(sheet, true);
  }

  private int header(Sheet sheet) {
    String unit = result.unit().profile().name().toUpperCase(Locale.forLanguageTag("vi"));
    XlsxStyles.merged(sheet, 0, 0, 3, unit, styles.centeredBold);
    XlsxStyles.merged(sheet, 0, 5, lastColumn, Messages.get("form.nation"), styles.centeredBold);
    XlsxStyles.merged(sheet, 1, 5, lastColumn, Messages.get("form.motto"), styles.centeredBold);
    XlsxStyles.merged(sheet, 2, 5, lastColumn, Phrases.placeAndDate(assessment.stamp().reportDate()), styles.italic);
    XlsxStyles.merged(sheet, 4, 0, lastColumn, Messages.get("form.summaryTitle"), styles.title);
    XlsxStyles.merged(sheet, 5, 0, lastColumn, Phrases.subtitle(result), styles.centeredBold);
    XlsxStyles.merged(sheet, 6, 0, lastColumn,
        Messages.get("md.basis", ruleset.info().circular(), ruleset.info().title()), styles.italic);
    XlsxStyles.merged(sheet, 8, 0, lastColumn, Phrases.unitLine(result), styles.plain);
    XlsxStyles.merged(sheet, 9, 0, lastColumn, Messages.get("text.verdict", Phrases.verdict(result)), styles.bold);
    return 10;
  }

  private int level(Sheet sheet, int r, LevelResult level) {
    String heading = level.level().label().toUpperCase(Locale.forLanguageTag("vi")) + (scored && !level.level().plan() ? ""
        : ": " + Messages.get(level.reached() ? "md.levelReached" : "md.levelNotReached"));
    XlsxStyles.merged(sheet, r++, 0, lastColumn, heading, styles.bold);
    Row header = sheet.createRow(r++);
    String[] keys = {"col.number", "col.criterion", "col.indicator", "col.requirement", "col.subject",
        "col.passed", "col.total", "col.percent", "col.result", "col.evidence", "col.note"};
    for (int c = 0; c < keys.length; c++) {
      XlsxStyles.text(header, c, Messages.get(keys[c]), styles.header);
    }
    if (scored) {
      XlsxStyles.text(header, 11, Messages.get("col.points"), styles.header);
    }
    int number = 1;
    String criterion = "";
    for (IndicatorResult row : level.indicators()) {
      if (!row.indicator().criterionId().equals(criterion)) {
        criterion = row.indicator().criterionId();
        Criterion c = ruleset.criterion(criterion);
        XlsxStyles.merged(sheet, r++, 0, lastColumn, c.id() + ". " + c.title(), styles.bold);
      }
      indicatorRow(sheet.createRow(r++), number++, row);
    }
    return r;
  }

  private void indicatorRow(Row row, int number, IndicatorResult r) {
    Outcome o = r.outcome();
    XlsxStyles.number(row, 0, number, styles.cellNumber);
    XlsxStyles.text(row, 1, r.indicator().criterionId(), styles.cell);
    XlsxStyles.text(row, 2, r.indicator().id() + ". " + r.indicator().text(), styles.cellWrapped);
    XlsxStyles.text(row, 3, Phrases.requirement(ruleset, r.indicator(), o), styles.cellWrapped);
    XlsxStyles.text(row, 4, Phrases.subject(ruleset, r.indicator()), styles.cell);
    if (o instanceof Outcome.Share s) {
      XlsxStyles.number(row, 5, s.numerator(), styles.cellNumber);
      XlsxStyles.number(row, 6, s.denominator(), styles.cellNumber);
      if (s.emptyPopulation()) {
        XlsxStyles.text(row, 7, "—", styles.cell);
      } else {
        XlsxStyles.number(row, 7, s.percent().divide(BigDecimal.valueOf(100)).doubleValue(), styles.cellPercent);
      }
    } else {
      XlsxStyles.text(row, 5, "", styles.cell);
      XlsxStyles.text(row, 6, "", styles.cell);
      XlsxStyles.text(row, 7, Phrases.value(ruleset, r.indicator(), o), styles.cellWrapped);
    }
    XlsxStyles.text(row, 8, Phrases.status(r.status()), r.status() == Status.NOT_MET ? styles.cellFailed : styles.cell);
    XlsxStyles.text(row, 9, Phrases.evidence(o), styles.cellWrapped);
    XlsxStyles.text(row, 10, Phrases.note(ruleset, r.indicator(), o), styles.cellWrapped);
    if (result.scorecard() instanceof Scorecard.Scored card) {
      card.indicators().stream().filter(s -> s.indicator().id().equals(r.indicator().id())).findFirst()
          .ifPresent(s -> XlsxStyles.number(row, 11, s.earned().doubleValue(), styles.cellNumber));
    }
  }

  private int score(Sheet sheet, int r, Scorecard.Scored card) {
    XlsxStyles.merged(sheet, r++, 0, lastColumn, Messages.get("text.points", Phrases.points(card.points()),
        Phrases.plain(card.total()), card.grade().label()), styles.bold);
    XlsxStyles.merged(sheet, r++, 0, lastColumn, Phrases.creditRules(card), styles.wrapped);
    return r;
  }

  private int signatures(Sheet sheet, int r) {
    XlsxStyles.merged(sheet, r, 0, 3, Messages.get("form.preparer"), styles.centeredBold);
    XlsxStyles.merged(sheet, r, 6, lastColumn, Messages.get("form.head"), styles.centeredBold);
    XlsxStyles.merged(sheet, r + 1, 0, 3, Messages.get("form.signHint"), styles.italic);
    XlsxStyles.merged(sheet, r + 1, 6, lastColumn, Messages.get("form.signSealHint"), styles.italic);
    return r + 5;
  }

  private void stamp(Sheet sheet, int r) {
    XlsxStyles.merged(sheet, r, 0, lastColumn, Phrases.stamp(assessment.stamp(), result), styles.smallWrapped);
  }
}
