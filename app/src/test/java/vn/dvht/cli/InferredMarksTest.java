package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Dossier;
import vn.dvht.testing.Workbooks;

/**
 * Inferred thresholds carry "(*)" in the Word report, explained by one footnote after the findings; a
 * report without one has no footnote. In HTML a figure keeps its "%" on its line.
 */
class InferredMarksTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final String FOOTNOTE_VI = "P|BOTH|-|(*) ngưỡng suy luận, chưa có văn bản xác nhận.\n";
  static final String[] HEADERS = {"STT", "Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
    "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"};
  static final String FOOTNOTE_EN = "P|BOTH|-|(*) inferred threshold, not yet confirmed by an official document.\n";

  @Test
  void aLevel2ReportMarksEachInferredThresholdAndExplainsOnce(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("003-thpt-ly-nhan.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10");

    // TC2.CT4 at level 2: "có trình độ ngoại ngữ" read as the certificate column (Điều 7 khoản 2 điểm d).
    assertThat(marked(d.word())).containsExactly("52/70 thành viên (74,29 %); ngưỡng: ≥ 70 % thành viên (*)");
    assertOneFootnoteAfterTheLastMark(d.word(), FOOTNOTE_VI);
    // Stated by the text: TC3.CT1 and the collective title (Điều 13 khoản 3 điểm a, c) carry no mark.
    assertThat(d.word()).contains("67/70 thành viên (95,71 %); ngưỡng: ≥ 95 % thành viên — Đạt.",
        "Tập thể lao động xuất sắc; ngưỡng: ≥ Tập thể lao động tiên tiến — Đạt.");
  }

  @Test
  void aUnitCountedInByAReadingIsMarkedThere(@TempDir Path out) throws Exception {
    Path party = Workbooks.members(HEADERS).row(1, "An", "Không", "Có", "Có", "Có", "LĐTT", "Có")
        .row(2, "Bình", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Ban Tuyên giáo Huyện ủy").unit("Cấp", "huyện").unit("Loại đơn vị", "Cơ quan của Đảng")
        .unit("Năm đánh giá", "2025").unit("TC1.CT1", "Có", "KH 1").unit("TC1.CT2", "Có", "QĐ 2")
        .unit("TC1.CT3", "Có", "DT 3").unit("TC1.CT4", "Có", "BC 4").unit("TC1.CT5", "Có", "BC 5")
        .unit("TC3.CT2", "Có", "BC 6").unit("TC3.CT3", "Tập thể lao động tiên tiến", "QĐ 7")
        .write(out.resolve("dang.xlsx"));
    Dossier d = Dossier.of(out, party, "--ruleset", "tt24", "--date", "2026-01-10");

    // No level (TC2.CT1 1/2; every unit answer has its evidence); at level 1 TC1.CT3 concerns a Party agency only by dvht's reading of
    // "cơ quan, đơn vị sự nghiệp công lập của nhà nước" (group nha-nuoc): marked, the rest is stated.
    assertThat(d.console()).contains("chưa đạt mức độ nào");
    assertThat(marked(d.word())).containsExactly("Có; ngưỡng: Có (*)");
    assertOneFootnoteAfterTheLastMark(d.word(), FOOTNOTE_VI);
  }

  @Test
  void aReportWithoutInferredThresholdsHasNoFootnote(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("000-bqlkkt-an-giang.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10");

    assertThat(d.console()).contains("(*)");
    assertThat(d.word()).doesNotContain("(*)");
  }

  @Test
  void inEnglish(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("003-thpt-ly-nhan.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10", "--lang", "en");

    assertThat(marked(d.word())).singleElement().asString().contains("; threshold: ≥ 70 % ").endsWith(" (*)");
    assertOneFootnoteAfterTheLastMark(d.word(), FOOTNOTE_EN);
  }

  @Test
  void htmlKeepsEveryPercentWithItsFigure(@TempDir Path out) throws Exception {
    Pattern figure = Pattern.compile("[0-9](\\s|&nbsp;|&#160;)*%");
    for (String sample : List.of("000-bqlkkt-an-giang", "001-mn-hoa-sen", "002-pnv-tan-bien", "003-thpt-ly-nhan",
        "004-vp-dak-glong")) {
      for (String lang : List.of("vi", "en")) {
        Path dir = out.resolve(sample + "-" + lang);
        CliRun run = CliRun.of("evaluate", SAMPLES.resolve(sample + ".xlsx").toString(), "--ruleset",
            vn.dvht.samples.SampleWorkbooks.rulesetOf(sample + ".xlsx"), "--report", "html", "--date", "2026-01-10",
            "--lang", lang, "--out", dir.toString());
        assertThat(run.code()).isZero();
        // The chart's axis labels are SVG text, which never wraps.
        String html = Files.readString(dir.resolve(sample + "-bao-cao.html")).replaceAll("(?s)<svg.*?</svg>", "");
        Matcher m = figure.matcher(html);
        int figures = 0;
        while (m.find()) {
          figures++;
          assertThat(m.group()).as("%s %s: %s", sample, lang, html.substring(Math.max(0, m.start() - 20), m.end()))
              .matches("[0-9](&nbsp;)?%");
        }
        assertThat(figures).as("%s %s: figures with %%", sample, lang).isGreaterThan(3);
        assertThat(html).contains("td.n{text-align:right;white-space:nowrap}");
      }
    }
  }

  /** "result; ngưỡng: threshold (*)" of each Word finding with a mark, in order. */
  private static List<String> marked(String word) {
    return word.lines().filter(l -> l.contains(" (*) — "))
        .map(l -> l.replaceFirst("^.*?(Kết quả|Result): ", "").replaceFirst(" — .*$", "")).toList();
  }

  private static void assertOneFootnoteAfterTheLastMark(String word, String footnote) {
    assertThat(word.split(Pattern.quote(footnote), -1)).as("footnotes").hasSize(2);
    assertThat(word.indexOf(footnote)).isGreaterThan(word.lastIndexOf(" (*) — "));
  }
}
