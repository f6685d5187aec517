package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;

/**
 * The education office's consolidated workbook of a batch ("Tổng hợp đơn vị"): counts per level or
 * grade, then one row per unit — name, authority, type, year, result, each indicator's "k/n" and percentage or
 * answer, and what is missing for the next level — and a sheet of the files that could not be read.
 * Streams rows (SXSSF), so thousands of units stay within bounded memory.
 */
public final class BatchXlsxRenderer {
  private static final int FIXED = 9;

  public void render(List<Assessment> assessments, List<FileFailure> failures, LocalDate date, OutputStream out)
      throws IOException {
    try (XSSFWorkbook template = new XSSFWorkbook(); SXSSFWorkbook workbook = new SXSSFWorkbook(template, 200)) {
      XlsxStyles styles = new XlsxStyles(template);
      Sheet summary = workbook.createSheet(Messages.get("batch.sheet"));
      int r = counts(summary, styles, assessments, failures, date);
      table(summary, styles, assessments, r + 1);
      failures(workbook.createSheet(Messages.get("batch.failuresSheet")), styles, failures);
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static int counts(Sheet sheet, XlsxStyles styles, List<Assessment> assessments, List<FileFailure> failures,
      LocalDate date) {
    XlsxStyles.text(sheet.createRow(0), 0, Messages.get("batch.title"), styles.title);
    XlsxStyles.text(sheet.createRow(1), 0, Messages.get("md.date", Phrases.date(date)), styles.italic);
    Map<String, Integer> tally = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      tally.merge(resultLabel(a.result()), 1, Integer::sum);
    }
    int r = 3;
    Row header = sheet.createRow(r++);
    XlsxStyles.text(header, 1, Messages.get("batch.result"), styles.header);
    XlsxStyles.text(header, 2, Messages.get("batch.count"), styles.header);
    for (Map.Entry<String, Integer> e : tally.entrySet()) {
      Row row = sheet.createRow(r++);
      XlsxStyles.text(row, 1, e.getKey(), styles.cell);
      XlsxStyles.number(row, 2, e.getValue(), styles.cellNumber);
    }
    Row failed = sheet.createRow(r++);
    XlsxStyles.text(failed, 1, Messages.get("batch.unreadable"), styles.cell);
    XlsxStyles.number(failed, 2, failures.size(), styles.cellNumber);
    return r;
  }

  private static void table(Sheet sheet, XlsxStyles styles, List<Assessment> assessments, int r) {
    List<Column> indicators = indicatorColumns(assessments);
    Row header = sheet.createRow(r++);
    String[] keys = {"col.number", "col.file", "batch.unit", "batch.authority", "batch.type", "batch.year",
        "batch.ruleset", "batch.result", "col.points"};
    for (int c = 0; c < keys.length; c++) {
      XlsxStyles.text(header, c, Messages.get(keys[c]), styles.header);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Column column = indicators.get(i);
      XlsxStyles.text(header, FIXED + i, column.counts() ? Messages.get("batch.countOf", column.id()) : column.id(),
          styles.header);
    }
    XlsxStyles.text(header, FIXED + indicators.size(), Messages.get("batch.missing"), styles.header);
    int number = 1;
    for (Assessment a : assessments) {
      unitRow(sheet.createRow(r++), styles, number++, a, indicators);
    }
    sheet.createFreezePane(3, r - assessments.size());
    sheet.setColumnWidth(1, 26 * 256);
    sheet.setColumnWidth(2, 36 * 256);
    sheet.setColumnWidth(7, 20 * 256);
    sheet.setColumnWidth(FIXED + indicators.size(), 40 * 256);
    XlsxStyles.printA4(sheet, true);
  }

  private static void unitRow(Row row, XlsxStyles styles, int number, Assessment a, List<Column> indicators) {
    EvaluationResult result = a.result();
    var profile = result.unit().profile();
    XlsxStyles.number(row, 0, number, styles.cellNumber);
    XlsxStyles.text(row, 1, a.stamp().inputs().isEmpty() ? "" : a.stamp().inputs().get(0).name(), styles.cell);
    XlsxStyles.text(row, 2, profile.name(), styles.cell);
    XlsxStyles.text(row, 3, result.ruleset().authority(profile.authority()).label(), styles.cell);
    XlsxStyles.text(row, 4, result.ruleset().unitType(profile.unitType()).label(), styles.cell);
    XlsxStyles.number(row, 5, profile.year(), styles.cellNumber);
    XlsxStyles.text(row, 6, result.ruleset().id(), styles.cell);
    XlsxStyles.text(row, 7, resultLabel(result), result.reached().isEmpty()
        && !(result.scorecard() instanceof Scorecard.Scored) ? styles.cellFailed : styles.cell);
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      XlsxStyles.number(row, 8, scored.points().doubleValue(), styles.cellNumber);
    } else {
      XlsxStyles.text(row, 8, "", styles.cell);
    }
    for (int i = 0; i < indicators.size(); i++) {
      cell(row, FIXED + i, styles, result, indicators.get(i));
    }
    XlsxStyles.text(row, FIXED + indicators.size(), String.join(", ", missing(result)), styles.cellWrapped);
  }

  /**
   * An indicator's share (a number) or the unit's answer — or, in a count column, the "k/n" the share
   * is of — from the first level where it applies.
   */
  private static void cell(Row row, int column, XlsxStyles styles, EvaluationResult result, Column wanted) {
    for (LevelResult level : result.levels()) {
      for (IndicatorResult r : level.indicators()) {
        if (!r.indicator().id().equals(wanted.id()) || r.status() == Status.NOT_APPLICABLE) {
          continue;
        }
        if (wanted.counts()) {
          XlsxStyles.text(row, column, Phrases.count(r.outcome()), styles.cell);
        } else if (r.outcome() instanceof Outcome.Share s && !s.emptyPopulation()) {
          XlsxStyles.number(row, column, s.percent().divide(BigDecimal.valueOf(100)).doubleValue(), styles.cellPercent);
        } else {
          XlsxStyles.text(row, column, r.outcome() instanceof Outcome.Share ? "—"
              : Phrases.value(result.ruleset(), r.indicator(), r.outcome()), styles.cell);
        }
        return;
      }
    }
    XlsxStyles.text(row, column, "", styles.cell);
  }

  /** The indicators not met at the level above the one reached (the first level when none is). */
  static List<String> missing(EvaluationResult result) {
    int reached = result.reached().map(l -> l.rank()).orElse(0);
    Optional<LevelResult> next = result.levels().stream()
        .filter(l -> !l.level().plan() && l.level().rank() == reached + 1).findFirst();
    if (next.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (IndicatorResult r : next.get().indicators()) {
      if (r.status() == Status.NOT_MET) {
        ids.add(r.indicator().id());
      }
    }
    return ids;
  }

  /** "Mức độ 2", "Chưa đạt mức nào", or for a scoring ruleset the grade. */
  public static String resultLabel(EvaluationResult result) {
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      return scored.grade().label();
    }
    return result.reached().map(l -> l.label()).orElse(Messages.get("batch.none"));
  }

  /** A column of the unit table: an indicator's result, or the member counts its percentage is of. */
  private record Column(String id, boolean counts) {}

  /** Every indicator of the rulesets used, in ruleset order; a share's percentage follows its "k/n". */
  private static List<Column> indicatorColumns(List<Assessment> assessments) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> shares = new java.util.HashSet<>();
    for (Assessment a : assessments) {
      for (var indicator : a.result().ruleset().indicators()) {
        ids.add(indicator.id());
        if (indicator.measure() instanceof vn.dvht.model.Measure.Share) {
          shares.add(indicator.id());
        }
      }
    }
    List<Column> columns = new ArrayList<>();
    for (String id : ids) {
      if (shares.contains(id)) {
        columns.add(new Column(id, true));
      }
      columns.add(new Column(id, false));
    }
    return columns;
  }

  private static void failures(Sheet sheet, XlsxStyles styles, List<FileFailure> failures) {
    Row header = sheet.createRow(0);
    XlsxStyles.text(header, 0, Messages.get("col.file"), styles.header);
    XlsxStyles.text(header, 1, Messages.get("col.place"), styles.header);
    XlsxStyles.text(header, 2, Messages.get("col.message"), styles.header);
    int r = 1;
    for (FileFailure failure : failures) {
      for (Diagnostic d : failure.problems()) {
        Row row = sheet.createRow(r++);
        XlsxStyles.text(row, 0, Path.of(failure.file()).getFileName().toString(), styles.cell);
        XlsxStyles.text(row, 1, DiagnosticFormatter.where(d.position()), styles.cellWrapped);
        XlsxStyles.text(row, 2, d.code() + ": " + d.message(), styles.cellWrapped);
      }
    }
    XlsxStyles.widths(sheet, 30, 60, 80);
  }
}
