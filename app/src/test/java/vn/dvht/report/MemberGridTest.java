package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Warnings;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.eval.Tally;
import vn.dvht.model.Answer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.SheetRows;

/** The member grid at and past Excel's 1,048,576 rows: every member listed, the list going on on a new sheet. */
class MemberGridTest {
  private static final Stamp STAMP = new Stamp("test", "tt24", "0", List.of(), LocalDate.of(2026, 1, 10));
  private static final UnitProfile AGENCY = new UnitProfile("Cơ quan thử", "tinh", "co-quan-nha-nuoc", 2025, "");

  @Test
  void aGridLongerThanASheetGoesOnOnTheNextAndSaysWhere(@TempDir Path dir) throws Exception {
    Ruleset ruleset = new RulesetLoader().resolve("tt24").ruleset();
    Unit unit = new Unit(AGENCY, Map.of(), members(25));
    EvaluationResult result = new Evaluator().evaluate(ruleset, unit);
    Path file = dir.resolve("luoi.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxRenderer.render(new Assessment(result, Warnings.NONE, STAMP, vn.dvht.diag.Messages.wording()), out, 12);
    }

    Map<String, Map<Integer, List<String>>> sheets = SheetRows.read(file);
    // The follow-up list goes on over sheets of 12 rows too (FollowUpSheetTest).
    assertThat(sheets.keySet()).startsWith("Tổng hợp", "Biểu đồ", "Thành viên", "Thành viên (2)",
        "Thành viên (3)", "Cần bổ sung", "Cần bổ sung (2)");
    assertThat(sheets.get("Thành viên")).hasSize(12);
    assertThat(sheets.get("Thành viên").get(10).subList(0, 3)).containsExactly("10", "11", "Người 10");
    assertThat(sheets.get("Thành viên").get(11)).contains("Danh sách còn tiếp ở trang tính “Thành viên (2)”, từ người thứ 11.");
    assertThat(sheets.get("Thành viên (2)").get(0).get(2)).isEqualTo("Họ và tên");
    assertThat(sheets.get("Thành viên (2)").get(1).subList(0, 3)).containsExactly("11", "12", "Người 11");
    assertThat(sheets.get("Thành viên (3)")).hasSize(6);
    assertThat(sheets.get("Thành viên (3)").get(5).subList(0, 3)).containsExactly("25", "26", "Người 25");
  }

  @Test
  void pastExcelsRowLimitEveryMemberIsListedAcrossTwoSheets(@TempDir Path dir) throws Exception {
    int members = MemberGrid.EXCEL_ROWS + 24;
    Ruleset ruleset = new RulesetLoader().resolve("tt24").ruleset();
    Tally tally = new Evaluator().tally(ruleset, AGENCY, Evaluator.GAP_LIMIT);
    Path file = dir.resolve("trieu.xlsx");
    EvaluationResult result;
    try (OutputStream out = Files.newOutputStream(file)) {
      // As a unit read as a stream is written: each member's row as it is folded, the rest at the end.
      UnitWorkbook book = UnitWorkbook.start(vn.dvht.diag.Messages.wording(), out, ruleset, ruleset.sharesFor(AGENCY), "test",
          LocalDate.of(2026, 1, 10), true);
      for (int i = 1; i <= members; i++) {
        Member member = member(i);
        tally.accept(member);
        book.member(member, tally.members() - 1, tally);
      }
      result = new Evaluator().evaluate(ruleset, new Unit(AGENCY, Map.of(), List.of()), tally);
      book.finish(new Assessment(result, Warnings.NONE, STAMP, vn.dvht.diag.Messages.wording()));
    }
    assertThat(result.verdicts().members()).isEqualTo(members);
    assertThat(result.count("thanh-vien")).isEqualTo(members);
    int perSheet = MemberGrid.EXCEL_ROWS - 2;
    Map<String, SheetRows.Scan> sheets = SheetRows.scan(file, r -> r <= 1 || r >= perSheet);
    SheetRows.Scan first = sheets.get("Thành viên");
    assertThat(first.rows()).isEqualTo(MemberGrid.EXCEL_ROWS);
    assertThat(first.kept().get(perSheet).subList(0, 3))
        .containsExactly(String.valueOf(perSheet), String.valueOf(perSheet + 1), "Người " + perSheet);
    assertThat(first.kept().get(perSheet + 1)).containsExactly("Danh sách còn tiếp ở trang tính “Thành viên (2)”, "
        + "từ người thứ " + (perSheet + 1) + ".");
    SheetRows.Scan second = sheets.get("Thành viên (2)");
    assertThat(second.rows()).isEqualTo(1 + members - perSheet);
    assertThat(second.kept().get(1).subList(0, 3))
        .containsExactly(String.valueOf(perSheet + 1), String.valueOf(perSheet + 2), "Người " + (perSheet + 1));
  }

  private static List<Member> members(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(MemberGridTest::member).toList();
  }

  private static Member member(int i) {
    Answer yes = new Answer.Flag(i % 3 != 0, i % 3 != 0 ? "Có" : "Không");
    return new Member(new SourceRow("Thành viên", i + 1), "Người " + i, "M" + i, "thanh-vien",
        Map.of("ky-luat-lao-dong", yes, "hoan-thanh-boi-duong", yes, "chuyen-doi-so", yes, "chung-chi-ngoai-ngu", yes,
            "danh-hieu-thi-dua", new Answer.Rank(1, "LĐTT"), "cong-dan-hoc-tap", yes));
  }
}
