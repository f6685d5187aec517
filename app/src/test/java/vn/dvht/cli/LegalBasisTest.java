package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.Dossier;

/**
 * The Word report's "Căn cứ" lines cite Decision 4725 (digital level of general schools, TC3.CT4) and 4740
 * (of universities, TC3.CT5) only for a unit those indicators apply to.
 */
class LegalBasisTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final String COMMON = """
      P|BOTH|-|Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về \
      đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh;
      P|BOTH|-|Căn cứ Luật Thi đua, Khen thưởng số 06/2022/QH15;
      """;
  static final String KHVN = "P|BOTH|-|Căn cứ Quyết định số 324/QĐ-KHVN ngày 25/10/2023 của Hội Khuyến học Việt Nam "
      + "(Công dân học tập)";
  static final String D4725 = "P|BOTH|-|Căn cứ Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục "
      + "và Đào tạo (mức độ chuyển đổi số của trường phổ thông, trung tâm giáo dục thường xuyên)";
  static final String D4740 = "P|BOTH|-|Căn cứ Quyết định số 4740/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục "
      + "và Đào tạo (mức độ chuyển đổi số của cơ sở giáo dục đại học)";

  @Test
  void anAgencyCitesNeitherDecision(@TempDir Path out) throws Exception {
    assertThat(basis(out, "000-bqlkkt-an-giang")).isEqualTo(COMMON + KHVN + ".\n");
  }

  @Test
  void aPreschoolCitesNeitherDecision(@TempDir Path out) throws Exception {
    assertThat(basis(out, "001-mn-hoa-sen")).isEqualTo(COMMON + KHVN + ".\n");
  }

  @Test
  void anUpperSecondarySchoolCites4725Only(@TempDir Path out) throws Exception {
    assertThat(basis(out, "003-thpt-ly-nhan")).isEqualTo(COMMON + KHVN + ";\n" + D4725 + ".\n");
  }

  @Test
  void aUniversityCites4740Only(@TempDir Path out) throws Exception {
    Path dir = Path.of("src", "test", "resources", "eval", "dai-hoc-tu-thuc");
    CliRun run = CliRun.of("evaluate", dir.resolve("thanh-vien.csv").toString(), "--unit",
        dir.resolve("don-vi.csv").toString(), "--date", "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();

    assertThat(basisLines(DocxDump.of(out.resolve("thanh-vien-bao-cao.docx")))).isEqualTo(COMMON + KHVN + ";\n"
        + D4740 + ".\n");
  }

  @Test
  void inEnglishTheSameDocumentsAreCited(@TempDir Path out) throws Exception {
    String agency = Dossier.of(out.resolve("000"), SAMPLES.resolve("000-bqlkkt-an-giang.xlsx"), "--ruleset", "tt24",
        "--date", "2026-01-10", "--lang", "en").word();
    String school = Dossier.of(out.resolve("003"), SAMPLES.resolve("003-thpt-ly-nhan.xlsx"), "--ruleset", "tt24",
        "--date", "2026-01-10", "--lang", "en").word();

    assertThat(basisLines(agency, "Pursuant to ")).hasLineCount(3).doesNotContain("4725", "4740");
    assertThat(basisLines(school, "Pursuant to ")).hasLineCount(4).doesNotContain("4740")
        .endsWith("P|BOTH|-|Pursuant to Decision No. 4725/QĐ-BGDĐT of 30/12/2022 of the Minister of Education and "
            + "Training (digital transformation level of general schools and continuing education centres).\n");
  }

  private static String basis(Path out, String sample) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve(sample + ".xlsx"), "--ruleset", "tt24", "--date", "2026-01-10");
    String word = d.word();
    // Elsewhere a decision is named only in the text of the indicator it backs.
    for (String number : List.of("4725/QĐ-BGDĐT", "4740/QĐ-BGDĐT")) {
      assertThat(lines(word, number)).allMatch(l -> l.startsWith("P|BOTH|b|TC3.CT") || l.startsWith(
          "P|BOTH|-|Căn cứ Quyết định") || l.contains("Minh chứng: "));
    }
    return basisLines(word);
  }

  /** The "Căn cứ" lines at the head of the report, before the unit's own sentence. */
  private static String basisLines(String word) {
    return basisLines(word, "Căn cứ ");
  }

  private static String basisLines(String word, String pursuant) {
    StringBuilder basis = new StringBuilder();
    for (String line : word.lines().toList()) {
      if (line.startsWith("P|BOTH|-|" + pursuant)) {
        basis.append(line).append('\n');
      } else if (basis.length() > 0) {
        break;
      }
    }
    return basis.toString();
  }

  private static List<String> lines(String text, String marker) {
    return text.lines().filter(l -> l.contains(marker)).toList();
  }
}
