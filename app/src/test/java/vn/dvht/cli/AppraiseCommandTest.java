package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.OfficeFixture;
import vn.dvht.testing.OfficeWorkbooks;

/**
 * {@code dvht tham-dinh} in-process: the council's size and make-up as positioned Vietnamese errors, the
 * office's template read back, outputs never overwritten without {@code --overwrite}, JSON alone on
 * stdout, an unreadable file listed while the others are appraised, English documents, no register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraiseCommandTest {
  @TempDir
  static Path dir;
  OfficeFixture office;

  @BeforeAll
  void office() throws Exception {
    office = OfficeFixture.generate(dir.resolve("office"), 12, 7L);
  }

  private CliRun appraise(Path setup, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("tham-dinh", office.submissions().toString(), "--hoi-dong",
        setup.toString(), "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aCouncilOfAnEvenNumberIsAPositionedError() throws Exception {
    Path setup = OfficeWorkbooks.setup(dir.resolve("hoi-dong-6.xlsx"), 6);
    CliRun run = appraise(setup, dir.resolve("out-6"));
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).startsWith(setup + ", trang tính \"Hội đồng\", dòng 7: lỗi[O110]: hội đồng có 6 thành viên, là số "
        + "chẵn: Điều 10, 16 khoản 2 điểm b quy định \"số lượng ủy viên của hội đồng là số lẻ, tối thiểu là 05 người\" (dvht "
        + "đếm mọi thành viên, kể cả chủ tịch và thư ký)\n");
    assertThat(run.err()).endsWith("Không thẩm định được: 1 lỗi trong tệp của cơ quan (xem trên); không tệp nào được ghi.\n");
    try (var left = Files.list(dir.resolve("out-6"))) {
      assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(".dvht.lock");
    }
  }

  @Test
  void aCouncilOfFewerThanFiveIsAnErrorAndSoIsOneWithoutItsSecretary() throws Exception {
    Path setup = OfficeWorkbooks.setup(dir.resolve("hoi-dong-1.xlsx"), 1);
    CliRun run = appraise(setup, dir.resolve("out-1"));
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(setup + ", trang tính \"Hội đồng\", dòng 2: lỗi[O110]: hội đồng có 1 thành viên: Điều 10, "
        + "16 khoản 2 điểm b", setup + ", trang tính \"Hội đồng\", dòng 1: lỗi[O112]: hội đồng chưa có thư ký (cột \"Vai trò\": "
        + "Thư ký)");
    assertThat(OfficeWorkbooks.setup(dir.resolve("hoi-dong-5.xlsx"), 5)).exists();
    assertThat(appraise(dir.resolve("hoi-dong-5.xlsx"), dir.resolve("out-5"), "--no-files").code()).isZero();
  }

  @Test
  void aRoleDvhtDoesNotKnowIsAnErrorAtItsCell() throws Exception {
    Path setup = edited(OfficeWorkbooks.setup(dir.resolve("hoi-dong-role.xlsx"), 7), "Hội đồng", 3, 3, "Cố vấn");
    CliRun run = appraise(setup, dir.resolve("out-role"));
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(setup + ", trang tính \"Hội đồng\", ô D4 (cột \"Vai trò\"): lỗi[O113]: không nhận ra vai "
        + "trò \"Cố vấn\"; ghi một trong: Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên");
  }

  @Test
  void theOfficeTemplateIsReadBackOnceItsBlanksAreFilled() throws Exception {
    Path template = dir.resolve("mau-hoi-dong.xlsx");
    assertThat(CliRun.of("template", "--hoi-dong", "-o", template.toString()).code()).isZero();
    CliRun blank = appraise(template, dir.resolve("out-template"));
    assertThat(blank.code()).isEqualTo(3);
    assertThat(blank.err()).contains("trang tính \"Cơ quan\", ô B11 (cột \"Ngày họp hội đồng\"): lỗi[O103]: chưa ghi \"Ngày "
        + "họp hội đồng\"");
    Path filled = edited(template, "Cơ quan", 10, 1, "05/02/2026");
    CliRun run = appraise(filled, dir.resolve("out-template"), "--no-files");
    assertThat(run.code()).as(run.err()).isZero();
    Path register = dir.resolve("mau-so.xlsx");
    assertThat(CliRun.of("template", "--so-theo-doi", "-o", register.toString()).code()).isZero();
    assertThat(CliRun.of("template", "--so-theo-doi", "--hoi-dong", "-o", dir.resolve("x.xlsx").toString()).code())
        .isEqualTo(2);
  }

  @Test
  void outputsAreNeverReplacedWithoutOverwriteAndThenAsASet() throws Exception {
    Path out = dir.resolve("out-twice");
    CliRun first = appraise(office.setup(), out);
    assertThat(first.code()).as(first.err()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("du-thao-quyet-dinh.docx"));
    Object file = Files.readAttributes(out.resolve("du-thao-quyet-dinh.docx"),
        java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    CliRun again = appraise(office.setup(), out);
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("ket-qua-tham-dinh.xlsx");
    assertThat(Files.readAllBytes(out.resolve("du-thao-quyet-dinh.docx"))).isEqualTo(before);
    assertThat(Files.readAttributes(out.resolve("du-thao-quyet-dinh.docx"),
        java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(file);
    CliRun overwrite = appraise(office.setup(), out, "--overwrite");
    assertThat(overwrite.code()).isZero();
    assertThat(Files.readAllBytes(out.resolve("du-thao-quyet-dinh.docx"))).isEqualTo(before);
    assertThat(Files.readAttributes(out.resolve("du-thao-quyet-dinh.docx"),
        java.nio.file.attribute.BasicFileAttributes.class).fileKey()).as("replaced, not rewritten in place")
        .isNotEqualTo(file);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".dvht.lock",
          "bao-cao-tham-dinh.docx", "du-thao-quyet-dinh.docx", "ket-qua-tham-dinh.json", "ket-qua-tham-dinh.xlsx",
          "so-theo-doi-cong-nhan.xlsx", "thong-ke-bao-cao.xlsx", "to-trinh-cong-nhan.docx", "van-ban-tra-loi.docx");
    }
  }

  @Test
  void jsonGoesAloneToStdoutAndHoldsToItsSchema() throws Exception {
    CliRun run = appraise(office.setup(), dir.resolve("out-json"), "--json", "--no-files");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(CliRun.of("schema", "appraisal").out());
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("kind").asText()).isEqualTo("appraisal");
    assertThat(dir.resolve("out-json")).doesNotExist();
  }

  @Test
  void anUnreadableFileIsListedAndTheOthersAreAppraised() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("with-bad"));
    try (var files = Files.list(office.submissions())) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    Files.writeString(folder.resolve("hong.xlsx"), "không phải bảng tính");
    Files.writeString(folder.resolve("cong-van.docx"), "bỏ qua");
    CliRun run = CliRun.of("tham-dinh", folder.toString(), "--hoi-dong", office.setup().toString(), "--out",
        dir.resolve("out-bad").toString(), "--date", "2026-02-06", "--json");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(folder.resolve("hong.xlsx") + ": lỗi[I103]");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("failures")).hasSize(1);
    assertThat(json.path("units")).hasSize(office.units().size());
    assertThat(json.path("register").asText()).isEmpty();
  }

  @Test
  void withoutARegisterLevelTwoIsGrantedOnTheCriteriaAndTheDatesTheUnitsGave() throws Exception {
    CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--json", "--no-files", "--date", "2026-02-06");
    JsonNode json = new ObjectMapper().readTree(run.out());
    for (JsonNode unit : json.path("units")) {
      for (JsonNode reason : unit.path("reasons")) {
        assertThat(reason.path("code").asText()).isNotIn("no-level-1", "still-valid");
      }
    }
    assertThat(json.toString()).contains("\"name\":\"Sở Hết Hạn\"");
  }

  @Test
  void theDocumentsAreInEnglishWithLangEn() throws Exception {
    Path out = dir.resolve("out-en");
    CliRun run = appraise(office.setup(), out, "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Appraised 13 units: ");
    String decision = DocxDump.of(out.resolve("du-thao-quyet-dinh.docx"));
    assertThat(decision).contains("|DECISION", "Article 1.", "|DRAFT");
    assertThat(DocxDump.of(out.resolve("van-ban-tra-loi.docx"))).contains("Reasons:");
  }

  /** A summary sent with its member list and edited by hand: the member list decides, every difference is named. */
  @Test
  void aSummaryEditedBesideItsMemberListIsComparedWithIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("pair"));
    Path members = folder.resolve("003-thpt-ly-nhan.xlsx");
    Files.copy(Path.of("..", "samples", "003-thpt-ly-nhan.xlsx"), members);
    Path made = Files.createDirectories(dir.resolve("pair-made"));
    assertThat(CliRun.of("evaluate", members.toString(), "--ruleset", "tt24", "--out", made.toString()).code()).isZero();
    OfficeFixture.Results.edit(made.resolve("003-thpt-ly-nhan-ket-qua.xlsx"), folder.resolve("003-thpt-ly-nhan-ket-qua.xlsx"),
        3);
    CliRun run = CliRun.of("tham-dinh", folder.toString(), "--hoi-dong", office.setup().toString(), "--json",
        "--no-files", "--year", "2025");
    JsonNode unit = new ObjectMapper().readTree(run.out()).path("units").path(0);
    assertThat(new ObjectMapper().readTree(run.out()).path("units")).as("one unit, two files").hasSize(1);
    assertThat(unit.path("sources")).hasSize(2);
    assertThat(unit.path("basis").asText()).isEqualTo("danh-sach");
    assertThat(unit.path("edited").asBoolean()).isTrue();
    List<String> codes = new java.util.ArrayList<>();
    unit.path("findings").forEach(f -> codes.add(f.path("code").asText()));
    assertThat(codes).contains("grid", "members");
    assertThat(unit.path("findings").toString()).contains("TC2.CT1: bảng tổng hợp ghi ");
  }

  /** "Trước ngày 15 tháng 2" (Điều 16 khoản 3): a council sitting on the 14th is in time, one on the 15th is not. */
  @Test
  void aCouncilSittingOnTheFifteenthOfFebruaryIsLate() throws Exception {
    String late = "Lưu ý: ngày họp hội đồng 15/02/2026 là quá hạn: việc công nhận phải hoàn thành trước ngày 15/02/2026 "
        + "(Điều 10 khoản 3; Điều 16 khoản 3).";
    Path onTime = edited(OfficeWorkbooks.setup(dir.resolve("hop-14.xlsx"), 7), "Cơ quan", 10, 1, "14/02/2026");
    CliRun inTime = appraise(onTime, dir.resolve("out-14"), "--no-files");
    assertThat(inTime.code()).as(inTime.err()).isZero();
    assertThat(inTime.err()).doesNotContain("quá hạn");
    Path onTheDay = edited(OfficeWorkbooks.setup(dir.resolve("hop-15.xlsx"), 7), "Cơ quan", 10, 1, "15/02/2026");
    CliRun tooLate = appraise(onTheDay, dir.resolve("out-15"), "--no-files");
    assertThat(tooLate.code()).as(tooLate.err()).isZero();
    assertThat(tooLate.err()).contains(late);
  }

  @Test
  void aScoringRulesetRecognisesNoLevel() {
    CliRun run = appraise(office.setup(), dir.resolve("out-tt22"), "--ruleset", "tt22");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("bộ tiêu chí tt22 chấm điểm, xếp loại");
  }

  /** A copy of {@code file} with one cell of {@code sheet} (row and column from 0) holding {@code value}. */
  static Path edited(Path file, String sheet, int row, int column, String value) throws Exception {
    Path to = file.resolveSibling("sua-" + file.getFileName());
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet s = book.getSheet(sheet);
      Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
      r.createCell(column).setCellValue(value);
      try (OutputStream out = Files.newOutputStream(to)) {
        book.write(out);
      }
    }
    return to;
  }
}
