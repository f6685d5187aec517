package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Dossier;

/**
 * One word per meaning (issue 14): "Ngưỡng" is the threshold, "Nội dung chỉ tiêu" the indicator's text,
 * "còn thiếu" what is still needed — in English "Threshold", "Indicator content", "still needed". Every
 * output heads its columns so and puts under each heading only what the heading means; "Yêu cầu", which
 * used to stand for all three, is gone from dvht's own words (the ruleset's legal texts may still say it).
 */
class TermsTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final Path RULESETS = Path.of("..", "rulesets");
  /** What a threshold reads like: "≥ 95 % thành viên", "≥ Tập thể lao động tiên tiến", "Có"/"Yes". */
  static final Pattern THRESHOLD = Pattern.compile(
      "(≥ .+|Có|Yes)( \\([0-9]+([,.][0-9]+)? (điểm|points?)\\))?( \\(\\*\\))?");
  /** A table's threshold cell: a threshold, or blank on the row of an indicator that does not apply. */
  static final Pattern THRESHOLD_CELL = Pattern.compile("(" + THRESHOLD.pattern() + ")?");

  record Terms(String lang, String threshold, String content, Pattern stillNeeded, Pattern banned) {}

  static final Terms VI = new Terms("vi", "Ngưỡng", "Nội dung chỉ tiêu",
      Pattern.compile("còn thiếu( \\d+ [\\p{L} ]+)?"), Pattern.compile("(?i)yêu cầu"));
  static final Terms EN = new Terms("en", "Threshold", "Indicator content",
      Pattern.compile("still needed(: \\d+ \\([\\p{L} ]+\\)| for the next level)?"),
      Pattern.compile("(?i)requirement|required"));

  @TestFactory
  Stream<DynamicTest> eachOutputUsesEachTermForItsMeaning(@TempDir Path out) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : List.of("001-mn-hoa-sen.xlsx", "004-vp-dak-glong.xlsx")) {
      for (Terms terms : List.of(VI, EN)) {
        tests.add(DynamicTest.dynamicTest(sample + " " + terms.lang(), () -> check(out, sample, terms)));
      }
    }
    return tests.stream();
  }

  @Test
  void tt22ShortfallWordedTheSameEverywhere(@TempDir Path out) throws IOException {
    Dossier d = Dossier.of(out, SAMPLES.resolve("004-vp-dak-glong.xlsx"), "--ruleset", "tt22", "--date",
        "2026-01-10");

    assertThat(d.console()).containsPattern(
        "TC2\\.CT1 +Kế hoạch tự học được phê duyệt +38/40 +95,00 % +≥ 100 % thành viên \\(10 điểm\\) +0,00/10 +"
            + "Không đạt — còn thiếu 2 thành viên\n");
    assertThat(d.word()).contains("P|BOTH|-|Kết quả: 38/40 thành viên (95,00 %); ngưỡng: ≥ 100 % thành viên (10 điểm) — "
        + "Không đạt (còn thiếu 2 thành viên). Điểm: 0,00/10.\n");
    assertThat(d.markdown()).contains("| 100% thành viên trong đơn vị có kế hoạch tự học, tự bồi dưỡng hằng năm được "
        + "lãnh đạo đơn vị phê duyệt. | ≥ 100 % thành viên (10 điểm) | 38/40 | 95,00 % | 0,00/10 | Không đạt |  | "
        + "còn thiếu 2 thành viên |");
    assertThat(d.html()).contains("<td>≥ 100&nbsp;% thành viên (10 điểm)</td><td class=\"n\">38/40</td>",
        "<td>còn thiếu 2 thành viên</td>");
    assertThat(d.sheet("Tổng hợp")).contains("\nD13 Ngưỡng\n", "\nC19 TC2.CT1. 100% thành viên trong đơn vị");
    assertThat(d.sheet("Cần bổ sung")).startsWith("A1 Chỉ tiêu\nB1 Nội dung chỉ tiêu\n")
        .contains("\nB2 Kế hoạch tự học được phê duyệt\n");
  }

  @Test
  void dvhtsOwnWordsNoLongerSayYeuCau() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path dir : List.of(Path.of("src", "main"), RULESETS)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(f -> f.toString().matches(".*\\.(java|properties|json|yaml)")).sorted().toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (VI.banned().matcher(lines.get(i)).find() && !isLegalText(file, lines.get(i))) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(found).as("\"yêu cầu\" in dvht's own words").isEmpty();
    for (String line : Files.readAllLines(Path.of("src/main/resources/vn/dvht/messages_en.properties"))) {
      assertThat(line.replaceFirst("^[^=]*=", "")).as(line).doesNotContainPattern(EN.banned().pattern()
          .replace("|required", ""));
    }
  }

  /** The indicator texts of the circulars, quoted as enacted, and their English pairs: not dvht's words. */
  private static boolean isLegalText(Path file, String line) {
    return file.startsWith(RULESETS) && line.matches(".*(yêu cầu công việc|từ mức yêu cầu trở lên).*");
  }

  private static void check(Path out, String sample, Terms terms) throws IOException {
    String stem = sample.replace(".xlsx", "");
    String ruleset = vn.dvht.samples.SampleWorkbooks.rulesetOf(sample);
    Dossier d = Dossier.of(out.resolve(stem).resolve(terms.lang()), SAMPLES.resolve(sample), "--ruleset", ruleset,
        "--date", "2026-01-10", "--lang", terms.lang());
    String rulesetText = Files.readString(RULESETS.resolve(ruleset + ".yaml")).replaceAll("\\s+", " ");

    consoleColumns(d.console(), terms);
    markdownColumns(d.markdown(), terms);
    htmlColumns(d.html(), terms);
    summaryColumns(d.sheet(terms == VI ? "Tổng hợp" : "Summary"), terms);
    assertThat(d.sheet(terms == VI ? "Cần bổ sung" : "Follow-up")).startsWith("A1 " + (terms == VI ? "Chỉ tiêu"
        : "Indicator") + "\nB1 " + terms.content() + "\n");
    Matcher finding = Pattern.compile((terms == VI ? "; ngưỡng: " : "; threshold: ") + "(.+?) — ").matcher(d.word());
    int findings = 0;
    while (finding.find()) {
      findings++;
      assertThat(finding.group(1)).as("Word finding").matches(THRESHOLD);
    }
    assertThat(findings).as("findings in the Word report").isGreaterThan(5);

    for (Map.Entry<String, String> output : d.all().entrySet()) {
      // Markup and table rules end a text, so the words around a match are one text's words.
      String text = output.getValue().replace("&nbsp;", " ").replace("&quot;", "\"")
          .replaceAll("<[^>]+>|\\|", "\n");
      Matcher needed = terms.stillNeeded().matcher(text);
      while (needed.find()) {
        assertThat(needed.group(1)).as("%s: \"%s\" says how many", output.getKey(), needed.group()).isNotNull();
      }
      Matcher banned = terms.banned().matcher(text);
      while (banned.find()) {
        int lineStart = text.lastIndexOf('\n', banned.start()) + 1;
        int lineEnd = text.indexOf('\n', banned.end()) < 0 ? text.length() : text.indexOf('\n', banned.end());
        String around = text.substring(Math.max(lineStart, banned.start() - 20), Math.min(lineEnd, banned.end() + 20))
            .replaceAll("\\s+", " ").replaceFirst("^[A-Z]+[0-9]+ ", "");
        assertThat(rulesetText).as("%s: \"%s\" is the ruleset's own text", output.getKey(), around).contains(around);
      }
    }
  }

  /** The console's tables: the cell under each heading, by the heading's column. */
  private static void consoleColumns(String console, Terms terms) {
    String[] lines = console.split("\n");
    int rows = 0;
    for (int i = 0; i < lines.length; i++) {
      int content = lines[i].indexOf("  " + terms.content() + "  ");
      int threshold = lines[i].indexOf("  " + terms.threshold() + "  ");
      if (content < 0 || threshold < 0) {
        continue;
      }
      for (int j = i + 1; j < lines.length && lines[j].startsWith("  TC"); j++) {
        rows++;
        assertThat(cell(lines[j], content + 2)).as("console: %s", lines[j]).doesNotMatch(THRESHOLD).isNotBlank();
        assertThat(cell(lines[j], threshold + 2)).as("console: %s", lines[j]).matches(THRESHOLD);
      }
    }
    assertThat(rows).as("console rows under both headings").isGreaterThan(5);
  }

  /** The text from a column start to the next run of two spaces. */
  private static String cell(String line, int start) {
    String rest = line.substring(Math.min(start, line.length()));
    int end = rest.indexOf("  ");
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static void markdownColumns(String md, Terms terms) {
    List<String> header = null;
    int rows = 0;
    for (String line : md.split("\n")) {
      if (!line.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells = List.of(line.substring(2, line.length() - 2).split(" \\| ", -1));
      if (header == null) {
        header = cells;
      } else if (header.contains(terms.threshold()) && !line.startsWith("|---")) {
        rows++;
        assertThat(cells.get(header.indexOf(terms.threshold()))).as("md: %s", line).matches(THRESHOLD_CELL);
        assertThat(cells.get(header.indexOf(terms.content()))).as("md: %s", line).doesNotMatch(THRESHOLD)
            .isNotBlank();
      }
    }
    assertThat(rows).as("Markdown rows under both headings").isGreaterThan(5);
  }

  private static void htmlColumns(String html, Terms terms) {
    List<String> header = null;
    int rows = 0;
    for (String line : html.split("\n")) {
      if (line.startsWith("<thead><tr><th>") || line.startsWith("<tr><th>")) {
        header = List.of(line.replaceAll("^(<thead>)?<tr><th>|</th></tr>(</thead>)?$", "").split("</th><th>"));
      } else if (line.startsWith("<tr><td") && header != null && header.contains(terms.threshold())) {
        rows++;
        List<String> cells = List.of(line.replaceAll("^<tr>|</tr>$", "").replaceAll("<td[^>]*>", "")
            .split("</td>"));
        assertThat(cells.get(header.indexOf(terms.threshold())).replace("&nbsp;", " ")).as("html: %s", line)
            .matches(THRESHOLD_CELL);
        assertThat(cells.get(header.indexOf(terms.content()))).as("html: %s", line).doesNotMatch(THRESHOLD)
            .isNotBlank();
      }
    }
    assertThat(rows).as("HTML rows under both headings").isGreaterThan(5);
  }

  /** The summary sheet: column D is headed "Ngưỡng" and holds thresholds; C the indicator and its text. */
  private static void summaryColumns(String sheet, Terms terms) {
    assertThat(sheet).containsPattern("\nD[0-9]+ " + terms.threshold() + "\n");
    int rows = 0;
    Matcher threshold = Pattern.compile("\nC([0-9]+) TC[0-9.CT]+\\. [^\n]+\n(?:[A-Z]+\\1 [^\n]*\n)*?D\\1 ([^\n]+)\n")
        .matcher(sheet);
    while (threshold.find()) {
      rows++;
      assertThat(threshold.group(2)).as("summary row %s", threshold.group(1)).matches(THRESHOLD);
    }
    assertThat(rows).as("summary rows").isGreaterThan(5);
  }
}
