package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.bench.Generate;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Workbooks;
import vn.dvht.testing.XlsxDump;

/** {@code dvht evaluate DIR…}: a whole folder of units, a corrupt file among them, one consolidated workbook. */
class BatchTest {

  @Test
  void aFolderOfUnitsWithACorruptFileGivesEveryUnitAndTheSummary(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("don-vi"));
    for (String sample : new String[] {"000-bqlkkt-an-giang.xlsx", "001-mn-hoa-sen.xlsx", "002-pnv-tan-bien.xlsx",
        "003-thpt-ly-nhan.xlsx"}) {
      Files.copy(Path.of("../samples", sample), in.resolve(sample));
    }
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen.csv"), in.resolve("hoa-sen-csv.csv"));
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen-don-vi.csv"), in.resolve("hoa-sen-csv-don-vi.csv"));
    Files.write(in.resolve("hong.xlsx"), new byte[] {'P', 'K', 3, 4, 9, 9});
    for (int i = 1; i <= 12; i++) {
      Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ",
              "Danh hiệu thi đua", "Công dân học tập")
          .row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có").row("Bình", i % 2 == 0 ? "Có" : "Không", "Có", "Có", "Có",
              "LĐTT", "Có")
          .agency().write(in.resolve(String.format("sinh-%02d.xlsx", i)));
    }
    Path out = dir.resolve("ket-qua");

    CliRun run = CliRun.of("evaluate", in.toString(), "--out", out.toString(), "--date",
        "2026-01-10");

    assertThat(run.code()).as("a file failed").isEqualTo(3);
    assertThat(run.out()).contains("Đã xử lý 18 tệp: 17 đơn vị đánh giá được, 1 tệp lỗi.")
        .contains("hong.xlsx — 1 lỗi");
    assertThat(run.err()).contains("Không đánh giá được 1 tệp:", "hong.xlsx: lỗi[I103]");
    assertThat(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx")).exists();
    assertThat(out.resolve("hoa-sen-csv-bao-cao.docx")).exists();
    String summary = XlsxDump.of(out.resolve("tong-hop-don-vi.xlsx"));
    assertThat(summary).contains("Tổng hợp đơn vị!B5 s Mức độ 1", "Tổng hợp đơn vị!B6 s Chưa đạt mức nào")
        .contains(" s Trường THPT Lý Nhân").contains("Lỗi tệp!A2 s hong.xlsx")
        .as("a percentage always beside the counts it is of")
        .contains(" s 46/48");
    java.util.regex.Matcher counts = java.util.regex.Pattern.compile("Tổng hợp đơn vị!([A-Z]+)(\\d+) s TC2\\.CT1 đạt/tổng")
        .matcher(summary);
    assertThat(counts.find()).isTrue();
    String next = org.apache.poi.ss.util.CellReference.convertNumToColString(
        org.apache.poi.ss.util.CellReference.convertColStringToIndex(counts.group(1)) + 1);
    assertThat(summary).contains("Tổng hợp đơn vị!" + next + counts.group(2) + " s TC2.CT1\n");
  }

  @Test
  void unitsOfEachCircularHaveTheirOwnTableAndAFileGivenTwiceIsCountedOnce(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve("a.xlsx"));
    Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve("ban-sao.xlsx"));
    Workbooks.members("Họ và tên", "Kế hoạch tự học", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Danh hiệu thi đua",
            "Công dân học tập")
        .row("An", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Cơ quan năm 2023").unit("Cấp", "huyện").unit("Loại đơn vị", "Cơ quan nhà nước")
        .unit("Năm đánh giá", "2023").write(in.resolve("tt22.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", in.resolve("a.xlsx").toString(), in.resolve("ban-sao.xlsx").toString(),
        in.resolve("tt22.xlsx").toString(), "--ruleset", "tt24", "--out", out.toString(), "--date", "2026-01-10");
    CliRun mixed = CliRun.of("evaluate", in.toString(), "--out", dir.resolve("out2").toString(), "--date",
        "2026-01-10");

    assertThat(run.code()).as(run.err()).isIn(0, 3);
    assertThat(run.out()).contains("a.xlsx", "ban-sao.xlsx");
    String summary = XlsxDump.of(out.resolve("tong-hop-don-vi.xlsx"));
    java.util.regex.Matcher label = java.util.regex.Pattern.compile("Tổng hợp đơn vị!B(\\d+) s Tệp trùng nội dung")
        .matcher(summary);
    assertThat(label.find()).isTrue();
    assertThat(summary).as("one duplicate, counted once").contains("Tổng hợp đơn vị!C" + label.group(1) + " n 1.0")
        .contains(" s trùng nội dung với đơn vị STT 1 (" + in.resolve("a.xlsx") + "); không tính hai lần");
    assertThat(mixed.code()).as(mixed.err()).isZero();
    String byCircular = XlsxDump.of(dir.resolve("out2").resolve("tong-hop-don-vi.xlsx"));
    assertThat(byCircular).as("a TT 22 unit's codes are not a TT 24 unit's").contains("Đơn vị tt22! sheet #2")
        .contains("Đơn vị tt22!A1 s CÁC ĐƠN VỊ ĐÁNH GIÁ THEO BỘ TIÊU CHÍ tt22")
        .as("the list of units first, each with its result and duplicate flag")
        .contains("Danh sách đơn vị! sheet #0", "Danh sách đơn vị!B4 s Trường THPT Lý Nhân");
    assertThat(summary).contains("Danh sách đơn vị!H5 s trùng nội dung với đơn vị STT 1");
  }

  /** The same unit as XLSX and as CSV (with its unit file) is counted once, like the same file twice. */
  @Test
  void theSameUnitAsXlsxAndAsCsvIsCountedOnce(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("../samples/001-mn-hoa-sen.xlsx"), in.resolve("hoa-sen.xlsx"));
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen.csv"), in.resolve("hoa-sen.csv"));
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen-don-vi.csv"), in.resolve("hoa-sen-don-vi.csv"));
    Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve("ly-nhan.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", in.resolve("hoa-sen.xlsx").toString(), in.resolve("hoa-sen.csv").toString(),
        in.resolve("ly-nhan.xlsx").toString(), "--ruleset", "tt24", "--out", out.toString(), "--date", "2026-01-10");

    assertThat(run.code()).as(run.err()).isIn(0, 3);
    String summary = XlsxDump.of(out.resolve("tong-hop-don-vi.xlsx"));
    java.util.regex.Matcher label = java.util.regex.Pattern.compile("Tổng hợp đơn vị!B(\\d+) s Tệp trùng nội dung")
        .matcher(summary);
    assertThat(label.find()).isTrue();
    assertThat(summary).contains("Tổng hợp đơn vị!C" + label.group(1) + " n 1.0")
        .contains(" s trùng nội dung với đơn vị STT 1 (" + in.resolve("hoa-sen.xlsx") + "); không tính hai lần")
        .doesNotContain("trùng nội dung với đơn vị STT 2");
  }

  @Test
  void jsonHasEveryUnitInInputOrderAndTheFailures(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 1; i <= 9; i++) {
      Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve("u" + i + ".xlsx"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(in.resolve("u5.csv"), "khong phai danh sach");
    CliRun run = CliRun.of("evaluate", in.resolve("u*").toString(), "--json", "--no-files", "--quiet");
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> inputs = new java.util.ArrayList<>();
    json.path("units").forEach(u -> inputs.add(u.path("inputs").path(0).path("file").asText()));
    assertThat(inputs).as("as given, like the failures'").containsExactly(
        java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> in.resolve("u" + i + ".xlsx").toString()).toArray(String[]::new));
    json.path("units").forEach(u -> assertThat(u.path("input").asText()).isEqualTo(u.path("inputs").path(0)
        .path("file").asText()));
    assertThat(json.path("units").path(0).path("ruleset").path("id").asText()).isEqualTo("tt24");
    assertThat(json.path("failures").path(0).path("file").asText()).isEqualTo(in.resolve("u5.csv").toString());
    assertThat(json.path("failures").path(0).path("problems").path(0).path("file").asText())
        .isEqualTo(in.resolve("u5.csv").toString());
    assertThat(run.code()).isEqualTo(3);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(in);
    }
  }

  @Test
  void aLargeGeneratedUnitAmongSamplesIsCountedExactly(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("don-vi"));
    Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve("a-ly-nhan.xlsx"));
    int n = 40_000;
    Generate.unit(in.resolve("b-lon.xlsx"), n, false);

    CliRun run = CliRun.of("evaluate", in.toString(), "--ruleset", "tt24", "--json", "--no-files", "--quiet");

    assertThat(run.code()).as(run.err()).isZero();
    var units = new ObjectMapper().readTree(run.out()).path("units");
    assertThat(units.path(0).path("name").asText()).isEqualTo("Trường THPT Lý Nhân");
    var large = units.path(1);
    assertThat(large.path("members").path("thanh-vien").asLong()).isEqualTo(n);
    Map<String, Long> numerators = new HashMap<>();
    large.path("levels").path(0).path("indicators").forEach(i -> numerators.put(i.path("id").asText(),
        i.path("numerator").asLong()));
    assertThat(numerators).containsEntry("TC2.CT1", (long) n - n / 23).containsEntry("TC2.CT2", (long) n - n / 29)
        .containsEntry("TC2.CT3", (long) n - n / 31).containsEntry("TC2.CT4", (long) n - n / 3)
        .containsEntry("TC2.CT5", (long) n - n / 41).containsEntry("TC3.CT1", (long) n - n / 37);
    assertThat(large.path("level").asText()).isEqualTo("muc-1");
  }
}
