package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.bench.RawXlsxWriter;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Warnings;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.RulesetLoader;

/**
 * The limits that keep a unit inside the heap whatever its files hold (ADR 7): a CSV's rows and the
 * characters of one row, a sheet read whole, and data warnings counted past what is listed.
 */
class InputLimitsTest {
  private static final String UNIT = "Mục,Giá trị\nTên đơn vị,Cơ quan thử\nCấp,Cấp tỉnh\nLoại đơn vị,Cơ quan nhà nước\n"
      + "Năm đánh giá,2025\n";
  private static final String HEADER = "Họ và tên,Kỷ luật lao động,Hoàn thành bồi dưỡng,Chuyển đổi số,"
      + "Chứng chỉ ngoại ngữ,Danh hiệu thi đua,Công dân học tập\n";
  static Ruleset tt24;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    tt24 = new RulesetLoader().resolve("tt24").ruleset();
  }

  @Test
  void aCsvOfMoreRowsThanAnExcelSheetIsRefusedAtItsFirstRowPastThemUnlessAllowedLarge() throws Exception {
    Path members = dir.resolve("trieu.csv");
    try (Writer out = Files.newBufferedWriter(members, StandardCharsets.UTF_8)) {
      out.write(HEADER + "An,Có,Có,Có,Có,LĐTT,Có\n");
      // Empty lines are rows too (records of one empty cell), and cost the reader next to nothing.
      out.write("\n".repeat(CsvReader.MAX_ROWS - 1));
    }
    Path unit = Files.writeString(dir.resolve("don-vi.csv"), UNIT);

    assertThat(errors(members, unit, ReadOptions.DEFAULT)).contains("trieu.csv\", dòng 1048577: lỗi[I108]: tệp CSV có "
        + "hơn 1048576 dòng, nhiều hơn một trang tính Excel chứa được");
    long[] read = {0};
    new UnitReader(tt24, 2025).read(members, Optional.of(unit), large(), profile -> member -> read[0]++, 0);
    assertThat(read[0]).as("members read with --allow-large").isOne();
  }

  @Test
  void aCsvRowLongerThanAnyMembersIsRefusedWhereItStartsWithoutHoldingIt() throws Exception {
    Path members = Files.writeString(dir.resolve("ngoac.csv"), HEADER + "An,Có,Có,Có,Có,LĐTT,Có\n\"Bình"
        + "x".repeat(CsvRecords.MAX_ROW_CHARS + 100_000) + "\",Có,Có,Có,Có,LĐTT,Có\n");
    Path unit = Files.writeString(dir.resolve("don-vi.csv"), UNIT);

    assertThat(errors(members, unit, ReadOptions.DEFAULT)).contains("ngoac.csv\", dòng 3: lỗi[I105]: dòng bắt đầu ở "
        + "đây dài hơn 1048576 ký tự");
  }

  @Test
  void aUnitSheetOfMoreRowsThanAnyUnitHasIsRefusedInAWorkbookAndInACsv() throws Exception {
    Path book = dir.resolve("don-vi-dai.xlsx");
    RawXlsxWriter xlsx = new RawXlsxWriter(dir.resolve("parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(HEADER.strip().split(","));
      sheet.row("An", "Có", "Có", "Có", "Có", "LĐTT", "Có");
    });
    xlsx.sheet("Đơn vị", sheet -> {
      for (String line : UNIT.split("\n")) {
        sheet.row(line.split(","));
      }
      for (int i = 0; i < RawSheet.MAX_ROWS; i++) {
        sheet.row("Ghi chú", "dòng " + (i % 7));
        sheet.row();
      }
    });
    xlsx.save(book);
    assertThat(errors(book, null, ReadOptions.DEFAULT)).contains("trang tính \"Đơn vị\", dòng 19996: lỗi[I112]: "
        + "trang tính có hơn 10000 dòng có dữ liệu");

    Path members = Files.writeString(dir.resolve("mot.csv"), HEADER + "An,Có,Có,Có,Có,LĐTT,Có\n");
    Path unit = Files.writeString(dir.resolve("don-vi.csv"), UNIT + "Ghi chú,x\n".repeat(RawSheet.MAX_ROWS));
    assertThat(errors(members, unit, ReadOptions.DEFAULT)).contains("don-vi.csv\", dòng 10001: lỗi[I112]");
  }

  @Test
  void everyWarningIsCountedPastTheFirstListedOfItsCode() throws Exception {
    int members = Warnings.LISTED + 250;
    Path file = dir.resolve("sinh.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Ngày sinh," + HEADER);
      for (int i = 0; i < members; i++) {
        out.write("01/01/1890,,Có,Có,Có,Có,LĐTT,Có\n");
      }
    }
    Path unit = Files.writeString(dir.resolve("don-vi.csv"), UNIT);

    Warnings warnings = new UnitReader(tt24, 2025).read(file, Optional.of(unit)).warnings();
    assertThat(warnings.totals()).containsEntry("I220", (long) members).containsEntry("I211", (long) members);
    assertThat(warnings.listed()).filteredOn(w -> w.code().equals("I220")).hasSize(Warnings.LISTED);
    assertThat(warnings.omitted()).extracting(Warnings.Omitted::code, Warnings.Omitted::more)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("I211", 250L),
            org.assertj.core.groups.Tuple.tuple("I220", 250L));
  }

  private static ReadOptions large() {
    return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), true);
  }

  private static String errors(Path file, Path unit, ReadOptions options) throws IOException {
    InputException e = catchThrowableOfType(InputException.class,
        () -> new UnitReader(tt24, 2025).read(file, Optional.ofNullable(unit), options));
    assertThat(e).as("reading %s fails", file).isNotNull();
    return DiagnosticFormatter.withoutSources().formatAll(e.diagnostics());
  }
}
