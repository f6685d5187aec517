package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The education office's consolidated workbook of a batch ("Tổng hợp đơn vị"): counts per level or
 * grade, then one row per unit — name, authority, type, year, result, each indicator's "k/n" and percentage or
 * answer, and what is missing for the next level — and a sheet of the files that could not be read.
 * Written row by row, so thousands of units cost no memory in the writing.
 */
public final class BatchXlsxRenderer {
  private static final int FIXED = 9;

  /** A unit of the batch: its result and its files. */
  public record Entry(Assessment assessment, UnitFiles files) {}

  public void render(List<Entry> entries, List<FileFailure> failures, LocalDate date, OutputStream out)
      throws IOException {
    List<Assessment> assessments = entries.stream().map(Entry::assessment).toList();
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + Stamp.toolVersion(), date);
    List<Column> indicators = indicatorColumns(assessments);
    double[] widths = new double[FIXED + indicators.size() + 2];
    java.util.Arrays.fill(widths, 8.43);
    widths[1] = 26;
    widths[2] = 36;
    widths[7] = 20;
    widths[FIXED + indicators.size()] = 40;
    widths[FIXED + indicators.size() + 1] = 40;
    Map<String, Integer> tally = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      tally.merge(resultLabel(a.result()), 1, Integer::sum);
    }
    // The unit table starts below the counts: title, date, a blank row, the counts' header, one row per
    // result, the unreadable files, a blank row.
    int tableHeader = 4 + tally.size() + 2;
    SheetWriter summary = book.sheet(Messages.get("batch.sheet"), WorkbookStyles.page(widths).frozen(3, tableHeader + 1));
    counts(summary, styles, tally, failures, date);
    table(summary, styles, entries, indicators, tableHeader);
    failures(book.sheet(Messages.get("batch.failuresSheet"), WorkbookStyles.page(30, 60, 80).frozen(0, 1).repeating(1)),
        styles, failures);
    book.finish();
  }

  private static void counts(SheetWriter sheet, WorkbookStyles styles, Map<String, Integer> tally,
      List<FileFailure> failures, LocalDate date) throws IOException {
    sheet.row(0).text(0, Messages.get("batch.title"), styles.title);
    sheet.row(1).text(0, Messages.get("md.date", Phrases.date(date)), styles.italic);
    sheet.row(3).text(1, Messages.get("batch.result"), styles.header).text(2, Messages.get("batch.count"), styles.header);
    for (Map.Entry<String, Integer> e : tally.entrySet()) {
      sheet.row().text(1, e.getKey(), styles.cell).number(2, e.getValue(), styles.cellNumber);
    }
    sheet.row().text(1, Messages.get("batch.unreadable"), styles.cell).number(2, failures.size(), styles.cellNumber);
  }

  private static void table(SheetWriter sheet, WorkbookStyles styles, List<Entry> entries,
      List<Column> indicators, int headerRow) throws IOException {
    sheet.row(headerRow);
    String[] keys = {"col.number", "col.file", "batch.unit", "batch.authority", "batch.type", "batch.year",
        "batch.ruleset", "batch.result", "col.points"};
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, Messages.get(keys[c]), styles.header);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Column column = indicators.get(i);
      sheet.text(FIXED + i, column.counts() ? Messages.get("batch.countOf", column.id()) : column.id(), styles.header);
    }
    sheet.text(FIXED + indicators.size(), Messages.get("batch.missing"), styles.header)
        .text(FIXED + indicators.size() + 1, Messages.get("batch.outputs"), styles.header);
    int number = 1;
    for (Entry e : entries) {
      unitRow(sheet.row(), styles, number++, e, indicators);
    }
  }

  private static void unitRow(SheetWriter row, WorkbookStyles styles, int number, Entry entry,
      List<Column> indicators) {
    EvaluationResult result = entry.assessment().result();
    var profile = result.unit().profile();
    row.number(0, number, styles.cellNumber)
        .text(1, entry.files().input(), styles.cell)
        .text(2, profile.name(), styles.cell)
        .text(3, result.ruleset().authority(profile.authority()).label(), styles.cell)
        .text(4, result.ruleset().unitType(profile.unitType()).label(), styles.cell)
        .number(5, profile.year(), styles.cellNumber)
        .text(6, result.ruleset().id(), styles.cell)
        .text(7, resultLabel(result), result.reached().isEmpty()
            && !(result.scorecard() instanceof Scorecard.Scored) ? styles.cellFailed : styles.cell);
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      row.number(8, scored.points(), styles.cellNumber);
    } else {
      row.text(8, "", styles.cell);
    }
    for (int i = 0; i < indicators.size(); i++) {
      cell(row, FIXED + i, styles, result, indicators.get(i));
    }
    row.text(FIXED + indicators.size(), String.join(", ", missing(result)), styles.cellWrapped)
        .text(FIXED + indicators.size() + 1, String.join("\n", entry.files().outputs()), styles.cellWrapped);
  }

  /**
   * An indicator's share (a number) or the unit's answer — or, in a count column, the "k/n" the share
   * is of — from the first level where it applies.
   */
  private static void cell(SheetWriter row, int column, WorkbookStyles styles, EvaluationResult result,
      Column wanted) {
    for (LevelResult level : result.levels()) {
      for (IndicatorResult r : level.indicators()) {
        if (!r.indicator().id().equals(wanted.id()) || r.status() == Status.NOT_APPLICABLE) {
          continue;
        }
        if (wanted.counts()) {
          row.text(column, Phrases.count(r.outcome()), styles.cell);
        } else if (r.outcome() instanceof Outcome.Share s && !s.emptyPopulation()) {
          row.number(column, s.ratio(), styles.cellPercent(s.percent().scale()));
        } else {
          row.text(column, r.outcome() instanceof Outcome.Share ? "—"
              : Phrases.value(result.ruleset(), r.indicator(), r.outcome()), styles.cell);
        }
        return;
      }
    }
    row.text(column, "", styles.cell);
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

  private static void failures(SheetWriter sheet, WorkbookStyles styles, List<FileFailure> failures)
      throws IOException {
    sheet.row().text(0, Messages.get("col.file"), styles.header).text(1, Messages.get("col.place"), styles.header)
        .text(2, Messages.get("col.message"), styles.header);
    for (FileFailure failure : failures) {
      for (Diagnostic d : failure.problems()) {
        Path name = Path.of(failure.file()).getFileName();
        sheet.row().text(0, name == null ? failure.file() : name.toString(), styles.cell)
            .text(1, DiagnosticFormatter.where(d.position()), styles.cellWrapped)
            .text(2, d.code() + ": " + d.message(), styles.cellWrapped);
      }
    }
  }
}
