package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.bench.RawXlsxWriter;

/**
 * A provincial education office's year, generated deterministically: the units' submissions (member
 * lists, dvht's JSON results, summary workbooks, one summary edited by hand), the office's workbook
 * (a council of seven) and its register of earlier decisions, with the cases the law singles out —
 * a level-2 request 8 months after the level-1 decision, a lapsed recognition asked again, one still
 * recognised, one lapsed and silent, a yes without evidence.
 *
 * <pre>{@code
 * OfficeFixture office = OfficeFixture.generate(dir, 300, 2026L);
 * CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(), …);
 * }</pre>
 */
public record OfficeFixture(Path submissions, Path setup, Path register, List<Unit> units) {
  /** The assessment year of every unit. */
  public static final int YEAR = 2025;

  /** What a unit's data reach: level 2, level 1 only, nothing. */
  public enum Shape { LEVEL_2, LEVEL_1, FAILS }

  /** What a unit sends. */
  public enum Sends { MEMBERS, JSON, WORKBOOK, MEMBERS_AND_WORKBOOK, EDITED_WORKBOOK }

  /** One unit: its name, type as written, shape, files, a yes without evidence, its level-1 date as typed. */
  public record Unit(String name, String type, Shape shape, Sends sends, boolean noEvidence, String typedLevelOne,
      String file) {}

  /** A register row: the unit, its level, the decision's number and date. */
  record Decision(String id, String name, String type, int level, String number, String date) {}

  private static final String[][] TYPES = {
    {"Trường THPT", "Trường trung học phổ thông"}, {"Sở", "Cơ quan nhà nước"}, {"Trung tâm Văn hóa", "Đơn vị sự nghiệp"},
    {"Hội", "Hội"}, {"Công ty TNHH", "Doanh nghiệp"}};
  private static final String[] PLACES = {"An Bình", "Bắc Sơn", "Cẩm Giang", "Đông Hải", "Gia Lộc", "Hòa An", "Kim Đồng",
    "Lạc Thủy", "Minh Khai", "Nam Sách", "Phú Xuyên", "Quảng Bá", "Sông Mã", "Tân Kỳ", "Yên Lạc"};

  /** Generates {@code count} units (six of them the register's cases) under {@code dir}. */
  public static OfficeFixture generate(Path dir, int count, long seed) throws IOException {
    return generate(dir, count, seed, false);
  }

  /**
   * Generates {@code count} units under {@code dir}; with {@code membersOnly} every unit sends its member list
   * (the benchmark: from member files to the whole dossier).
   */
  public static OfficeFixture generate(Path dir, int count, long seed, boolean membersOnly) throws IOException {
    Random random = new Random(seed);
    Path submissions = Files.createDirectories(dir.resolve("ho-so-don-vi"));
    Path staging = Files.createDirectories(dir.resolve("dvht-cua-don-vi"));
    List<Unit> units = new ArrayList<>(cases());
    List<Decision> decisions = new ArrayList<>(caseDecisions());
    for (int i = units.size(); i < count; i++) {
      String[] type = TYPES[i % TYPES.length];
      String name = type[0] + " " + PLACES[i % PLACES.length] + " số " + String.format("%03d", i + 1);
      int r = random.nextInt(100);
      Shape shape = r < 62 ? Shape.LEVEL_2 : r < 82 ? Shape.LEVEL_1 : Shape.FAILS;
      int s = random.nextInt(100);
      Sends sends = membersOnly || s < 72 ? Sends.MEMBERS : s < 84 ? Sends.JSON : s < 92 ? Sends.WORKBOOK
          : Sends.MEMBERS_AND_WORKBOOK;
      boolean noEvidence = i % 41 == 7;
      units.add(new Unit(name, type[1], shape, sends, noEvidence, "", file(i + 1)));
      if (shape == Shape.LEVEL_2 && random.nextInt(100) < 60) {
        decisions.add(new Decision(i % 3 == 0 ? String.format("DV%04d", i + 1) : "", name, type[1], 1,
            (10 + i) + "/QĐ-UBND", "1" + (i % 9 + 1) + "/02/" + (2022 + i % 3)));
      }
    }
    if (!membersOnly) {
      units.add(new Unit("Trung tâm Văn hóa Sửa Tay", "Đơn vị sự nghiệp", Shape.FAILS, Sends.EDITED_WORKBOOK, false, "",
          file(count + 1)));
    } else {
      units.replaceAll(u -> u.sends() == Sends.MEMBERS ? u : new Unit(u.name(), u.type(), u.shape(), Sends.MEMBERS,
          u.noEvidence(), u.typedLevelOne(), u.file()));
    }
    for (Unit unit : units) {
      Path members = (unit.sends() == Sends.MEMBERS || unit.sends() == Sends.MEMBERS_AND_WORKBOOK ? submissions : staging)
          .resolve(unit.file() + ".xlsx");
      write(unit, members);
    }
    if (units.stream().anyMatch(u -> u.sends() != Sends.MEMBERS)) {
      Results.make(staging, submissions, units);
    }
    Path setup = OfficeWorkbooks.setup(dir.resolve("hoi-dong.xlsx"), 7);
    Path register = OfficeWorkbooks.register(dir.resolve("so-theo-doi.xlsx"), decisions);
    return new OfficeFixture(submissions, setup, register, units);
  }

  static String file(int n) {
    return String.format("don-vi-%04d", n);
  }

  /** The units the register singles out, first in the folder. */
  private static List<Unit> cases() {
    return List.of(
        new Unit("Trường THPT Tám Tháng", "Trường trung học phổ thông", Shape.LEVEL_2, Sends.MEMBERS, false, "",
            file(1)),
        new Unit("Sở Hết Hạn", "Cơ quan nhà nước", Shape.LEVEL_2, Sends.MEMBERS, false, "10/02/2021", file(2)),
        new Unit("Trung tâm Văn hóa Còn Hạn", "Đơn vị sự nghiệp", Shape.LEVEL_2, Sends.JSON, false, "", file(3)),
        new Unit("Trường THPT Nâng Mức", "Trường trung học phổ thông", Shape.LEVEL_2, Sends.WORKBOOK, false, "", file(4)),
        new Unit("Trường THPT Lệch Ngày", "Trường trung học phổ thông", Shape.LEVEL_2, Sends.MEMBERS, false, "01/01/2024",
            file(5)),
        new Unit("Sở Thiếu Minh Chứng", "Cơ quan nhà nước", Shape.LEVEL_2, Sends.MEMBERS, true, "", file(6)));
  }

  private static List<Decision> caseDecisions() {
    return List.of(
        new Decision("", "Trường THPT Tám Tháng", "Trường trung học phổ thông", 1, "45/QĐ-UBND", "15/05/2025"),
        new Decision("DV0002", "Sở Hết Hạn", "Cơ quan nhà nước", 1, "12/QĐ-UBND", "10/02/2021"),
        new Decision("", "Trung tâm Văn hóa Còn Hạn", "Đơn vị sự nghiệp", 1, "20/QĐ-UBND", "12/02/2022"),
        new Decision("", "Trung tâm Văn hóa Còn Hạn", "Đơn vị sự nghiệp", 2, "31/QĐ-UBND", "10/02/2024"),
        new Decision("", "Trường THPT Nâng Mức", "Trường trung học phổ thông", 1, "33/QĐ-UBND", "10/02/2024"),
        new Decision("", "Trường THPT Lệch Ngày", "Trường trung học phổ thông", 1, "40/QĐ-UBND", "20/03/2025"),
        new Decision("", "Sở Thiếu Minh Chứng", "Cơ quan nhà nước", 1, "21/QĐ-UBND", "14/02/2023"),
        new Decision("DV9001", "Ban Quản lý Không Nộp", "Cơ quan nhà nước", 1, "8/QĐ-UBND", "10/02/2020"),
        new Decision("", "Hội Còn Hạn Không Nộp", "Hội", 1, "9/QĐ-UBND", "10/02/2025"));
  }

  /**
   * The identifiers two cases' unit sheets give ("Mã định danh"): one the register holds too (matched by it),
   * one it does not (its register row has none: matched by name).
   */
  private static final java.util.Map<String, String> CASE_IDS = java.util.Map.of("Sở Hết Hạn", "DV0002",
      "Trường THPT Tám Tháng", "DV0001");

  private static void write(Unit unit, Path file) throws IOException {
    boolean school = unit.type().startsWith("Trường");
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row("STT", "Họ và tên", "Mã định danh", "Đối tượng", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
          "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập");
      int members = 40 + Math.abs(unit.name().hashCode() % 40);
      int discipline = unit.shape() == Shape.LEVEL_2 ? 40 : unit.shape() == Shape.LEVEL_1 ? 12 : 6;
      for (int i = 1; i <= members; i++) {
        sheet.row(String.valueOf(i), "Người " + i, String.format("CB%05d", i), "Thành viên", yes(i, discipline),
            yes(i, 40), yes(i, 40), i % 5 == 0 ? "Không" : "Có", i % 40 == 0 ? "Không" : "LĐTT", yes(i, 40));
      }
      for (int i = 1; school && i <= 60; i++) {
        sheet.row(String.valueOf(members + i), "Học sinh " + i, String.format("HS%05d", i), "Học sinh", "", "", "", "",
            "", yes(i, 40));
      }
    });
    xlsx.sheet("Đơn vị", sheet -> {
      sheet.row("Mục", "Giá trị", "Minh chứng");
      sheet.row("Tên đơn vị", unit.name(), "");
      if (CASE_IDS.containsKey(unit.name())) {
        sheet.row("Mã định danh", CASE_IDS.get(unit.name()), "");
      }
      sheet.row("Cấp", "Cấp tỉnh", "");
      sheet.row("Loại đơn vị", unit.type(), "");
      sheet.row("Năm đánh giá", String.valueOf(YEAR), "");
      for (String id : new String[] {"TC1.CT1", "TC1.CT2", "TC1.CT3", "TC1.CT4", "TC1.CT5", "TC3.CT2"}) {
        sheet.row(id, "Có", unit.noEvidence() && id.equals("TC1.CT1") ? "" : "Văn bản số " + id.substring(2));
      }
      sheet.row("TC3.CT3", "Tập thể lao động xuất sắc", "Quyết định khen thưởng số 7");
      if (school) {
        sheet.row("TC3.CT4", "Đáp ứng tốt", "Kết quả đánh giá chuyển đổi số số 3");
      }
      if (!unit.typedLevelOne().isEmpty()) {
        sheet.row("Ngày quyết định công nhận mức độ 1", unit.typedLevelOne(), "");
      }
      sheet.row("Cơ quan chủ quản", "Ủy ban nhân dân tỉnh Hà Nam", "");
    });
    xlsx.save(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".parts"));
  }

  /** "Có" for all but one in {@code every}. */
  private static String yes(int i, int every) {
    return i % every == 0 ? "Không" : "Có";
  }

  /** The units that send dvht's results: evaluated in one batch, their results copied in, one summary edited. */
  public static final class Results {
    private Results() {}

    static void make(Path staging, Path submissions, List<Unit> units) throws IOException {
      Path out = staging.resolve("ket-qua");
      List<String> args = new ArrayList<>(List.of("evaluate", "--ruleset", "tt24", "--report", "json", "--out",
          out.toString(), "--quiet", "--date", "2026-01-10"));
      units.stream().filter(u -> u.sends() != Sends.MEMBERS).forEach(u -> args.add(
          (u.sends() == Sends.MEMBERS_AND_WORKBOOK ? submissions : staging).resolve(u.file() + ".xlsx").toString()));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      if (run.code() != 0) {
        throw new IllegalStateException(run.err());
      }
      for (Unit u : units) {
        Path json = out.resolve(u.file() + "-bao-cao.json");
        Path workbook = out.resolve(u.file() + "-ket-qua.xlsx");
        switch (u.sends()) {
          case JSON -> Files.copy(json, submissions.resolve(u.file() + ".json"), StandardCopyOption.REPLACE_EXISTING);
          case WORKBOOK, MEMBERS_AND_WORKBOOK -> Files.copy(workbook, submissions.resolve(u.file() + "-ket-qua.xlsx"),
              StandardCopyOption.REPLACE_EXISTING);
          case EDITED_WORKBOOK -> edit(workbook, submissions.resolve(u.file() + "-ket-qua.xlsx"));
          default -> { }
        }
      }
    }

    /** The summary as a clerk would doctor it in Excel: TC2.CT1 made "Đạt" with every member counted as met. */
    public static void edit(Path from, Path to) throws IOException {
      edit(from, to, 0);
    }

    /** The summary with TC2.CT1's count typed over: {@code below} fewer than every member, and "Đạt". */
    public static void edit(Path from, Path to, int below) throws IOException {
      try (InputStream in = Files.newInputStream(from); XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet summary = book.getSheet("Tổng hợp");
        for (Row row : summary) {
          Cell indicator = row.getCell(2);
          if (indicator != null && indicator.getStringCellValue().startsWith("TC2.CT1.")) {
            retype(row, 5).setCellValue(row.getCell(6).getNumericCellValue() - below);
            retype(row, 8).setCellValue("Đạt");
          }
        }
        try (OutputStream out = Files.newOutputStream(to)) {
          book.write(out);
        }
      }
    }

    /** The cell typed over, as Excel replaces a cell's value (POI cannot overwrite an inline string in place). */
    private static Cell retype(Row row, int column) {
      Cell old = row.getCell(column);
      var style = old.getCellStyle();
      row.removeCell(old);
      Cell cell = row.createCell(column);
      cell.setCellStyle(style);
      return cell;
    }
  }
}
