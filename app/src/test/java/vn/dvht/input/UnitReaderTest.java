package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Messages;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.model.Answer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.ExcelCsv;
import vn.dvht.testing.Workbooks;

/** Reading member and unit sheets the way clerks write them, with the TT 24 ruleset. */
class UnitReaderTest {
  static final String[] HEADERS = {"STT", "Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
      "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"};
  static Ruleset tt24;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    tt24 = new RulesetLoader().resolve("tt24").ruleset();
  }

  @Test
  void headersMatchWhateverTheCaseSpacingUnicodeFormOrTonePlacement() throws Exception {
    Path file = Workbooks.members("stt", "  HỌ VÀ   TÊN ", nfd("Kỷ luật lao động"), "hoàn thành bồi dưỡng",
            "CHUYỂN\u00A0ĐỔI SỐ", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row(1, "Nguyễn Văn An", "Có", "có", "CÓ", "Không", "Lao động tiên tiến", "Có").agency()
        .write(dir.resolve("hoa-thuong.xlsx"));

    Member an = read(file).unit().members().get(0);
    assertThat(an.name()).isEqualTo("Nguyễn Văn An");
    assertThat(an.answer("ky-luat-lao-dong")).isEqualTo(new Answer.Flag(true, "Có"));
    assertThat(an.answer("chuyen-doi-so")).isEqualTo(new Answer.Flag(true, "CÓ"));
    assertThat(an.answer("chung-chi-ngoai-ngu")).isEqualTo(new Answer.Flag(false, "Không"));
  }

  @Test
  void theHeaderRowMayComeAfterTitleRowsAndExtraColumnsAreIgnored() throws Exception {
    Path file = Workbooks.members("DANH SÁCH THÀNH VIÊN NĂM 2025").row().row("Ghi chú", "Công dân học tập",
            "Họ và tên", "Danh hiệu thi đua", "Chứng chỉ ngoại ngữ", "Chuyển đổi số", "Hoàn thành bồi dưỡng",
            "Kỷ luật lao động")
        .row("nghỉ phép", "Có", "Trần Thị Bình", "LĐTT", "Có", "Có", "Có", "Có").agency()
        .write(dir.resolve("tieu-de.xlsx"));

    ReadUnit read = read(file);
    assertThat(read.unit().members()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("Trần Thị Bình");
      assertThat(m.source().row()).isEqualTo(4);
      assertThat(m.answer("danh-hieu-thi-dua")).isEqualTo(new Answer.Rank(1, "LĐTT"));
    });
    assertThat(read.warnings().listed()).isEmpty();
  }

  @Test
  void aTickColumnReadsBlankAsNoButABlankWordCellIsAWarning() throws Exception {
    Path file = Workbooks.members(HEADERS)
        .row(1, "An", "x", "Có", "x", "x", "", "x")
        .row(2, "Bình", "", "", "x", "", "CSTĐCS", "")
        .agency().write(dir.resolve("danh-dau.xlsx"));

    ReadUnit read = read(file);
    Member binh = read.unit().members().get(1);
    assertThat(binh.answer("ky-luat-lao-dong")).as("blank: not satisfied, no warning").isEqualTo(Answer.BLANK);
    assertThat(binh.answer("danh-hieu-thi-dua")).isEqualTo(new Answer.Rank(2, "CSTĐCS"));
    assertThat(read.unit().members().get(0).answer("danh-hieu-thi-dua")).isEqualTo(new Answer.Rank(0, ""));
    assertThat(read.warnings().listed()).singleElement().satisfies(w -> assertThat(format(w))
        .isEqualTo(file + ", trang tính \"Thành viên\", ô D3 (cột \"Hoàn thành bồi dưỡng\"): cảnh báo[I212]: "
            + "ô trống — tính là chưa đạt"));
  }

  @Test
  void anUnknownValueNamesTheCellAndTheAcceptedWords() throws Exception {
    Path file = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "Giỏi", "Có")
        .row(2, "Bình", "Có", "Có", "Có", "Có lẽ", "LĐTT", "Có").agency().write(dir.resolve("sai.xlsx"));

    String errors = errors(file);
    assertThat(errors).contains(file + ", trang tính \"Thành viên\", ô G2 (cột \"Danh hiệu thi đua\"): lỗi[I213]: "
        + "giá trị \"Giỏi\" không hợp lệ; chấp nhận: Lao động tiên tiến, Chiến sĩ thi đua cơ sở");
    assertThat(errors).contains("ô F3 (cột \"Chứng chỉ ngoại ngữ\"): lỗi[I213]: giá trị \"Có lẽ\" không hợp lệ; "
        + "chấp nhận: Có, C, Đạt");
  }

  @Test
  void aMissingColumnNamesWhatIsThere() throws Exception {
    Path file = Workbooks.members("Họ và tên", "Kỷ luật lao động").row("An", "Có").agency()
        .write(dir.resolve("thieu.xlsx"));

    assertThat(errors(file)).contains(file + ", trang tính \"Thành viên\", dòng 1: lỗi[I202]: thiếu cột "
        + "\"Hoàn thành bồi dưỡng\"").contains("các cột hiện có: Họ và tên | Kỷ luật lao động");
  }

  @Test
  void aColumnThatDoesNotApplyMayBeAbsent() throws Exception {
    Path file = Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
            "Danh hiệu thi đua", "Công dân học tập")
        .row("An", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Công ty TNHH Thử").unit("Cấp", "tỉnh").unit("Loại đơn vị", "Doanh nghiệp")
        .unit("Năm đánh giá", "2025").write(dir.resolve("cong-ty.xlsx"));

    assertThat(read(file).unit().profile().unitType()).isEqualTo("to-chuc-kinh-te");
  }

  @Test
  void theUnitSheetMustSayAuthorityAndTypeFromTheRulesetsLists() throws Exception {
    Path missing = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Cơ quan thử").write(dir.resolve("thieu-cap.xlsx"));
    assertThat(errors(missing)).contains("thiếu dòng \"Cấp\"; giá trị chấp nhận: Cấp huyện, Cấp tỉnh")
        .contains("thiếu dòng \"Loại đơn vị\"");

    Path unknown = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Cấp", "huyện").unit("Loại đơn vị", "Cơ quan").write(dir.resolve("loai-la.xlsx"));
    assertThat(errors(unknown)).contains("trang tính \"Đơn vị\", ô B3 (cột \"Loại đơn vị\"): lỗi[I301]: "
        + "không nhận ra loại đơn vị \"Cơ quan\"; gần nhất: Cơ quan của Đảng; Cơ quan nhà nước; ")
        .contains(". Các loại đơn vị: Cơ quan nhà nước; Ủy ban nhân dân cấp xã; Cơ quan của Đảng; "
            + "Mặt trận Tổ quốc, tổ chức chính trị - xã hội; Cơ quan quân sự địa phương; Công an; "
            + "Hội, tổ chức xã hội - nghề nghiệp; ");
  }

  @Test
  void theUnitTypeIsReadFromTheClerksWordsWithItsOwnership() throws Exception {
    Path school = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Trường THPT Nguyễn Khuyến").unit("Cấp", "tỉnh")
        .unit("Loại đơn vị", "Trường THPT tư thục").unit("Năm đánh giá", "2025").write(dir.resolve("tu-thuc.xlsx"));
    ReadUnit read = read(school);
    assertThat(read.unit().profile()).isEqualTo(
        new vn.dvht.model.UnitProfile("Trường THPT Nguyễn Khuyến", "tinh", "thpt", 2025, "ngoai-cong-lap"));
    assertThat(read.warnings().listed()).as("ownership said, so no I308; only the unit items this sheet leaves out")
        .extracting(vn.dvht.diag.Diagnostic::code).containsOnly("I311");

    Path commune = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Cấp", "xã").unit("Loại đơn vị", "Ủy ban nhân dân xã Tân Hòa").write(dir.resolve("xa.xlsx"));
    assertThat(read(commune).unit().profile()).extracting(p -> p.authority() + " " + p.unitType() + " " + p.ownership())
        .isEqualTo("huyen ubnd-xa ");
  }

  @Test
  void aUnitTypeThatCannotBelongToTheAuthorityIsEvaluatedAsWrittenWithAWarning() throws Exception {
    Path file = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Trường THPT Lý Nhân").unit("Cấp", "huyện").unit("Loại đơn vị", "Trường THPT công lập")
        .unit("Năm đánh giá", "2025").write(dir.resolve("thpt-huyen.xlsx"));

    ReadUnit read = read(file);
    assertThat(read.unit().profile().authority() + " " + read.unit().profile().unitType()).isEqualTo("huyen thpt");
    assertThat(read.warnings().listed()).extracting(UnitReaderTest::format).contains(file
        + ", trang tính \"Đơn vị\", ô B4 (cột \"Loại đơn vị\"): cảnh báo[I320]: loại đơn vị \"Trường THPT công lập\" "
        + "(Trường trung học phổ thông) không thuộc Cấp huyện theo Điều 2 Thông tư (chỉ ở: Cấp tỉnh); dvht vẫn đánh giá "
        + "như đã ghi — kiểm tra lại ô \"Cấp\" hoặc \"Loại đơn vị\"");
  }

  @Test
  void aSchoolThatDoesNotSayPublicOrPrivateIsTakenAsPublicWithAWarning() throws Exception {
    Path file = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Tên đơn vị", "Trường Đại học Văn Lang").unit("Cấp", "tỉnh").unit("Loại đơn vị", "Trường đại học")
        .unit("Năm đánh giá", "2025").write(dir.resolve("dai-hoc.xlsx"));

    ReadUnit read = read(file);
    assertThat(read.unit().profile().ownership()).isEqualTo("cong-lap");
    assertThat(read.warnings().listed()).extracting(UnitReaderTest::format).contains(file
        + ", trang tính \"Đơn vị\", ô B4 (cột \"Loại đơn vị\"): cảnh báo[I308]: loại đơn vị \"Trường đại học\" không ghi "
        + "công lập hay ngoài công lập (tư thục, dân lập): dvht coi là Cơ sở giáo dục đại học, công lập. Đơn vị tư "
        + "thục, dân lập hãy ghi thêm \"tư thục\" hoặc \"dân lập\", vì có chỉ tiêu chỉ áp dụng cho đơn vị công lập");
  }

  @Test
  void anOwnershipTheKindCannotHaveIsAnError(@TempDir Path rules) throws Exception {
    Path ruleset = Files.writeString(rules.resolve("tinh.yaml"), """
        schema: 1
        extends: tt24
        id: tinh-thu
        unitTypes:
          - {id: gdtx, ownership: [cong-lap]}
        """);
    Ruleset onlyPublic = new RulesetLoader().resolve(ruleset.toString()).ruleset();
    Path file = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .unit("Cấp", "tỉnh").unit("Loại đơn vị", "Trung tâm GDTX tư thục").write(dir.resolve("gdtx.xlsx"));

    InputException e = catchThrowableOfType(InputException.class,
        () -> new UnitReader(onlyPublic, 2025).read(file, Optional.empty()));
    assertThat(DiagnosticFormatter.withoutSources(Messages.wording()).formatAll(e.diagnostics())).contains("lỗi[I301]: "
        + "\"Trung tâm GDTX tư thục\": Trung tâm giáo dục thường xuyên không thể là Ngoài công lập; chỉ có thể là Công lập");
  }

  @Test
  void unreadableFilesAreOneVietnameseMessageEach() throws Exception {
    Path garbage = Files.write(dir.resolve("hong.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Path empty = Files.write(dir.resolve("rong.xlsx"), new byte[0]);
    Path word = Files.write(dir.resolve("bao-cao.docx"), new byte[] {'P', 'K', 3, 4});

    assertThat(errors(garbage)).isEqualTo(garbage + ": lỗi[I103]: " + errors(garbage).split("lỗi\\[I103\\]: ")[1]);
    assertThat(errors(garbage)).contains("không đọc được như một bảng tính Excel");
    assertThat(errors(empty)).isEqualTo(empty + ": lỗi[I102]: tệp rỗng (0 byte)\n");
    assertThat(errors(dir.resolve("khong-co.xlsx"))).contains("lỗi[I101]: không tìm thấy tệp");
    assertThat(errors(word)).contains("lỗi[I100]: định dạng tệp không được hỗ trợ; cần .xlsx, .xls hoặc .csv");
  }

  @Test
  void legacyXlsReadsLikeXlsx() throws Exception {
    Workbooks book = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Không", "LĐTT", "Có").agency();
    Member fromXls = read(book.write(dir.resolve("cu.xls"))).unit().members().get(0);
    Member fromXlsx = read(book.write(dir.resolve("moi.xlsx"))).unit().members().get(0);
    assertThat(fromXls.answers()).isEqualTo(fromXlsx.answers());
  }

  @Test
  void sttOnlyAndBlankRowsAreNotMembersAndFormulasGiveTheirCachedValue() throws Exception {
    Path file = dir.resolve("cong-thuc.xlsx");
    Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "LĐTT", "Có").row(2).row().row(3)
        .agency().write(file);
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet("Thành viên");
      Row row = sheet.createRow(6);
      row.createCell(1).setCellValue("Bình");
      for (int c = 2; c <= 7; c++) {
        row.createCell(c).setCellFormula(c == 6 ? "\"LĐTT\"" : "IF(1=1,\"Có\",\"Không\")");
      }
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    List<Member> members = read(file).unit().members();
    assertThat(members).extracting(Member::name).containsExactly("An", "Bình");
    assertThat(members.get(1).answer("cong-dan-hoc-tap")).isEqualTo(new Answer.Flag(true, "Có"));
  }

  @Test
  void csvInEveryEncodingExcelWritesReadsLikeTheWorkbook() throws Exception {
    Path unit = Files.writeString(dir.resolve("don-vi.csv"), "Mục;Giá trị;Minh chứng\nTên đơn vị;Cơ quan thử;\n"
        + "Cấp;huyện;\nLoại đơn vị;Cơ quan nhà nước;\nNăm đánh giá;2025;\n");
    String body = "STT;Họ và tên;Kỷ luật lao động;Hoàn thành bồi dưỡng;Chuyển đổi số;Chứng chỉ ngoại ngữ;"
        + "Danh hiệu thi đua;Công dân học tập\n1;Nguyễn Thị Hoà;Có;Có;Không;Có;Lao động tiên tiến;Có\n"
        + "2;Đặng Văn Thuỷ;Có;Không;Có;Có;Không;Có\n";
    List<Member> expected = read(Files.writeString(dir.resolve("utf8.csv"), body), unit).unit().members();
    assertThat(expected).hasSize(2);

    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertSame(expected, concat(bom, body.getBytes(StandardCharsets.UTF_8)), "bom.csv", unit);
    assertSame(expected, body.replace(';', '\t').getBytes(StandardCharsets.UTF_8), "tab.csv", unit);
    assertSame(expected, body.replace(';', ',').getBytes(StandardCharsets.UTF_8), "phay.csv", unit);
    assertSame(expected, ExcelCsv.cp1258(body), "cp1258.csv", unit);
    assertSame(expected, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body.getBytes(StandardCharsets.UTF_16LE)),
        "utf16.csv", unit);
  }

  @Test
  void fiveThousandMembersAreCountedOneByOne() throws Exception {
    Workbooks book = Workbooks.members(HEADERS);
    for (int i = 1; i <= 5000; i++) {
      book.row(i, "Người " + i, i % 10 == 0 ? "Không" : "Có", "Có", "Có", "Có", "LĐTT", "Có");
    }
    List<Member> members = read(book.agency().write(dir.resolve("lon.xlsx"))).unit().members();
    assertThat(members).hasSize(5000);
    assertThat(members.stream().filter(m -> m.answer("ky-luat-lao-dong") instanceof Answer.Flag f && f.yes()))
        .hasSize(4500);
  }

  private void assertSame(List<Member> expected, byte[] bytes, String name, Path unit) throws Exception {
    List<Member> members = read(Files.write(dir.resolve(name), bytes), unit).unit().members();
    assertThat(members).as(name).extracting(Member::name, Member::answers)
        .containsExactlyElementsOf(expected.stream()
            .map(m -> org.assertj.core.groups.Tuple.tuple(m.name(), m.answers())).toList());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void theUnitsIdentifierIsReadFromItsSheetForTheOfficeToMatchItAcrossYears() throws Exception {
    Path file = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "", "Có").agency()
        .unit("Mã định danh", " H31.12.01 ").write(dir.resolve("ma.xlsx"));
    ReadUnit read = read(file);
    assertThat(read.unit().profile().id()).isEqualTo("H31.12.01");
    assertThat(read.warnings().listed()).noneMatch(w -> format(w).contains("Mã định danh"));
    Path without = Workbooks.members(HEADERS).row(1, "An", "Có", "Có", "Có", "Có", "", "Có").agency()
        .write(dir.resolve("khong-ma.xlsx"));
    assertThat(read(without).unit().profile().id()).isEmpty();
  }

  private static ReadUnit read(Path file) throws InputException {
    return new UnitReader(tt24, 2025).read(file, Optional.empty());
  }

  private static ReadUnit read(Path file, Path unit) throws InputException {
    return new UnitReader(tt24, 2025).read(file, Optional.of(unit));
  }

  private static String errors(Path file) {
    InputException e = catchThrowableOfType(InputException.class, () -> read(file));
    assertThat(e).as("reading %s fails", file).isNotNull();
    return DiagnosticFormatter.withoutSources(Messages.wording()).formatAll(e.diagnostics());
  }

  private static String format(Diagnostic d) {
    return DiagnosticFormatter.withoutSources(Messages.wording()).format(d);
  }

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }
}
