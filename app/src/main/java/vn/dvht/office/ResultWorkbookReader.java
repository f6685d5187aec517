package vn.dvht.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Message;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.input.RawRow;
import vn.dvht.input.RawSheet;
import vn.dvht.input.SheetBook;
import vn.dvht.model.Ruleset;

/**
 * Reads a summary workbook dvht wrote for a unit ({@code <tên>-ket-qua.xlsx}), in Vietnamese or English:
 * from sheet "Tổng hợp" the unit's line, the verdict, every indicator row of every level (counts, status,
 * answer, evidence) and the stamp (dvht version, ruleset and member-file SHA-256); from the "Thành viên"
 * sheets what the member grid counts for each share indicator; from the package itself whether another
 * program saved it since. What the rows say is checked against the grid and a re-decision elsewhere
 * ({@link SubmissionCheck}); here it is only read.
 */
public final class ResultWorkbookReader {
  private static final Pattern SHA = Pattern.compile("SHA-256 ([0-9a-f]{64})");
  private static final Pattern ROW_ID = Pattern.compile("^(\\S+?)\\.\\s");
  /** Columns of the summary's indicator rows (XlsxSummarySheet). */
  private static final int PASSED = 5;
  private static final int TOTAL = 6;
  private static final int MEASURED = 7;
  private static final int STATUS = 8;
  private static final int EVIDENCE = 9;

  private ResultWorkbookReader() {}

  /** Whether the workbook has dvht's summary and member sheets: a result, not a member list. */
  public static boolean isResult(Path path) {
    try (SheetBook book = SheetBook.open(path)) {
      return summarySheet(book).isPresent() && !book.find("Đơn vị").isPresent();
    } catch (InputException e) {
      return false;
    }
  }

  private static Optional<String> summarySheet(SheetBook book) {
    return book.find(Readback.all("xlsx.summarySheet").toArray(String[]::new));
  }

  /**
   * The workbook's summary; {@code rulesets} are the office's ruleset in each language the workbook may
   * be written in (their labels name authorities, unit types, levels and scale steps).
   */
  public static SubmittedSummary read(Path path, List<Ruleset> rulesets) throws InputException {
    String file = path.toString();
    try (SheetBook book = SheetBook.open(path)) {
      Optional<String> sheet = summarySheet(book);
      if (sheet.isEmpty()) {
        throw notSummary(file, "");
      }
      RawSheet summary = book.read(sheet.get());
      WorkbookLabels labels = new WorkbookLabels(rulesets);
      Optional<List<String>> unit = line(summary, "unit.line");
      if (unit.isEmpty()) {
        throw notSummary(file, sheet.get());
      }
      List<String> u = unit.get();
      String authority = labels.authority(u.get(1));
      String[] type = labels.unitType(u.get(2));
      List<SubmittedIndicator> rows = rows(summary, labels);
      String verdict = line(summary, "text.verdict").map(v -> v.get(0)).orElse("");
      Optional<String> stamp = summary.rows().stream().map(r -> r.cell(0)).filter(t -> SHA.matcher(t).find())
          .findFirst();
      List<String> shas = new ArrayList<>();
      stamp.ifPresent(s -> {
        Matcher m = SHA.matcher(s);
        while (m.find()) {
          shas.add(m.group(1));
        }
      });
      List<String> parts = stamp.flatMap(s -> Readback.find(s, "md.stamp")).orElse(List.of("", "", "", ""));
      Source source = new Source(Source.Kind.WORKBOOK, file, sha(path));
      return new SubmittedSummary(source, parts.get(1), shas.isEmpty() ? "" : shas.get(0),
          parts.get(0), u.get(0), authority, type[0], type[1], year(u.get(3)), Map.of(), rows,
          labels.reached(verdict), labels.requested(verdict), "", shas.size() > 1 ? shas.subList(1, shas.size())
              : List.of(), grid(book), PackageNotes.of(path));
    }
  }

  private static InputException notSummary(String file, String sheet) {
    return new InputException(Diagnostic.error("O150", new SourcePosition.InFile(file),
        Message.of("office.notSummary")));
  }

  /** The placeholders of the first row holding message {@code key}. */
  private static Optional<List<String>> line(RawSheet sheet, String key) {
    for (RawRow row : sheet.rows()) {
      Optional<List<String>> found = Readback.find(row.cell(0), key);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static int year(String text) {
    return text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
  }

  private static List<SubmittedIndicator> rows(RawSheet summary, WorkbookLabels labels) {
    List<SubmittedIndicator> rows = new ArrayList<>();
    String level = "";
    for (RawRow row : summary.rows()) {
      Optional<String> heading = labels.levelHeading(row.cell(0));
      if (heading.isPresent()) {
        level = heading.get();
        continue;
      }
      Matcher id = ROW_ID.matcher(row.cell(2));
      if (level.isEmpty() || !row.cell(0).matches("\\d+") || !id.find() || !labels.indicator(id.group(1))) {
        continue;
      }
      String indicator = id.group(1);
      boolean share = row.cell(PASSED).matches("\\d+") && row.cell(TOTAL).matches("\\d+");
      String place = summary.name() + "!" + SourcePosition.columnLetters(STATUS) + row.number();
      rows.add(new SubmittedIndicator(level, indicator, labels.status(row.cell(STATUS)),
          share ? Long.parseLong(row.cell(PASSED)) : -1, share ? Long.parseLong(row.cell(TOTAL)) : -1,
          share ? "" : labels.value(indicator, row.cell(MEASURED)), row.cell(EVIDENCE), place));
    }
    return rows;
  }

  /** What the member grid's sheets count per share indicator. */
  private static List<GridCount> grid(SheetBook book) throws InputException {
    Map<String, long[]> counts = new LinkedHashMap<>();
    List<String> passed = Readback.all("members.passed");
    List<String> failed = Readback.all("members.failed");
    for (String sheet : book.sheetNames()) {
      if (!gridSheet(sheet)) {
        continue;
      }
      String[][] header = new String[1][];
      book.forEachRow(sheet, row -> {
        if (header[0] == null) {
          header[0] = row.cells().stream().map(c -> c.split("\n", 2)[0].strip()).toArray(String[]::new);
          return;
        }
        for (int c = 5; c < header[0].length; c++) {
          String cell = row.cell(c);
          long[] count = counts.computeIfAbsent(header[0][c], k -> new long[2]);
          if (passed.contains(cell)) {
            count[0]++;
            count[1]++;
          } else if (failed.contains(cell)) {
            count[1]++;
          }
        }
      });
    }
    List<GridCount> grid = new ArrayList<>();
    counts.forEach((id, c) -> grid.add(new GridCount(id, c[0], c[1])));
    return grid;
  }

  private static boolean gridSheet(String sheet) {
    return java.util.stream.Stream.of("xlsx.memberGridSheet", "xlsx.membersSheet").flatMap(k -> Readback.all(k).stream())
        .anyMatch(base -> sheet.equals(base) || sheet.matches(Pattern.quote(base) + " \\(\\d+\\)"));
  }

  private static String sha(Path path) throws InputException {
    try {
      return Sha256.of(path);
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(path.toString()), FileAccess.reason(e)));
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.forLanguageTag("vi"));
  }
}
