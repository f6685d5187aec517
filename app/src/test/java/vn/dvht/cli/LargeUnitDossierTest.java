package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.bench.RawXlsxWriter;
import vn.dvht.eval.Evaluator;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.SheetRows;

/**
 * A unit larger than every list the dossier caps (36,000 rows: 28,800 members, every one failing
 * TC2.CT4, and 7,200 learners): the member grid lists every one of them, and each of its cells is
 * what the generator made that member and what the evaluation counted — read back by POI.
 */
class LargeUnitDossierTest {
  private static final int ROWS = 36_000;
  private static final String[] HEADERS = {"STT", "Họ và tên", "Mã định danh", "Đối tượng", "Kỷ luật lao động",
    "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"};

  @TempDir static Path dir;
  static CliRun run;
  static Map<String, Map<Integer, List<String>>> workbook;

  @BeforeAll
  static void evaluateOnce() throws Exception {
    Path file = dir.resolve("truong-lon.xlsx");
    RawXlsxWriter xlsx = new RawXlsxWriter(dir.resolve("parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(HEADERS);
      for (int i = 1; i <= ROWS; i++) {
        if (learner(i)) {
          sheet.row(String.valueOf(i), name(i), "HS" + i, "Học sinh", "", "", "", "", "", yes(i % 7 != 0));
        } else {
          sheet.row(String.valueOf(i), name(i), "GV" + i, "Thành viên", yes(i % 23 != 0), yes(i % 29 != 0),
              yes(i % 31 != 0), "Không", i % 41 == 0 ? "Không" : "LĐTT", yes(i % 37 != 0));
        }
      }
    });
    xlsx.sheet("Đơn vị", sheet -> {
      sheet.row("Mục", "Giá trị", "Minh chứng");
      sheet.row("Tên đơn vị", "Trường THPT Thử Lớn", "");
      sheet.row("Cấp", "Cấp tỉnh", "");
      sheet.row("Loại đơn vị", "Trường trung học phổ thông", "");
      sheet.row("Năm đánh giá", "2025", "");
    });
    xlsx.save(file);
    run = CliRun.of("evaluate", file.toString(), "--ruleset", "tt24", "--out", dir.resolve("ket-qua").toString(),
        "--json", "--date", "2026-01-10");
    workbook = SheetRows.read(dir.resolve("ket-qua").resolve("truong-lon-ket-qua.xlsx"));
  }

  @Test
  void theGridListsEveryMemberWithTheVerdictTheGeneratorMadeAndTheEvaluationCounted() throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    Map<Integer, List<String>> grid = workbook.get("Thành viên");
    assertThat(grid).as("header and one row per member").hasSize(ROWS + 1);
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> header = grid.get(0);
    // The generated unit gives titles only, no scores: no score columns after the fixed ones.
    assertThat(header).noneMatch(h -> h.startsWith("Công dân học tập"));
    for (int c = 5; c < header.size(); c++) {
      columns.put(header.get(c).split("\n")[0], c);
    }
    assertThat(columns).containsOnlyKeys("TC2.CT1", "TC2.CT2", "TC2.CT3", "TC2.CT4", "TC2.CT5", "TC3.CT1",
        "TC3.CT1b");
    Map<String, long[]> counted = new LinkedHashMap<>();
    columns.keySet().forEach(id -> counted.put(id, new long[2]));
    for (int i = 1; i <= ROWS; i++) {
      List<String> row = grid.get(i);
      assertThat(row.subList(0, 5)).as("row %d", i).containsExactly(String.valueOf(i), String.valueOf(i + 1),
          name(i), (learner(i) ? "HS" : "GV") + i, learner(i) ? "Người học" : "Thành viên");
      Map<String, String> expected = expected(i);
      for (Map.Entry<String, Integer> column : columns.entrySet()) {
        String cell = column.getValue() < row.size() ? row.get(column.getValue()) : "";
        assertThat(cell).as("row %d, %s", i, column.getKey()).isEqualTo(expected.get(column.getKey()));
        if (!cell.isEmpty()) {
          counted.get(column.getKey())[1]++;
          counted.get(column.getKey())[0] += cell.equals("Đạt") ? 1 : 0;
        }
      }
    }
    JsonNode unit = new ObjectMapper().readTree(run.out()).path("units").get(0);
    for (JsonNode indicator : unit.path("levels").get(0).path("indicators")) {
      long[] grid2 = counted.get(indicator.path("id").asText());
      if (grid2 != null) {
        assertThat(new long[] {indicator.path("numerator").asLong(), indicator.path("denominator").asLong()})
            .as(indicator.path("id").asText()).containsExactly(grid2);
      }
    }
    assertThat(counted.get("TC2.CT4")).containsExactly(0, 28_800);
  }

  @Test
  void theFollowUpListNamesTheFirstFailuresAndSaysWhereTheRestAre() {
    List<List<String>> tc24 = new ArrayList<>();
    workbook.get("Cần bổ sung").values().stream().filter(r -> !r.isEmpty() && r.get(0).equals("TC2.CT4"))
        .forEach(tc24::add);
    assertThat(tc24).hasSize(Evaluator.GAP_LIMIT + 1);
    assertThat(tc24.get(Evaluator.GAP_LIMIT).get(1)).contains("18800", "“Thành viên”", "“Chưa đạt”");
    assertThat(tc24.get(0)).containsSubsequence("GV1", "Không");
  }

  private static Map<String, String> expected(int i) {
    Map<String, String> cells = new LinkedHashMap<>();
    boolean member = !learner(i);
    cells.put("TC2.CT1", member ? verdict(i % 23 != 0) : "");
    cells.put("TC2.CT2", member ? verdict(i % 29 != 0) : "");
    cells.put("TC2.CT3", member ? verdict(i % 31 != 0) : "");
    cells.put("TC2.CT4", member ? verdict(false) : "");
    cells.put("TC2.CT5", member ? verdict(i % 41 != 0) : "");
    cells.put("TC3.CT1", member ? verdict(i % 37 != 0) : "");
    cells.put("TC3.CT1b", member ? "" : verdict(i % 7 != 0));
    return cells;
  }

  private static boolean learner(int i) {
    return i % 5 == 0;
  }

  private static String verdict(boolean passed) {
    return passed ? "Đạt" : "Chưa đạt";
  }

  private static String yes(boolean yes) {
    return yes ? "Có" : "Không";
  }

  private static String name(int i) {
    String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"};
    String[] given = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải"};
    return family[i % family.length] + " Văn " + given[(i / 6) % given.length] + " " + i;
  }
}
