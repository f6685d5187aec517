package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * "Công dân học tập" computed from the members' own ten scores (Quyết định 324/QĐ-KHVN: 80 points, none
 * under 5) on the case {@code eval/cdht-diem}: the edges 79/80/81 and a 4 or a 5 on one indicator, members
 * and learners, scores beside titles given directly, and what goes wrong in a score cell.
 */
class ScoredTitleTest {
  private static final Path CASE = UnitCasesTest.CASES.resolve("cdht-diem");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void theEdgesCountAsTheRuleSays() throws IOException {
    JsonNode unit = evaluate(CASE.resolve("thanh-vien.csv"));
    // Staff: 80, 81, 80 with a 5, 80 with decimals and one title given pass; 79, 85 with a 4, one "Không" do not.
    assertThat(share(unit, "TC3.CT1")).isEqualTo("5/8");
    // Learners: 80 and one title given pass; 79 and 94 with a 4 do not.
    assertThat(share(unit, "TC3.CT1b")).isEqualTo("2/4");
    assertThat(failing(unit, "TC3.CT1")).containsExactly(
        "Trần Thị Bình: Σ 79 < 80 (−1)",
        "Phạm Thị Dung: Σ 85 ≥ 80; Chỉ số 10: 4 < 5",
        "Đặng Văn Hải: Không");
    assertThat(failing(unit, "TC3.CT1b")).containsExactly(
        "Đỗ Thị Lan: Σ 79 < 80 (−1)",
        "Phan Văn Minh: Σ 94 ≥ 80; Chỉ số 10: 4 < 5");
  }

  @Test
  void scoresGiveTheSameSharesAsTheTitlesTheyAgreeWith() throws IOException {
    JsonNode scored = evaluate(CASE.resolve("thanh-vien.csv"));
    JsonNode titles = evaluate(CASE.resolve("danh-hieu.csv"));
    for (String indicator : List.of("TC3.CT1", "TC3.CT1b")) {
      assertThat(share(scored, indicator)).as(indicator).isEqualTo(share(titles, indicator));
    }
  }

  @Test
  void aTitleTheScoresContradictIsAWarningNamingTheMemberAndTheScoresCount() throws IOException {
    Path members = rewrite(Map.of("1;Nguyễn Văn An;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Có;",
        "1;Nguyễn Văn An;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Không;"));
    CliRun run = run(members, "--json");
    JsonNode unit = JSON.readTree(run.out()).path("units").path(0);
    assertThat(share(unit, "TC3.CT1")).isEqualTo("5/8");
    JsonNode warning = unit.path("warnings").path(0);
    assertThat(warning.path("code").asText()).isEqualTo("I223");
    assertThat(warning.path("message").asText()).isEqualTo("Nguyễn Văn An: cột \"Công dân học tập\" ghi \"Không\""
        + " nhưng điểm tự đánh giá (Σ 80 ≥ 80) cho kết quả \"Đạt\"; dvht tính theo điểm");
    assertThat(run(members, "--lang", "en").out()).contains("Nguyễn Văn An: column \"Learning Citizen\" says"
        + " \"Không\" but the member's own scores (Σ 80 ≥ 80) give \"Achieved\"; dvht counts the scores");
  }

  @Test
  void eachDisagreeingMemberIsWarnedOfOnceWhateverTheIndicatorsReadingTheTitle() throws IOException {
    // Four titles the scores contradict: An (80), Bình (79), Cường (81) among staff, Khoa (80) among learners.
    Path members = rewrite(Map.of(
        "1;Nguyễn Văn An;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Có;", "1;Nguyễn Văn An;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Không;",
        "2;Trần Thị Bình;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Không;", "2;Trần Thị Bình;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Có;",
        "3;Lê Văn Cường;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Có;", "3;Lê Văn Cường;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Không;",
        "9;Ngô Văn Khoa;Học sinh;;;;;;Có;", "9;Ngô Văn Khoa;Học sinh;;;;;;Không;"));
    JsonNode unit = JSON.readTree(run(members, "--json").out()).path("units").path(0);
    List<String> warned = new ArrayList<>();
    unit.path("warnings").forEach(w -> {
      if (w.path("code").asText().equals("I223")) {
        warned.add(w.path("message").asText().substring(0, w.path("message").asText().indexOf(':')));
      }
    });
    assertThat(warned).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Ngô Văn Khoa");
    // The scores counted, the same on both indicators and in the follow-up list.
    assertThat(share(unit, "TC3.CT1")).isEqualTo("5/8");
    assertThat(share(unit, "TC3.CT1b")).isEqualTo("2/4");
    assertThat(failing(unit, "TC3.CT1")).contains("Trần Thị Bình: Σ 79 < 80 (−1)");
  }

  @Test
  void aTitleCellTheScoresDoNotGiveIsReadAsAnyCellNeeded() throws IOException {
    // Ten score cells written, one not a number: the scores give no title, so the title cell must be read.
    Path members = rewrite(Map.of(";Có;8;8;8;8;8;8;8;8;8;8\n", ";chắc có;8;8;8;8;8;8;8;8;tám;8\n"));
    CliRun run = run(members);
    String file = members.toString();
    assertThat(run.err()).contains(
        file + ", trang tính \"thanh-vien.csv\", ô I2 (cột \"Công dân học tập\"): lỗi[I213]",
        file + ", trang tính \"thanh-vien.csv\", ô R2 (cột \"Chỉ số 9\"): lỗi[I221]");
    // Every score a number: the scores give the title, whatever its own cell says.
    CliRun scored = run(rewrite(Map.of(";Có;8;8;8;8;8;8;8;8;8;8\n", ";chắc có;8;8;8;8;8;8;8;8;8;8\n")));
    assertThat(scored.err()).doesNotContain("lỗi[I213]");
    assertThat(scored.code()).isZero();
  }

  @Test
  void aGroupOfMembersMayHaveItsOwnBarsOnTheSameScores() throws IOException {
    Path province = dir.resolve("nhom.yaml");
    Files.writeString(province, """
        schema: 1
        extends: tt24
        id: tinh-nhom
        title: Tỉnh ví dụ — người học từ 90 điểm
        fields:
          - id: cong-dan-hoc-tap
            scores:
              groups:
                - {population: nguoi-hoc, minTotal: 90, source: Hướng dẫn của tỉnh ví dụ, confidence: stated}
        """, StandardCharsets.UTF_8);
    JsonNode unit = evaluate(CASE.resolve("thanh-vien.csv"), "--ruleset", province.toString());
    assertThat(share(unit, "TC3.CT1")).isEqualTo("5/8");
    // Learners: 80 no longer reaches 90; only the title given directly counts.
    assertThat(share(unit, "TC3.CT1b")).isEqualTo("1/4");
    assertThat(failing(unit, "TC3.CT1b")).startsWith("Ngô Văn Khoa: Σ 80 < 90 (−10)");
    assertThat(CliRun.of("ruleset", "show", province.toString()).out()).contains("Công dân học tập (theo 10 điểm tự"
        + " đánh giá: tổng ≥ 80, không điểm nào dưới 5 (*); Người học: tổng ≥ 90, không điểm nào dưới 5)");

    Path unknown = dir.resolve("nhom-la.yaml");
    Files.writeString(unknown, Files.readString(province).replace("population: nguoi-hoc", "population: hoc-vien"),
        StandardCharsets.UTF_8);
    CliRun refused = CliRun.of("ruleset", "check", unknown.toString());
    assertThat(refused.code()).isNotZero();
    assertThat(refused.out() + refused.err()).contains("hoc-vien");
  }

  @Test
  void theRuleIsMarkedInferredWhereverItIsPrinted() throws IOException {
    String rule = "Công dân học tập (theo 10 điểm tự đánh giá: tổng ≥ 80, không điểm nào dưới 5 (*))";
    assertThat(CliRun.of("ruleset", "show", "tt24").out()).contains(rule)
        .contains("(*) ngưỡng suy luận, chưa có văn bản xác nhận.");
    Path template = dir.resolve("mau.xlsx");
    assertThat(CliRun.of("template", "-o", template.toString()).code()).isZero();
    assertThat(vn.dvht.testing.XlsxDump.of(template)).contains("hoặc để dvht tính từ các cột điểm khi dòng có đủ:"
        + " 10 điểm tự đánh giá: tổng ≥ 80, không điểm nào dưới 5 (*)", "(*) ngưỡng suy luận, chưa có văn bản xác nhận.");
    assertThat(CliRun.of("ruleset", "show", "tt24", "--lang", "en").out())
        .contains("(from 10 self-assessed scores: total ≥ 80, none under 5 (*))");
  }

  @Test
  void theGridShowsScoreColumnsOnlyWhenTheSheetCarriesThem() throws IOException {
    Path scoredOut = dir.resolve("co-diem");
    Path titlesOut = dir.resolve("khong-diem");
    for (Map.Entry<String, Path> unit : Map.of("thanh-vien.csv", scoredOut, "danh-hieu.csv", titlesOut).entrySet()) {
      CliRun run = CliRun.of("evaluate", CASE.resolve(unit.getKey()).toString(), "--unit",
          CASE.resolve("don-vi.csv").toString(), "--out", unit.getValue().toString(), "--date", "2026-01-10", "--quiet");
      assertThat(run.code()).as(run.err()).isZero();
    }
    assertThat(vn.dvht.testing.XlsxDump.of(scoredOut.resolve("thanh-vien-ket-qua.xlsx")))
        .contains("Thành viên!F1 s Công dân học tập: tổng điểm", "Thành viên!G1 s Công dân học tập: căn cứ");
    assertThat(vn.dvht.testing.XlsxDump.of(titlesOut.resolve("danh-hieu-ket-qua.xlsx")))
        .doesNotContain(": tổng điểm", ": căn cứ").contains("Thành viên!F1 s TC2.CT1\\n");
  }

  @Test
  void aScoreMissingNotANumberOrOutOfRangeIsAPositionedError() throws IOException {
    Path members = rewrite(Map.of(
        ";Có;8;8;8;8;8;8;8;8;8;8\n", ";Có;8;8;8;8;8;8;8;8;8;\n",
        ";Không;8;8;8;8;8;8;8;8;8;7\n", ";Không;8;8;8;8;8;8;8;8;tám;7\n",
        ";Có;9;8;8;8;8;8;8;8;8;8\n", ";Có;11;8;8;8;8;8;8;8;8;8\n"));
    CliRun run = run(members);
    assertThat(run.code()).isNotZero();
    String file = members.toString();
    assertThat(run.err()).contains(
        file + ", trang tính \"thanh-vien.csv\", ô S2 (cột \"Chỉ số 10\"): lỗi[I222]: thiếu điểm \"Chỉ số 10\" của"
            + " Nguyễn Văn An: dòng này có 9/10 điểm tính \"Công dân học tập\"",
        file + ", trang tính \"thanh-vien.csv\", ô R3 (cột \"Chỉ số 9\"): lỗi[I221]: điểm \"tám\" không phải là số;"
            + " cần một số từ 0 đến 10",
        file + ", trang tính \"thanh-vien.csv\", ô J4 (cột \"Chỉ số 1\"): lỗi[I221]: điểm 11 nằm ngoài khoảng 0–10");
  }

  @Test
  void scoresWithoutTheTitleColumnAreEnoughButAFewScoreColumnsAreNot() throws IOException {
    List<String> lines = Files.readAllLines(CASE.resolve("thanh-vien.csv"), StandardCharsets.UTF_8);
    List<String> noTitle = new ArrayList<>();
    List<String> nineScores = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(List.of(line.split(";", -1)));
      if (cells.get(2).equals("Học sinh") || line.contains(";;;;;;;;;;")) {
        continue; // every row keeps its scores: no learner, no title given directly
      }
      List<String> nine = new ArrayList<>(cells);
      nine.remove(nine.size() - 1);
      nineScores.add(String.join(";", nine));
      cells.remove(8);
      noTitle.add(String.join(";", cells));
    }
    CliRun ok = run(write("khong-danh-hieu.csv", noTitle), "--json");
    assertThat(ok.err()).isEmpty();
    assertThat(share(JSON.readTree(ok.out()).path("units").path(0), "TC3.CT1")).isEqualTo("4/6");
    CliRun short9 = run(write("chin-diem.csv", nineScores));
    assertThat(short9.err()).contains("lỗi[I202]: thiếu cột \"Chỉ số 10\"");
  }

  @Test
  void aProvinceRaisesTheBarAndARuleOnAColumnThatIsNoScoreIsRefused() throws IOException {
    Path province = dir.resolve("tinh.yaml");
    Files.writeString(province, """
        schema: 1
        extends: tt24
        id: tinh-cdht-85
        title: Tỉnh ví dụ — "Công dân học tập" từ 85 điểm
        fields:
          - {id: cong-dan-hoc-tap, scores: {minTotal: 85, source: Hướng dẫn của tỉnh ví dụ}}
        """, StandardCharsets.UTF_8);
    JsonNode unit = evaluate(CASE.resolve("thanh-vien.csv"), "--ruleset", province.toString());
    // Only the title given directly still counts: every score total is at most 81.
    assertThat(share(unit, "TC3.CT1")).isEqualTo("1/8");

    Path broken = dir.resolve("hong.yaml");
    Files.writeString(broken, """
        schema: 1
        extends: tt24
        id: hong
        title: Quy tắc trỏ vào cột không phải điểm
        fields:
          - {id: cong-dan-hoc-tap, scores: {parts: [cdht-1, ky-luat-lao-dong]}}
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("ruleset", "check", broken.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.out() + run.err()).contains("cột \"ky-luat-lao-dong\" không phải cột điểm (type: score)");
  }

  private JsonNode evaluate(Path members, String... more) throws IOException {
    CliRun run = run(members, concat(more, "--json"));
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out()).path("units").path(0);
  }

  private static CliRun run(Path members, String... more) {
    List<String> args = new ArrayList<>(List.of("evaluate", members.toString(), "--unit",
        CASE.resolve("don-vi.csv").toString(), "--no-files", "--date", "2026-01-10"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String[] concat(String[] more, String last) {
    List<String> all = new ArrayList<>(List.of(more));
    all.add(last);
    return all.toArray(String[]::new);
  }

  /** "k/n" of a share indicator at level 1. */
  private static String share(JsonNode unit, String id) {
    for (JsonNode indicator : unit.path("levels").path(0).path("indicators")) {
      if (indicator.path("id").asText().equals(id)) {
        return indicator.path("numerator").asInt() + "/" + indicator.path("denominator").asInt();
      }
    }
    throw new AssertionError(id + " not in " + unit.path("levels").path(0));
  }

  /** "name: value" of each member the follow-up list names for an indicator. */
  private static List<String> failing(JsonNode unit, String id) {
    List<String> out = new ArrayList<>();
    for (JsonNode gap : unit.path("gaps")) {
      if (gap.path("indicator").asText().equals(id)) {
        gap.path("members").forEach(m -> out.add(m.path("name").asText() + ": " + m.path("value").asText()));
      }
    }
    return out;
  }

  private Path rewrite(Map<String, String> replacements) throws IOException {
    String text = Files.readString(CASE.resolve("thanh-vien.csv"), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      assertThat(text).contains(r.getKey());
      text = text.replaceFirst(java.util.regex.Pattern.quote(r.getKey()),
          java.util.regex.Matcher.quoteReplacement(r.getValue()));
    }
    Path sub = Files.createDirectories(dir.resolve("sua"));
    Path out = sub.resolve("thanh-vien.csv");
    Files.writeString(out, text, StandardCharsets.UTF_8);
    return out;
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path out = dir.resolve(name);
    Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return out;
  }
}
