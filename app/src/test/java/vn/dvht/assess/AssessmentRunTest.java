package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/** Usage mistakes end the run before any input is read or any output written. */
class AssessmentRunTest {
  private static final String SAMPLE = "../samples/003-thpt-ly-nhan.xlsx";

  @Test
  void aLevelNoRulesetHasIsRefusedBeforeABatchWritesAnything(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of(SAMPLE), in.resolve("a.xlsx"));
    Files.copy(Path.of(SAMPLE), in.resolve("b.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", in.toString(), "--out", out.toString(), "--fail-below", "muc-9");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("mức \"muc-9\" không có trong bộ tiêu chí");
    assertThat(out).doesNotExist();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anExistingOutputIsFoundBeforeTheInputIsRead(@TempDir Path dir) throws Exception {
    Path broken = Files.write(dir.resolve("hong.xlsx"), new byte[] {'P', 'K', 3, 4, 1});
    Files.writeString(dir.resolve("hong-bao-cao.docx"), "bản của tôi");

    CliRun run = CliRun.of("evaluate", broken.toString());

    assertThat(run.code()).as("a usage problem, not the broken input").isEqualTo(2);
    assertThat(run.err()).contains("tệp kết quả đã có").contains("hong-bao-cao.docx");
    assertThat(Files.readString(dir.resolve("hong-bao-cao.docx"))).isEqualTo("bản của tôi");
  }

  @Test
  void anOutputFolderThatIsAFileIsAUsageMistake(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ket-qua"), "không phải thư mục");

    CliRun run = CliRun.of("evaluate", SAMPLE, "--ruleset", "tt24", "--out", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--out phải là một thư mục").doesNotContain("Exception");
  }

  @Test
  void unitsWithTheSameNameInOneBatchKeepTheirOwnFiles(@TempDir Path dir) throws Exception {
    Path one = Files.createDirectories(dir.resolve("dot-1"));
    Path two = Files.createDirectories(dir.resolve("dot-2"));
    Files.copy(Path.of(SAMPLE), one.resolve("danh-sach.xlsx"));
    Files.copy(Path.of("../samples/001-mn-hoa-sen.xlsx"), two.resolve("danh-sach.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", one.resolve("danh-sach.xlsx").toString(), two.resolve("danh-sach.xlsx").toString(),
        "--out", out.toString(), "--report", "md");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("dot-1-danh-sach-bao-cao.md"))).contains("Trường THPT Lý Nhân");
    assertThat(Files.readString(out.resolve("dot-2-danh-sach-bao-cao.md"))).contains("Hoa Sen");
    String summary = vn.dvht.testing.XlsxDump.of(out.resolve("tong-hop-don-vi.xlsx"));
    assertThat(summary).as("the consolidated workbook names each input as given and its outputs")
        .contains(" s " + one.resolve("danh-sach.xlsx"), " s " + two.resolve("danh-sach.xlsx"),
            " s dot-1-danh-sach-ket-qua.xlsx\\ndot-1-danh-sach-bao-cao.md");
  }

  @Test
  void theBatchJsonNamesEachInputAsGivenAndItsOutputs(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of(SAMPLE), in.resolve("a.xlsx"));
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen.csv"), in.resolve("a.csv"));
    Files.copy(Path.of("../samples/csv/001-mn-hoa-sen-don-vi.csv"), in.resolve("a-don-vi.csv"));
    Files.copy(Path.of(SAMPLE), in.resolve("a-2.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", in.toString(), "--out", out.toString(), "--json", "--report", "md");

    assertThat(run.code()).as(run.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode units = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out())
        .path("units");
    java.util.Set<String> outputs = new java.util.HashSet<>();
    for (com.fasterxml.jackson.databind.JsonNode unit : units) {
      assertThat(unit.path("input").asText()).startsWith(in.toString());
      unit.path("outputs").forEach(o -> outputs.add(o.asText()));
      for (com.fasterxml.jackson.databind.JsonNode o : unit.path("outputs")) {
        assertThat(out.resolve(o.asText())).exists();
      }
    }
    assertThat(units).hasSize(3);
    assertThat(outputs).as("three units, three distinct sets")
        .containsExactlyInAnyOrder("a-xlsx-ket-qua.xlsx", "a-xlsx-bao-cao.md", "a-xlsx-quyet-dinh-cdht.docx",
            "a-csv-ket-qua.xlsx", "a-csv-bao-cao.md", "a-csv-quyet-dinh-cdht.docx",
            "a-2-ket-qua.xlsx", "a-2-bao-cao.md", "a-2-quyet-dinh-cdht.docx");
  }
}
