package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Messages;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.office.Appraisal;
import vn.dvht.office.LevelDecision;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.WordGrid;

/**
 * One recognised unit's summary table as the council appraised it, at the level recognised: each
 * indicator with what it asks, the unit's figure or answer with its evidence, and the council's
 * finding; a page of its own in the appraisal report.
 */
final class AppendixTable {
  private static final List<Integer> WIDTHS = List.of(850, 3304, 1700, 2000, 1500);

  private AppendixTable() {}

  static void write(DocxWriter w, OfficeFile.Context context, Appraisal unit, int number) {
    Verdict.Recognised r = (Verdict.Recognised) unit.verdict();
    w.centered(Messages.get("office.appendix.title", number), true, false, 14);
    w.centered(Messages.get("office.appendix.subtitle"), true, false, 14);
    w.centered(unit.name() + " — " + OfficePhrases.unitType(unit) + " — " + r.level().label(), true, false, 13);
    w.centered(Messages.get("office.appendix.by", Messages.get("office.council",
        OfficePhrases.lower(OfficePhrases.authority(unit.decision().ruleset(), unit.profile().authority()))),
        vn.dvht.office.Dates.show(context.book().office().sitting())), false, true, 13);
    WordGrid grid = new WordGrid(WIDTHS, 13).header(Messages.get("col.number"), Messages.get("col.indicator"),
        Messages.get("col.threshold"), Messages.get("office.col.figure"), Messages.get("office.col.council"));
    String criterion = "";
    int row = 1;
    for (LevelDecision.Line line : unit.decision().lines(r.level())) {
      var indicator = line.row().indicator();
      if (!indicator.criterionId().equals(criterion)) {
        criterion = indicator.criterionId();
        Criterion c = unit.decision().ruleset().criterion(criterion);
        grid.band(c.id() + ". " + c.title());
      }
      grid.row(WordGrid.Align.CENTER, String.valueOf(row++), indicator.id() + ". " + indicator.shortText(),
          requirement(unit, line), figure(unit, line), Phrases.status(line.status()));
    }
    w.grid(grid);
    w.body(Messages.get("office.appendix.basis", Messages.get("office.basis." + unit.basis().key())));
  }

  private static String requirement(Appraisal unit, LevelDecision.Line line) {
    return line.status() == Status.NOT_APPLICABLE ? "—"
        : Phrases.requirement(unit.decision().ruleset(), line.row().indicator(), line.outcome());
  }

  /** "57/60 (95,00 %)", or the answer and its evidence. */
  private static String figure(Appraisal unit, LevelDecision.Line line) {
    Outcome o = line.outcome();
    if (o instanceof Outcome.Share s) {
      return s.numerator() + "/" + s.denominator() + (s.emptyPopulation() ? "" : " (" + Phrases.percent(s.percent()) + ")");
    }
    if (o instanceof Outcome.NotApplicable) {
      return "—";
    }
    String value = Phrases.value(unit.decision().ruleset(), line.row().indicator(), o);
    String evidence = line.evidence().isBlank() ? Messages.get("office.appendix.noEvidence") : line.evidence();
    return value + "\n" + evidence;
  }
}
