package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.OfficeFixture;
import vn.dvht.testing.XlsxDump;

/**
 * {@code dvht tong-hop}: two offices' appraisals in one workbook — each source's counts exactly as it
 * reported them, the total with each unit once, the two units both report flagged with the office that
 * reported them first — and a file that is not an appraisal stops the merge before anything is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> SHARED = Set.of("Sở Hết Hạn", "Trường THPT Nâng Mức");
  static final String[] COLUMNS = {"cong-nhan:muc-2", "cong-nhan:muc-1", "khong-cong-nhan", "con-thoi-han",
    "khong-nop-con-thoi-han", "khong-nop-het-han", "chua-de-nghi"};

  @TempDir
  static Path dir;
  Path first;
  Path second;

  @BeforeAll
  void twoOffices() throws Exception {
    OfficeFixture office = OfficeFixture.generate(dir.resolve("a"), 12, 11L);
    CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--so-theo-doi", office.register().toString(), "--out", dir.resolve("a-out").toString(), "--date", "2026-02-06");
    assertThat(run.code()).as(run.err()).isZero();
    first = dir.resolve("a-out").resolve("ket-qua-tham-dinh.json");
    ObjectNode other = (ObjectNode) JSON.readTree(first.toFile());
    ((ObjectNode) other.path("office")).put("name", "Sở Giáo dục và Đào tạo tỉnh Nam Định");
    for (String list : List.of("units", "absent")) {
      for (JsonNode unit : other.path(list)) {
        if (!SHARED.contains(unit.path("name").asText())) {
          ((ObjectNode) unit).put("name", unit.path("name").asText() + " (Nam Định)");
          if (!unit.path("id").asText().isEmpty()) {
            // Another province's unit has an identifier of its own: the merge knows a unit by it first.
            ((ObjectNode) unit).put("id", "ND-" + unit.path("id").asText());
          }
        }
      }
    }
    second = dir.resolve("nam-dinh.json");
    JSON.writeValue(second.toFile(), other);
  }

  @Test
  void eachSourceIsCountedAsItReportedAndEachUnitOnceInTheTotal() throws Exception {
    Path out = dir.resolve("tong-hop.xlsx");
    CliRun run = CliRun.of("tong-hop", first.toString(), second.toString(), "-o", out.toString(), "--date", "2026-03-20");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(first.toFile());
    int units = a.path("units").size() + a.path("absent").size();
    assertThat(run.out()).startsWith("Đã tổng hợp 2 báo cáo: " + 2 * units + " đơn vị, 2 đơn vị xuất hiện hơn một lần.\n");
    List<String> dump = List.of(XlsxDump.of(out).split("\n"));
    long[] total = new long[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      total[c] = a.path("statistics").path("total").path(COLUMNS[c]).asLong();
      String column = String.valueOf((char) ('C' + c));
      assertThat(dump).contains("Tổng hợp!" + column + "5 n " + (double) total[c], "Tổng hợp!" + column + "6 n "
          + (double) total[c]);
    }
    long[] expected = total.clone();
    for (JsonNode unit : a.path("units")) {
      if (!SHARED.contains(unit.path("name").asText())) {
        expected[category(unit)]++;
      }
    }
    for (JsonNode unit : a.path("absent")) {
      expected[absentCategory(unit)]++;
    }
    for (int c = 0; c < COLUMNS.length; c++) {
      assertThat(dump).contains("Tổng hợp!" + (char) ('C' + c) + "7 n " + (double) expected[c]);
    }
    assertThat(dump).contains("Tổng hợp!J7 n " + (double) (2 * units - 2));
    List<String> repeats = new ArrayList<>(dump.stream().filter(l -> l.startsWith("Đơn vị!H") && l.contains(" s ")
        && !l.startsWith("Đơn vị!H1 ")).toList());
    assertThat(repeats).hasSize(2).allMatch(l -> l.endsWith(" s đã có trong báo cáo của Sở Giáo dục và Đào tạo tỉnh Hà Nam "
        + "(nguồn 1)"));
    assertThat(dump).contains("Nguồn!B3 s Sở Giáo dục và Đào tạo tỉnh Nam Định");
  }

  @Test
  void aFileThatIsNotAnAppraisalStopsTheMerge() throws Exception {
    Path result = dir.resolve("ket-qua-don-vi.json");
    Files.writeString(result, CliRun.of("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--json", "--no-files").out());
    Path out = dir.resolve("khong-ghi.xlsx");
    CliRun run = CliRun.of("tong-hop", first.toString(), result.toString(), "-o", out.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).startsWith(result + ": lỗi[O141]: không phải tài liệu JSON \"appraisal\" của dvht (kind: "
        + "\"result\")\n");
    assertThat(out).doesNotExist();
  }

  private static int category(JsonNode unit) {
    String verdict = unit.path("verdict").asText();
    String key = verdict.equals("cong-nhan") ? "cong-nhan:" + unit.path("level").asText() : verdict;
    return List.of(COLUMNS).indexOf(key);
  }

  private static int absentCategory(JsonNode unit) {
    String status = unit.path("status").asText();
    return List.of(COLUMNS).indexOf(status.equals("con-thoi-han") ? "khong-nop-con-thoi-han"
        : status.equals("het-thoi-han") ? "khong-nop-het-han" : "chua-de-nghi");
  }

  @Test
  void theHelpNamesTheWorkbookWrittenWithoutOutputAsTheMergeNamesIt() {
    for (String lang : List.of("vi", "en")) {
      CliRun run = CliRun.of("--lang", lang, "tong-hop", "--help");
      assertThat(run.out().replaceAll("\\s+", "")).as(lang).contains(vn.dvht.report.MergeFile.WORKBOOK.fileName());
    }
  }
}
