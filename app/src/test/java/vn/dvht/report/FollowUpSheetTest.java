package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Message;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.model.Answer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.SheetRows;

/**
 * The follow-up sheet ("Cần bổ sung") past a sheet's rows goes on in "Cần bổ sung (2)", … as the member
 * grid does — at the seam, with sheets of 12 rows — and lists each warning code up to its cap, saying
 * how many there are.
 */
class FollowUpSheetTest {
  private static final Stamp STAMP = new Stamp("test", "tt24", "0", List.of(), LocalDate.of(2026, 1, 10));
  private static final UnitProfile AGENCY = new UnitProfile("Cơ quan thử", "tinh", "co-quan-nha-nuoc", 2025, "");
  private static final List<String> GAPS_HEADER = List.of("Chỉ tiêu", "Nội dung chỉ tiêu", "Trang tính", "Dòng",
      "Họ và tên", "Mã định danh", "Giá trị hiện tại");
  private static final int ROWS = 12;

  @Test
  void aFollowUpListLongerThanASheetGoesOnOverSheetsWithEveryRowOnceInOrder(@TempDir Path dir) throws Exception {
    Assessment assessment = assessment(warnings(17, 0));
    Map<String, Map<Integer, List<String>>> whole = followUp(render(assessment, dir.resolve("ca.xlsx"),
        MemberGrid.EXCEL_ROWS));
    Map<String, Map<Integer, List<String>>> split = followUp(render(assessment, dir.resolve("chia.xlsx"), ROWS));

    assertThat(whole).containsOnlyKeys("Cần bổ sung");
    List<String> names = new ArrayList<>(split.keySet());
    assertThat(names).hasSizeGreaterThan(4).startsWith("Cần bổ sung", "Cần bổ sung (2)");
    List<String> warningsHeader = whole.get("Cần bổ sung").values().stream()
        .filter(r -> !r.isEmpty() && r.get(0).equals("Mã")).findFirst().orElseThrow();
    boolean inWarnings = false;
    for (int i = 0; i < names.size(); i++) {
      Map<Integer, List<String>> sheet = split.get(names.get(i));
      assertThat(sheet.keySet()).as(names.get(i)).allMatch(row -> row < ROWS);
      List<String> first = sheet.get(0);
      assertThat(first).as("%s starts with the header of its part", names.get(i))
          .isEqualTo(inWarnings ? warningsHeader : GAPS_HEADER);
      inWarnings |= sheet.values().stream().anyMatch(warningsHeader::equals);
      if (i < names.size() - 1) {
        assertThat(sheet.get(ROWS - 1)).as("the last row of %s", names.get(i))
            .containsExactly("Danh sách còn tiếp ở trang tính “" + names.get(i + 1) + "”.");
      }
    }
    assertThat(content(split)).as("every row of the whole list once, in order").isEqualTo(content(whole))
        .anyMatch(r -> r.get(0).equals("I211")).anyMatch(r -> r.get(0).equals("TC2.CT1"));
  }

  @Test
  void warningsPastTheCapAreCountedAndTheFollowUpListSaysHowManyThereAre(@TempDir Path dir) throws Exception {
    Assessment assessment = assessment(warnings(Warnings.LISTED + 5, 3));
    List<List<String>> rows = content(followUp(render(assessment, dir.resolve("nhieu.xlsx"), MemberGrid.EXCEL_ROWS)));

    assertThat(rows).filteredOn(r -> r.get(0).equals("I211")).hasSize(Warnings.LISTED + 1)
        .last().isEqualTo(List.of("I211", "10005 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên."));
    assertThat(rows).filteredOn(r -> r.get(0).equals("I214")).hasSize(3);
    assertThat(rows).contains(List.of("Cảnh báo dữ liệu (10008)"));
  }

  /** {@code noName} warnings I211 on rows 2, 3, … and {@code twice} I214. */
  private static Warnings warnings(int noName, int twice) {
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 0; i < noName; i++) {
      diagnostics.warning("I211", new SourcePosition.InSheet("don-vi.xlsx", "Thành viên", i + 2, 1, "Họ và tên"),
          Message.verbatim("thiếu họ và tên"));
      if (i < twice) {
        diagnostics.warning("I214", new SourcePosition.InSheet("don-vi.xlsx", "Thành viên", i + 2, -1, ""),
            Message.verbatim("mã định danh \"M1\" trùng với dòng 2"));
      }
    }
    return diagnostics.counted();
  }

  private static Assessment assessment(Warnings warnings) throws Exception {
    Ruleset ruleset = new RulesetLoader().resolve("tt24").ruleset();
    List<Member> members = IntStream.rangeClosed(1, 25).mapToObj(FollowUpSheetTest::member).toList();
    EvaluationResult result = new Evaluator().evaluate(ruleset, new Unit(AGENCY, Map.of(), members));
    return new Assessment(result, warnings, STAMP, vn.dvht.diag.Messages.wording());
  }

  private static Path render(Assessment assessment, Path file, int rowsPerSheet) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxRenderer.render(assessment, out, rowsPerSheet);
    }
    return file;
  }

  /** The sheets of the follow-up list, by name. */
  private static Map<String, Map<Integer, List<String>>> followUp(Path file) throws Exception {
    Map<String, Map<Integer, List<String>>> sheets = new java.util.LinkedHashMap<>(SheetRows.read(file));
    sheets.keySet().removeIf(name -> !name.startsWith("Cần bổ sung"));
    return sheets;
  }

  /** Every row of the list but its headers and the rows saying where it goes on, sheet after sheet. */
  private static List<List<String>> content(Map<String, Map<Integer, List<String>>> sheets) {
    List<List<String>> rows = new ArrayList<>();
    for (Map<Integer, List<String>> sheet : sheets.values()) {
      sheet.values().stream().filter(r -> !r.isEmpty() && !r.equals(GAPS_HEADER) && !r.get(0).equals("Mã")
          && !r.get(0).startsWith("Danh sách còn tiếp")).forEach(rows::add);
    }
    return rows;
  }

  private static Member member(int i) {
    Answer yes = new Answer.Flag(i % 3 != 0, i % 3 != 0 ? "Có" : "Không");
    return new Member(new SourceRow("Thành viên", i + 1), "Người " + i, "M" + i, "thanh-vien",
        Map.of("ky-luat-lao-dong", yes, "hoan-thanh-boi-duong", yes, "chuyen-doi-so", yes, "chung-chi-ngoai-ngu", yes,
            "danh-hieu-thi-dua", new Answer.Rank(1, "LĐTT"), "cong-dan-hoc-tap", yes));
  }
}
