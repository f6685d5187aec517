package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Messages;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.model.Answer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.Workbooks;

/** The odd files: unaccented headers, hand-mapped columns, chosen sheets, forced encodings, passwords. */
class ReadOptionsTest {
  static Ruleset tt24;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    tt24 = new RulesetLoader().resolve("tt24").ruleset();
  }

  @Test
  void headersWithoutAccentsMatchWhenUnambiguous() throws Exception {
    Path file = Workbooks.members("Ho va ten", "Ky luat lao dong", "Hoan thanh boi duong", "Chuyen doi so",
            "Chung chi ngoai ngu", "Danh hieu thi dua", "Cong dan hoc tap")
        .row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có").agency().write(dir.resolve("khong-dau.xlsx"));
    ReadUnit read = read(file, ReadOptions.DEFAULT);
    assertThat(read.unit().members()).hasSize(1);
    assertThat(read.layout().columns()).filteredOn(c -> c.header().equals("Kỷ luật lao động"))
        .singleElement().satisfies(c -> assertThat(vn.dvht.diag.Wording.of("vi").text(c.how())).isEqualTo("viết không dấu"));
  }

  @Test
  void columnsCanBeMappedByHandByLetterOrHeader() throws Exception {
    Path file = Workbooks.members("Họ và tên", "KLLĐ", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ",
            "Danh hiệu thi đua", "Ghi chú CDHT")
        .row("An", "Không", "Có", "Có", "Có", "LĐTT", "Có").agency().write(dir.resolve("la.xlsx"));
    ReadOptions map = new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of("Kỷ luật lao động", "Cột B", "cong-dan-hoc-tap", "Ghi chú CDHT"), false);
    ReadUnit read = read(file, map);
    assertThat(read.unit().members().get(0).answer("ky-luat-lao-dong")).isEqualTo(new Answer.Flag(false, "Không"));
    assertThat(read.unit().members().get(0).answer("cong-dan-hoc-tap")).isEqualTo(new Answer.Flag(true, "Có"));

    ReadOptions wrong = new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of("Kỷ luật", "Z9"), false);
    assertThat(errors(file, wrong)).contains("lỗi[I204]: --map: không có cột dữ liệu \"Kỷ luật\" trong bộ tiêu chí");
  }

  @Test
  void aSheetCanBeChosenByNameAndHiddenSheetsAndRowsAreReported() throws Exception {
    Path file = Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
            "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có").row("Bình", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .sheetName("Năm 2025").agency().write(dir.resolve("nhieu-trang.xlsx"));
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      workbook.getSheet("Năm 2025").getRow(2).setZeroHeight(true);
      workbook.setSheetHidden(workbook.getSheetIndex("Năm 2025"), true);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    ReadOptions named = new ReadOptions(Optional.of("năm 2025"), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of(), false);
    ReadUnit read = read(file, named);
    assertThat(read.unit().members()).hasSize(2);
    assertThat(read.warnings().listed()).extracting(d -> d.code()).contains("I109", "I215");
    ReadOptions missing = new ReadOptions(Optional.of("Năm 2024"), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of(), false);
    assertThat(errors(file, missing)).contains("không có trang tính \"Năm 2024\"; các trang có: Năm 2025, Đơn vị");
  }

  @Test
  void encodingAndDelimiterCanBeForced() throws Exception {
    Path unit = Files.writeString(dir.resolve("dv.csv"), "Mục|Giá trị\nCấp|huyện\nLoại đơn vị|Cơ quan nhà nước\n");
    String body = "Họ và tên|Kỷ luật lao động|Hoàn thành bồi dưỡng|Chuyển đổi số|Chứng chỉ ngoại ngữ|"
        + "Danh hiệu thi đua|Công dân học tập\nĐặng Thị Hoà|Có|Có|Có|Không|LĐTT|Có\n";
    Path members = Files.write(dir.resolve("tv.csv"), body.getBytes(Charset.forName("UTF-16LE")));
    ReadOptions forced = new ReadOptions(Optional.empty(), Optional.of(Charset.forName("UTF-16LE")),
        Optional.of('|'), Optional.empty(), Map.of(), false);
    Path unitUtf16 = Files.write(dir.resolve("dv16.csv"),
        Files.readString(unit).getBytes(Charset.forName("UTF-16LE")));
    ReadUnit read = new UnitReader(tt24, 2025).read(members, Optional.of(unitUtf16), forced);
    assertThat(read.unit().members().get(0).name()).isEqualTo("Đặng Thị Hoà");
    assertThat(vn.dvht.diag.Wording.of("vi").text(read.layout().format())).isEqualTo("CSV, mã UTF-16LE, phân cách \"|\"");
  }

  @Test
  void textTypedInALegacyFontGetsTheUnikeyHint() throws Exception {
    Path file = Files.writeString(dir.resolve("tcvn3.csv"), "STT;Hä vµ tªn;Kû luËt lao ®éng\n1;NguyÔn V¨n An;Cã\n",
        StandardCharsets.UTF_8);
    Path unit = Files.writeString(dir.resolve("dv.csv"), "Mục;Giá trị\nCấp;huyện\nLoại đơn vị;Cơ quan nhà nước\n");
    InputException e = catchThrowableOfType(InputException.class,
        () -> new UnitReader(tt24, 2025).read(file, Optional.of(unit)));
    assertThat(DiagnosticFormatter.withoutSources(Messages.wording()).formatAll(e.diagnostics()))
        .contains("TCVN3 (ABC) hoặc VNI", "Unikey");
  }

  @Test
  void aRepeatedIdentifierIsAWarningNamingBothRows() throws Exception {
    Path file = Workbooks.members("Họ và tên", "Mã định danh", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
            "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("An", "CB01", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .row("An (nhập lại)", "cb01", "Có", "Có", "Có", "Có", "LĐTT", "Có").agency().write(dir.resolve("trung.xlsx"));
    assertThat(read(file, ReadOptions.DEFAULT).warnings().listed()).singleElement()
        .satisfies(w -> assertThat(DiagnosticFormatter.withoutSources(Messages.wording()).format(w))
            .endsWith("dòng 3: cảnh báo[I214]: mã định danh \"cb01\" trùng với dòng 2"));
  }

  @Test
  void theSameNameAndBirthDateTwiceIsAWarningAndAnUnreadableBirthDateIsNamed() throws Exception {
    Path file = Workbooks.members("Họ và tên", "Ngày sinh", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
            "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("Lê Thị Hoà", "15/03/1985", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .row("Lê Thị Hòa", "31121", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .row("Lê Thị Hoà", "ngày 16 tháng 3 năm 1985", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .row("Trần An", "năm 1985", "Có", "Có", "Có", "Có", "LĐTT", "Có").agency().write(dir.resolve("trung.xlsx"));
    assertThat(read(file, ReadOptions.DEFAULT).warnings().listed()).map(w -> DiagnosticFormatter.withoutSources(Messages.wording()).format(w)
            .replaceFirst("^.*trung.xlsx, ", "")).containsExactly(
            "trang tính \"Thành viên\", dòng 3: cảnh báo[I219]: họ tên \"Lê Thị Hòa\" và ngày sinh 15/03/1985"
                + " trùng với dòng 2: có thể một người được kê hai lần",
            "trang tính \"Thành viên\", ô B5 (cột \"Ngày sinh\"): cảnh báo[I218]: không đọc được ngày sinh"
                + " \"năm 1985\"; cần dạng dd/mm/yyyy (ví dụ 15/03/1985) — chỉ dùng để tìm người bị kê trùng");
  }

  @Test
  void aTwoRowHeaderWithAGroupTitleOverItsSubHeadersIsRead() throws Exception {
    Path file = Workbooks.members("STT", "Họ và tên", "Tiêu chí 2: Học tập của thành viên", "", "", "",
            "Danh hiệu thi đua", "Công dân học tập")
        .row("", "", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "", "")
        .row(1, "An", "Có", "Có", "Có", "Không", "LĐTT", "Có")
        .row(2, "Bình", "Có", "Không", "Có", "Có", "CSTĐCS", "Có").agency().write(dir.resolve("hai-dong.xlsx"));
    ReadUnit read = read(file, ReadOptions.DEFAULT);
    assertThat(read.unit().members()).extracting(Member::name).containsExactly("An", "Bình");
    assertThat(read.unit().members().get(1).answer("hoan-thanh-boi-duong")).isEqualTo(new Answer.Flag(false, "Không"));
    assertThat(read.layout().headerRow()).isEqualTo(2);
    assertThat(read.warnings().listed()).isEmpty();
  }

  @Test
  void aSerialDayInAGeneralCellCountsFromTheWorkbooksDateSystem() throws Exception {
    for (boolean date1904 : new boolean[] {false, true}) {
      Path file = dir.resolve("ngay-" + date1904 + ".xlsx");
      Workbooks.members("Họ và tên", "Ngày sinh", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
              "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
          .row("An", "31121", "Có", "Có", "Có", "Có", "LĐTT", "Có").row("An", "15/03/1985", "Có", "Có", "Có", "Có",
              "LĐTT", "Có")
          .agency().unit("Ngày quyết định công nhận mức độ 1", "43904").write(file);
      if (date1904) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
          var ct = workbook.getCTWorkbook();
          (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
          try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
          }
        }
      }
      ReadUnit read = read(file, ReadOptions.DEFAULT);
      LocalDate decision = ((Answer.Date) read.unit().facts().get("ngay-qd-muc-1").answer()).value();
      assertThat(decision).isEqualTo(date1904 ? LocalDate.of(2024, 3, 15) : LocalDate.of(2020, 3, 14));
      assertThat(read.warnings().listed()).as("1985-03-15 is the same person only in the 1900 system")
          .hasSize(date1904 ? 0 : 1);
    }
  }

  @Test
  void anEncryptedWorkbookOpensWithItsPassword() throws Exception {
    Path plain = Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
            "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có").agency().write(dir.resolve("ro.xlsx"));
    Path locked = dir.resolve("khoa.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("matkhau");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(errors(locked, ReadOptions.DEFAULT)).contains("lỗi[I104]: tệp Excel có mật khẩu: chạy lại với --password");
    ReadOptions wrong = new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("sai"),
        Map.of(), false);
    assertThat(errors(locked, wrong)).contains("mật khẩu không đúng");
    ReadOptions right = new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("matkhau"),
        Map.of(), false);
    assertThat(read(locked, right).unit().members()).hasSize(1);
  }

  private static ReadUnit read(Path file, ReadOptions options) throws InputException {
    return new UnitReader(tt24, 2025).read(file, Optional.empty(), options);
  }

  private static String errors(Path file, ReadOptions options) {
    InputException e = catchThrowableOfType(InputException.class, () -> read(file, options));
    assertThat(e).isNotNull();
    return DiagnosticFormatter.withoutSources(Messages.wording()).formatAll(e.diagnostics());
  }
}
