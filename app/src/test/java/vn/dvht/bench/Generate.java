package vn.dvht.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the benchmark inputs, deterministically: {@code unit FILE N} — one provincial agency with N
 * members in the TT 24 layout of PERFORMANCE.md (STT, Họ và tên, Mã định danh, Đối tượng, four Có/Không
 * columns, Danh hiệu thi đua, Công dân học tập) and its "Đơn vị" sheet; {@code units DIR COUNT N} — COUNT
 * such units; {@code countif FILE N} — the unit plus a "Tổng hợp" sheet of COUNTIF/COUNTA formulas, as a
 * spreadsheet template computes the shares; {@code office DIR COUNT} — a provincial office of COUNT units that
 * send their member lists, with its workbook and register ({@code vn.dvht.testing.OfficeFixture});
 * {@code warnings FILE N} — the unit with three data warnings on
 * every member (a hidden row, no name, the identifier of the first member: I215, I211, I214);
 * {@code csv FILE N} — the unit's members as a UTF-8 CSV with its unit facts beside it
 * ({@code FILE} without ".csv" + "-don-vi.csv"); {@code followup DIR N} — in DIR a ruleset over tt24 with
 * {@value #EXTRA} more share indicators and a unit of N members failing every one of them, so that the
 * follow-up sheet lists more rows than an Excel sheet holds ({@value #EXTRA} × 10,001 for N ≥ 10,000).
 */
public final class Generate {
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc"};
  private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoà", "Hùng",
    "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Phúc"};
  static final String[] COLUMNS = {"STT", "Họ và tên", "Mã định danh", "Đối tượng", "Kỷ luật lao động",
    "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"};

  private Generate() {}

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "unit" -> unit(Path.of(args[1]), Integer.parseInt(args[2]), false);
      case "countif" -> unit(Path.of(args[1]), Integer.parseInt(args[2]), true);
      case "warnings" -> warnings(Path.of(args[1]), Integer.parseInt(args[2]));
      case "csv" -> csv(Path.of(args[1]), Integer.parseInt(args[2]));
      case "followup" -> followUp(Path.of(args[1]), Integer.parseInt(args[2]));
      case "units" -> {
        Path dir = Files.createDirectories(Path.of(args[1]));
        for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
          unit(dir.resolve(String.format("don-vi-%04d.xlsx", i)), Integer.parseInt(args[3]), false);
        }
      }
      case "office" -> vn.dvht.testing.OfficeFixture.generate(Path.of(args[1]), Integer.parseInt(args[2]), 2026L, true);
      default -> throw new IllegalArgumentException("unit|units|countif|office|warnings|csv|followup");
    }
  }

  public static void unit(Path file, int members, boolean countif) throws IOException {
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(COLUMNS);
      for (int i = 1; i <= members; i++) {
        sheet.row(member(i));
      }
    });
    xlsx.sheet("Đơn vị", Generate::unitSheet);
    if (countif) {
      String last = String.valueOf(members + 1);
      xlsx.sheet("Tổng hợp", sheet -> {
        sheet.row("Chỉ tiêu", "Số đạt", "Tổng số");
        String[] cols = {"E", "F", "G", "H", "J"};
        for (String col : cols) {
          sheet.row(col, "=COUNTIF('Thành viên'!" + col + "2:" + col + last + ",\"Có\")",
              "=COUNTA('Thành viên'!B2:B" + last + ")");
        }
        sheet.row("I", "=COUNTIF('Thành viên'!I2:I" + last + ",\"<>Không\")", "=COUNTA('Thành viên'!B2:B" + last + ")");
      });
    }
    xlsx.save(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".parts"));
  }

  /** The unit with three data warnings on every member: its row hidden, no name, the first member's identifier. */
  public static void warnings(Path file, int members) throws IOException {
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(COLUMNS);
      for (int i = 1; i <= members; i++) {
        String[] cells = member(i);
        cells[1] = "";
        cells[2] = "CB0000001";
        sheet.row(true, cells);
      }
    });
    xlsx.sheet("Đơn vị", Generate::unitSheet);
    xlsx.save(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".parts"));
  }

  /** The unit's members as a UTF-8 CSV, its unit facts in "…-don-vi.csv" beside it. */
  public static void csv(Path file, int members) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", COLUMNS) + "\n");
      for (int i = 1; i <= members; i++) {
        out.write(String.join(",", member(i)) + "\n");
      }
    }
    String name = file.getFileName().toString();
    Path facts = file.resolveSibling(name.substring(0, name.length() - ".csv".length()) + "-don-vi.csv");
    try (Writer out = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
      unitSheet(cells -> out.write(String.join(",", cells) + "\n"));
    }
  }

  /** The share indicators the follow-up ruleset adds to tt24. */
  static final int EXTRA = 110;

  /**
   * {@code dir/tc9.yaml}, tt24 with a criterion TC9 of {@value #EXTRA} share indicators on the members'
   * labour discipline, and {@code dir/don-vi.xlsx}, a unit of {@code members} members none of whom keeps it.
   */
  public static void followUp(Path dir, int members) throws IOException {
    Files.createDirectories(dir);
    StringBuilder yaml = new StringBuilder("schema: 1\nextends: tt24\nid: tc9\ntitle: tt24 và 110 chỉ tiêu thử\n"
        + "criteria:\n  - id: TC9\n    title: Chỉ tiêu thử\n    indicators:\n");
    for (int i = 1; i <= EXTRA; i++) {
      yaml.append("      - {id: TC9.CT").append(i).append(", short: Chỉ tiêu thử ").append(i)
          .append(", text: Chỉ tiêu thử ").append(i).append(", kind: share, population: thanh-vien, ")
          .append("test: {field: ky-luat-lao-dong}, targets: [{authority: tinh, level: muc-1, min: 90, ")
          .append("confidence: stated, citation: thử}]}\n");
    }
    Files.writeString(dir.resolve("tc9.yaml"), yaml);
    Path file = dir.resolve("don-vi.xlsx");
    RawXlsxWriter xlsx = new RawXlsxWriter(dir.resolve("parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(COLUMNS);
      for (int i = 1; i <= members; i++) {
        String[] cells = member(i);
        cells[4] = "Không";
        sheet.row(cells);
      }
    });
    xlsx.sheet("Đơn vị", Generate::unitSheet);
    xlsx.save(file);
    Files.deleteIfExists(dir.resolve("parts"));
  }

  /** Receives the rows of a sheet. */
  private interface RowSink {
    void row(String... cells) throws IOException;
  }

  static void unitSheet(RawXlsxWriter.SheetWriter sheet) throws IOException {
    unitSheet(sheet::row);
  }

  private static void unitSheet(RowSink sheet) throws IOException {
    sheet.row("Mục", "Giá trị", "Minh chứng");
    sheet.row("Tên đơn vị", "Cơ quan thử nghiệm hiệu năng", "");
    sheet.row("Cấp", "Cấp tỉnh", "");
    sheet.row("Loại đơn vị", "Cơ quan nhà nước", "");
    sheet.row("Năm đánh giá", "2025", "");
    for (String id : new String[] {"TC1.CT1", "TC1.CT2", "TC1.CT3", "TC1.CT4", "TC1.CT5", "TC3.CT2"}) {
      sheet.row(id, "Có", "Văn bản số 1");
    }
    sheet.row("TC3.CT3", "Tập thể lao động tiên tiến", "Quyết định số 2");
  }

  /** Member {@code i}'s cells, in the order of {@link #COLUMNS}. */
  static String[] member(int i) {
    return new String[] {String.valueOf(i), name(i), String.format("CB%07d", i), "Thành viên", yes(i, 23), yes(i, 29),
      yes(i, 31), i % 3 == 0 ? "Không" : "Có", i % 41 == 0 ? "Không" : i % 7 == 0 ? "CSTĐCS" : "LĐTT", yes(i, 37)};
  }

  private static String name(int i) {
    return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 80) % GIVEN.length];
  }

  /** "Có" for all but one member in {@code every}, so every indicator is met at level 1. */
  private static String yes(int i, int every) {
    return i % every == 0 ? "Không" : "Có";
  }
}
