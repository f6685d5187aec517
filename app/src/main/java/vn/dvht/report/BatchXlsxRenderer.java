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
import vn.dvht.diag.Wording;
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
  /** The list of units: 151 characters, one A4 landscape page wide at 80 %. */
  private static final double[] LIST_WIDTHS = {5, 34, 26, 10, 16, 10, 10, 40};

  /** A unit of the batch: its result and its files. */
  public record Entry(Assessment assessment, UnitFiles files) {}

  public void render(Wording words, List<Entry> entries, List<FileFailure> failures, LocalDate date, OutputStream out)
      throws IOException {
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + Stamp.toolVersion(), date);
    // Units of each ruleset in their own table: the same code (TC2.CT1) names another indicator in
    // another circular. The same file given twice (an .xlsx and its .csv copy) is flagged, counted once.
    Map<String, List<Entry>> byRuleset = new LinkedHashMap<>();
    entries.forEach(e -> byRuleset.computeIfAbsent(e.assessment().result().ruleset().id(), k -> new ArrayList<>())
        .add(e));
    Map<Entry, Integer> numbers = new java.util.IdentityHashMap<>();
    Map<Entry, String> duplicates = duplicates(words, byRuleset, numbers);
    Map<String, Integer> tally = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (!duplicates.containsKey(e)) {
        tally.merge(resultLabel(words, e.assessment().result()), 1, Integer::sum);
      }
    }
    List<String> rulesets = new ArrayList<>(byRuleset.keySet());
    list(words, book.sheet(words.get("batch.listSheet"), WorkbookStyles.page(words, LIST_WIDTHS).repeating(2, 1), false, 0),
        styles, byRuleset, numbers, duplicates, date);
    // The first table starts below the counts: title, date, a blank row, the counts' header, one row per
    // result, the unreadable files and the duplicates, a blank row (and a line naming the other tables).
    int tableHeader = 4 + tally.size() + 3 + (rulesets.size() > 1 ? 1 : 0);
    for (int g = 0; g < Math.max(1, rulesets.size()); g++) {
      List<Entry> group = rulesets.isEmpty() ? List.of() : byRuleset.get(rulesets.get(g));
      List<Column> indicators = indicatorColumns(group.stream().map(Entry::assessment).toList());
      int header = g == 0 ? tableHeader : 2;
      // Some 30 columns: printed at 80 % on pages across, the number, file and unit, and the header, on each.
      SheetWriter sheet = book.sheet(g == 0 ? words.get("batch.sheet") : sheetName(words, rulesets.get(g)),
          WorkbookStyles.page(words, widths(indicators.size())).frozen(3, header + 1).repeating(header, 1)
              .repeatingColumns(3), false, g + 1);
      if (g == 0) {
        counts(words, sheet, styles, tally, failures, duplicates.size(), date);
        if (rulesets.size() > 1) {
          sheet.row().text(1, words.get("batch.otherRulesets", rulesets.get(0), String.join(", ",
              rulesets.subList(1, rulesets.size()).stream().map(s -> sheetName(words, s)).toList())), styles.italic);
        }
      } else {
        sheet.row(0).text(0, words.get("batch.rulesetTitle", rulesets.get(g)), styles.heading);
      }
      table(words, sheet, styles, group, indicators, header, numbers, duplicates);
    }
    failures(words, book.sheet(words.get("batch.failuresSheet"), WorkbookStyles.page(words, 24, 40, 86).frozen(0, 1).repeating(1),
        false, Integer.MAX_VALUE), styles, failures);
    book.finish();
  }

  private static double[] widths(int indicators) {
    double[] widths = new double[FIXED + indicators + 3];
    java.util.Arrays.fill(widths, 8.43);
    widths[1] = 26;
    widths[2] = 36;
    widths[7] = 20;
    widths[FIXED + indicators] = 40;
    widths[FIXED + indicators + 1] = 40;
    widths[FIXED + indicators + 2] = 30;
    return widths;
  }

  /** The sheet of a ruleset's units: "Đơn vị tt22", within Excel's 31 characters and its allowed signs. */
  private static String sheetName(Wording words, String ruleset) {
    String name = (words.get("batch.rulesetSheet") + " " + ruleset).replaceAll("[\\[\\]:*?/\\\\]", "-");
    return name.length() <= 31 ? name : name.substring(0, 31);
  }

  /**
   * Numbers every unit (in table order) and notes each with the same content as one before it: the same unit
   * given twice, as the same file or as its XLSX and its CSV.
   */
  private static Map<Entry, String> duplicates(Wording words, Map<String, List<Entry>> byRuleset, Map<Entry, Integer> numbers) {
    Map<Entry, String> duplicates = new java.util.IdentityHashMap<>();
    Map<String, Entry> firstByContent = new java.util.HashMap<>();
    int number = 1;
    for (List<Entry> group : byRuleset.values()) {
      for (Entry e : group) {
        numbers.put(e, number++);
        Entry first = firstByContent.putIfAbsent(content(e), e);
        if (first != null) {
          duplicates.put(e, words.get("batch.duplicateOf", numbers.get(first), first.files().input()));
        }
      }
    }
    return duplicates;
  }

  /**
   * What a unit's files say, whatever their format: the unit sheet's profile, the people counted and every
   * indicator's outcome at every level (counts, answers). Two files with the same content are the same unit.
   */
  private static String content(Entry e) {
    var result = e.assessment().result();
    StringBuilder key = new StringBuilder(result.unit().profile().toString())
        .append(new java.util.TreeMap<>(result.populationCounts()));
    result.levels().forEach(l -> l.indicators().forEach(
        i -> key.append('|').append(l.level().id()).append(' ').append(i.indicator().id()).append(i.outcome())));
    return key.toString();
  }

  /**
   * The first sheet, what an office prints: one line per unit (number, name, file, ruleset, result,
   * members, indicators missing for the next level, duplicate), numbered as in the tables.
   */
  private static void list(Wording words, SheetWriter sheet, WorkbookStyles styles, Map<String, List<Entry>> byRuleset,
      Map<Entry, Integer> numbers, Map<Entry, String> duplicates, LocalDate date) throws IOException {
    sheet.row(0).merged(0, LIST_WIDTHS.length - 1, words.get("batch.listTitle"), styles.title);
    sheet.row(1).merged(0, LIST_WIDTHS.length - 1, words.get("md.date", Phrases.date(date)), styles.italic);
    String[] keys = {"col.number", "batch.unit", "col.file", "batch.ruleset", "batch.result", "batch.members",
        "batch.failing", "batch.duplicate"};
    sheet.row(2);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    for (List<Entry> group : byRuleset.values()) {
      for (Entry e : group) {
        EvaluationResult result = e.assessment().result();
        sheet.row().number(0, numbers.get(e), styles.cellNumber).text(1, result.unit().profile().name(),
                styles.cellWrapped)
            .text(2, e.files().input(), styles.cellWrapped).text(3, result.ruleset().id(), styles.cell)
            .text(4, resultLabel(words, result), result.decision().reached().isEmpty()
                && !(result.scorecard() instanceof Scorecard.Scored)
                ? styles.cellFailed : styles.cell)
            .number(5, result.ruleset().populations().stream().mapToLong(p -> result.count(p.id())).sum(),
                styles.cellNumber)
            .number(6, missing(result).size(), styles.cellNumber)
            .text(7, duplicates.getOrDefault(e, ""), duplicates.containsKey(e) ? styles.cellFailed : styles.cellWrapped);
      }
    }
  }

  private static void counts(Wording words, SheetWriter sheet, WorkbookStyles styles, Map<String, Integer> tally,
      List<FileFailure> failures, int duplicates, LocalDate date) throws IOException {
    // Left-aligned: a centred title in the narrow column A would print cut at the page's left edge.
    sheet.row(0).text(0, words.get("batch.title"), styles.heading);
    sheet.row(1).text(0, words.get("md.date", Phrases.date(date)), styles.italicLeft);
    sheet.row(3).text(1, words.get("batch.result"), styles.header).text(2, words.get("batch.count"), styles.header);
    for (Map.Entry<String, Integer> e : tally.entrySet()) {
      sheet.row().text(1, e.getKey(), styles.cell).number(2, e.getValue(), styles.cellNumber);
    }
    sheet.row().text(1, words.get("batch.unreadable"), styles.cell).number(2, failures.size(), styles.cellNumber);
    sheet.row().text(1, words.get("batch.duplicates"), styles.cell).number(2, duplicates, styles.cellNumber);
  }

  private static void table(Wording words, SheetWriter sheet, WorkbookStyles styles, List<Entry> entries,
      List<Column> indicators, int headerRow, Map<Entry, Integer> numbers, Map<Entry, String> duplicates)
      throws IOException {
    sheet.row(headerRow);
    String[] keys = {"col.number", "col.file", "batch.unit", "batch.authority", "batch.type", "batch.year",
        "batch.ruleset", "batch.result", "col.points"};
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Column column = indicators.get(i);
      sheet.text(FIXED + i, column.counts() ? words.get("batch.countOf", column.id()) : column.id(), styles.header);
    }
    sheet.text(FIXED + indicators.size(), words.get("batch.missing"), styles.header)
        .text(FIXED + indicators.size() + 1, words.get("batch.outputs"), styles.header)
        .text(FIXED + indicators.size() + 2, words.get("batch.duplicate"), styles.header);
    for (Entry e : entries) {
      unitRow(words, sheet.row(), styles, numbers.get(e), e, indicators);
      sheet.text(FIXED + indicators.size() + 2, duplicates.getOrDefault(e, ""),
          duplicates.containsKey(e) ? styles.cellFailed : styles.cell);
    }
  }

  private static void unitRow(Wording words, SheetWriter row, WorkbookStyles styles, int number, Entry entry,
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
        .text(7, resultLabel(words, result), result.decision().reached().isEmpty()
            && !(result.scorecard() instanceof Scorecard.Scored) ? styles.cellFailed : styles.cell);
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      row.number(8, scored.points().shown(), styles.cellNumber);
    } else {
      row.text(8, "", styles.cell);
    }
    for (int i = 0; i < indicators.size(); i++) {
      cell(words, row, FIXED + i, styles, result, indicators.get(i));
    }
    row.text(FIXED + indicators.size(), String.join(", ", missing(result)), styles.cellWrapped)
        .text(FIXED + indicators.size() + 1, String.join("\n", entry.files().outputs()), styles.cellWrapped);
  }

  /**
   * An indicator's share (a number) or the unit's answer — or, in a count column, the "k/n" the share
   * is of — from the first level where it applies.
   */
  private static void cell(Wording words, SheetWriter row, int column, WorkbookStyles styles, EvaluationResult result,
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
              : Phrases.value(words, result.ruleset(), r.indicator(), r.outcome()), styles.cell);
        }
        return;
      }
    }
    row.text(column, "", styles.cell);
  }

  /** The indicators not met at the level above the one reached (the first level when none is). */
  static List<String> missing(EvaluationResult result) {
    int reached = result.decision().reached().map(l -> l.rank()).orElse(0);
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
  public static String resultLabel(Wording words, EvaluationResult result) {
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      return scored.grade().label();
    }
    return result.decision().reached().map(l -> l.label()).orElse(words.get("batch.none"));
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

  private static void failures(Wording words, SheetWriter sheet, WorkbookStyles styles, List<FileFailure> failures)
      throws IOException {
    sheet.row().text(0, words.get("col.file"), styles.header).text(1, words.get("col.place"), styles.header)
        .text(2, words.get("col.message"), styles.header);
    for (FileFailure failure : failures) {
      for (Diagnostic d : failure.problems()) {
        Path name = Path.of(failure.file()).getFileName();
        sheet.row().text(0, name == null ? failure.file() : name.toString(), styles.cell)
            .text(1, DiagnosticFormatter.where(d.position(), words), styles.cellWrapped)
            .text(2, d.code() + ": " + words.text(d.message()), styles.cellWrapped);
      }
    }
  }
}
