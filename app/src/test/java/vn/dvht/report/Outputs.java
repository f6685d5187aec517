package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Verdicts;
import vn.dvht.model.Indicator;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * One assessment rendered in every format, as text a test can search: the console, the JSON, the summary
 * workbook's cells ({@code "Sheet!A1" → value}), the Word report (or province form and letter) as
 * {@link DocxDump} lines, the Markdown and HTML reports.
 */
record Outputs(String console, String json, Map<String, String> cells, String word, String markdown, String html) {

  static Outputs of(Assessment assessment) throws IOException {
    return new Outputs(text(ReportFormat.TEXT, assessment), text(ReportFormat.JSON, assessment),
        cells(XlsxDump.of(new ByteArrayInputStream(bytes(ReportFormat.XLSX, assessment)))),
        DocxDump.of(new ByteArrayInputStream(bytes(ReportFormat.DOCX, assessment))),
        text(ReportFormat.MARKDOWN, assessment), text(ReportFormat.HTML, assessment));
  }

  /** The cells of the summary sheet, one a line: "A10 Kết luận: …". */
  String summary() {
    String prefix = Messages.get("xlsx.summarySheet") + "!";
    StringBuilder out = new StringBuilder();
    cells.forEach((ref, value) -> {
      if (ref.startsWith(prefix)) {
        out.append(ref.substring(prefix.length())).append(' ').append(value).append('\n');
      }
    });
    return out.toString();
  }

  /** The line of the console that states the verdict. */
  String consoleVerdict() {
    String start = Messages.get("text.verdict", "");
    return console.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }

  /** How many request letters (TỜ TRÌNH) the Word document holds. */
  long letters() {
    return word.lines().filter(l -> l.endsWith("|" + Messages.get("docx.letterTitle"))).count();
  }

  /**
   * Each share's k/n is the member grid's — how many of its column say "Đạt", and say anything — in the
   * verdicts, every level's outcome, the JSON and the summary tables.
   */
  void checkCounts(EvaluationResult r, JsonNode unit) {
    Verdicts verdicts = r.verdicts();
    String grid = Messages.get("xlsx.membersSheet") + "!";
    for (int i = 0; i < verdicts.indicators().size(); i++) {
      Indicator indicator = verdicts.indicators().get(i);
      String column = gridColumn(grid, indicator.id());
      long passed = 0;
      long counted = 0;
      for (int row = 2; row <= verdicts.members() + 1; row++) {
        String cell = cells.getOrDefault(grid + column + row, "");
        passed += cell.equals(Messages.get("members.passed")) ? 1 : 0;
        counted += cell.equals(Messages.get("members.passed")) || cell.equals(Messages.get("members.failed")) ? 1 : 0;
      }
      assertThat(verdicts.passed(i)).as("%s passed in the grid", indicator.id()).isEqualTo(passed);
      assertThat(verdicts.counted(i)).as("%s counted in the grid", indicator.id()).isEqualTo(counted);
      for (var level : r.levels()) {
        for (IndicatorResult row : level.indicators()) {
          if (row.indicator().id().equals(indicator.id()) && row.outcome() instanceof Outcome.Share s) {
            assertThat(s.numerator()).as("%s@%s", indicator.id(), level.level().id()).isEqualTo(passed);
            assertThat(s.denominator()).as("%s@%s", indicator.id(), level.level().id()).isEqualTo(counted);
          }
        }
      }
      for (JsonNode level : unit.path("levels")) {
        for (JsonNode row : level.path("indicators")) {
          if (row.path("id").asText().equals(indicator.id()) && row.path("numerator").isNumber()) {
            assertThat(row.path("numerator").asLong()).as("JSON %s", indicator.id()).isEqualTo(passed);
            assertThat(row.path("denominator").asLong()).as("JSON %s", indicator.id()).isEqualTo(counted);
          }
        }
      }
      checkSummaryTables(indicator, passed, counted);
    }
  }

  /** The grid's column headed by the indicator (after the fixed columns and any score columns). */
  private String gridColumn(String grid, String id) {
    for (int c = 0; c < 16_384; c++) {
      String column = CellReference.convertNumToColString(c);
      String head = cells.get(grid + column + "1");
      if (head == null && c > 5) {
        break;
      }
      if (head != null && (head.startsWith(id + "\n") || head.startsWith(id + "\\n"))) {
        return column;
      }
    }
    throw new AssertionError("no grid column for " + id);
  }

  /** Every row of the summary tables for the indicator shows the same k and n (columns F and G). */
  private void checkSummaryTables(Indicator indicator, long passed, long counted) {
    String sheet = Messages.get("xlsx.summarySheet") + "!";
    cells.forEach((ref, value) -> {
      if (ref.startsWith(sheet + "C") && value.startsWith(indicator.id() + ". ")) {
        String row = ref.substring(sheet.length() + 1);
        String f = cells.get(sheet + "F" + row);
        if (f != null && !f.isEmpty()) {
          assertThat(Double.parseDouble(f)).as("workbook %s k", indicator.id()).isEqualTo((double) passed);
          assertThat(Double.parseDouble(cells.get(sheet + "G" + row))).as("workbook %s n", indicator.id())
              .isEqualTo((double) counted);
        }
      }
    });
  }

  /** {@link XlsxDump}'s lines as "Sheet!A1" → the value (a number as Java prints a double, no format). */
  static Map<String, String> cells(String dump) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String line : dump.split("\n")) {
      int space = line.indexOf(' ', line.indexOf('!'));
      if (space < 0 || line.charAt(space - 1) == '!' || line.length() < space + 3) {
        continue;
      }
      String type = line.substring(space + 1, space + 2);
      String value = line.substring(space + 3);
      cells.put(line.substring(0, space), type.equals("n") ? value.replaceFirst(" \\[.*\\]$", "") : value);
    }
    return cells;
  }

  private static String text(ReportFormat format, Assessment assessment) throws IOException {
    return new String(bytes(format, assessment), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ReportFormat format, Assessment assessment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(assessment, out);
    return out.toByteArray();
  }
}
