package vn.dvht.report;

import static vn.dvht.model.OfficeField.CHI_TIEU_DANH_GIA;
import static vn.dvht.model.OfficeField.CHI_TIEU_KET_QUA;
import static vn.dvht.model.OfficeField.CHI_TIEU_MA;
import static vn.dvht.model.OfficeField.CHI_TIEU_NGUONG;
import static vn.dvht.model.OfficeField.CHI_TIEU_NOI_DUNG;
import static vn.dvht.model.OfficeField.CHI_TIEU_STT;
import static vn.dvht.model.OfficeField.CHI_TIEU_TIEU_CHI;
import static vn.dvht.model.OfficeField.CONG_NHAN_CAN_CU;
import static vn.dvht.model.OfficeField.CONG_NHAN_HINH_THUC;
import static vn.dvht.model.OfficeField.CONG_NHAN_LOAI;
import static vn.dvht.model.OfficeField.CONG_NHAN_MA;
import static vn.dvht.model.OfficeField.CONG_NHAN_MUC_DO;
import static vn.dvht.model.OfficeField.CONG_NHAN_STT;
import static vn.dvht.model.OfficeField.CONG_NHAN_TEN;
import vn.dvht.diag.Wording;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.model.OfficeField;
import vn.dvht.office.Appraisal;
import vn.dvht.office.LevelDecision;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.WordGrid;

/**
 * One recognised unit's summary table as the council appraised it, at the level recognised: the unit's
 * row ({@link #unit}) and one row per indicator ({@link #indicators}) with what it asks, the unit's figure
 * or answer with its evidence, and the council's finding — a page of its own in dvht's appraisal report
 * ({@link #write}), a group of repeated rows in a province's form.
 */
final class AppendixTable {
  private static final List<Integer> WIDTHS = List.of(850, 3304, 1700, 2000, 1500);

  private AppendixTable() {}

  /** The recognised unit's row: its number among the recognised, name, identifier, type, level, how, basis. */
  static OfficeForm.Row unit(Wording words, Appraisal unit, int number) {
    Verdict.Recognised r = (Verdict.Recognised) unit.verdict();
    Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
    v.put(CONG_NHAN_STT, String.valueOf(number));
    v.put(CONG_NHAN_TEN, unit.name());
    v.put(CONG_NHAN_MA, unit.id());
    v.put(CONG_NHAN_LOAI, OfficePhrases.unitType(unit));
    v.put(CONG_NHAN_MUC_DO, r.level().label());
    v.put(CONG_NHAN_HINH_THUC, OfficePhrases.kind(words, unit));
    v.put(CONG_NHAN_CAN_CU, words.get("office.appendix.basis", words.get("office.basis." + unit.basis().key())));
    return new OfficeForm.Row(String.valueOf(number), "", v);
  }

  /** The unit's indicators at the level recognised, each a row under the unit's. */
  static List<OfficeForm.Row> indicators(Wording words, Appraisal unit, int number) {
    Verdict.Recognised r = (Verdict.Recognised) unit.verdict();
    List<OfficeForm.Row> rows = new ArrayList<>();
    int row = 1;
    for (LevelDecision.Line line : unit.decision().lines(r.level())) {
      var indicator = line.row().indicator();
      Criterion c = unit.decision().ruleset().criterion(indicator.criterionId());
      Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
      v.put(CHI_TIEU_STT, String.valueOf(row));
      v.put(CHI_TIEU_TIEU_CHI, c.id() + ". " + c.title());
      v.put(CHI_TIEU_MA, indicator.id());
      v.put(CHI_TIEU_NOI_DUNG, indicator.shortText());
      v.put(CHI_TIEU_NGUONG, requirement(words, unit, line));
      v.put(CHI_TIEU_KET_QUA, figure(words, unit, line));
      v.put(CHI_TIEU_DANH_GIA, Phrases.status(words, line.status()));
      rows.add(new OfficeForm.Row(number + "." + row++, String.valueOf(number), v));
    }
    return rows;
  }

  /** The table on a page of dvht's own report: a band per criterion, a row per indicator. */
  static void write(DocxWriter w, OfficeFile.Context context, Appraisal unit, int number) {
    Wording words = context.wording();
    OfficeForm.Row head = unit(words, unit, number);
    w.centered(words.get("office.appendix.title", number), true, false, 14);
    w.centered(words.get("office.appendix.subtitle"), true, false, 14);
    w.centered(head.get(CONG_NHAN_TEN) + " — " + head.get(CONG_NHAN_LOAI) + " — " + head.get(CONG_NHAN_MUC_DO), true,
        false, 13);
    w.centered(words.get("office.appendix.by", words.get("office.council",
        OfficePhrases.lower(OfficePhrases.authority(unit.decision().ruleset(), unit.profile().authority()))),
        vn.dvht.office.Dates.show(context.book().office().sitting())), false, true, 13);
    WordGrid grid = new WordGrid(WIDTHS, 13).header(words.get("col.number"), words.get("col.indicator"),
        words.get("col.threshold"), words.get("office.col.figure"), words.get("office.col.council"));
    String criterion = "";
    for (OfficeForm.Row row : indicators(words, unit, number)) {
      if (!row.get(CHI_TIEU_TIEU_CHI).equals(criterion)) {
        criterion = row.get(CHI_TIEU_TIEU_CHI);
        grid.band(criterion);
      }
      grid.row(WordGrid.Align.CENTER, row.get(CHI_TIEU_STT), row.get(CHI_TIEU_MA) + ". " + row.get(CHI_TIEU_NOI_DUNG),
          row.get(CHI_TIEU_NGUONG), row.get(CHI_TIEU_KET_QUA), row.get(CHI_TIEU_DANH_GIA));
    }
    w.grid(grid);
    w.body(head.get(CONG_NHAN_CAN_CU));
  }

  private static String requirement(Wording words, Appraisal unit, LevelDecision.Line line) {
    return line.status() == Status.NOT_APPLICABLE ? "—"
        : Phrases.requirement(words, unit.decision().ruleset(), line.row().indicator(), line.outcome());
  }

  /** "57/60 (95,00 %)", or the answer and its evidence. */
  private static String figure(Wording words, Appraisal unit, LevelDecision.Line line) {
    Outcome o = line.outcome();
    if (o instanceof Outcome.Share s) {
      return s.numerator() + "/" + s.denominator() + (s.emptyPopulation() ? "" : " (" + Phrases.percent(words, s.percent()) + ")");
    }
    if (o instanceof Outcome.NotApplicable) {
      return "—";
    }
    String value = Phrases.value(words, unit.decision().ruleset(), line.row().indicator(), o);
    String evidence = line.evidence().isBlank() ? words.get("office.appendix.noEvidence") : line.evidence();
    return value + "\n" + evidence;
  }
}
