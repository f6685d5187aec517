package vn.dvht.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the benchmark inputs, deterministically: {@code unit FILE N} — one provincial agency with N
 * members in the TT 24 layout of PERFORMANCE.md (STT, Họ và tên, Mã định danh, Đối tượng, four Có/Không
 * columns, Danh hiệu thi đua, Công dân học tập) and its "Đơn vị" sheet; {@code units DIR COUNT N} — COUNT
 * such units; {@code countif FILE N} — the unit plus a "Tổng hợp" sheet of COUNTIF/COUNTA formulas, as a
 * spreadsheet template computes the shares; {@code office DIR COUNT} — a provincial office of COUNT units that
 * send their member lists, with its workbook and register ({@code vn.dvht.testing.OfficeFixture}).
 */
public final class Generate {
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc"};
  private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoà", "Hùng",
    "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Phúc"};
  private static final String[] COLUMNS = {"STT", "Họ và tên", "Mã định danh", "Đối tượng", "Kỷ luật lao động",
    "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"};

  private Generate() {}

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "unit" -> unit(Path.of(args[1]), Integer.parseInt(args[2]), false);
      case "countif" -> unit(Path.of(args[1]), Integer.parseInt(args[2]), true);
      case "units" -> {
        Path dir = Files.createDirectories(Path.of(args[1]));
        for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
          unit(dir.resolve(String.format("don-vi-%04d.xlsx", i)), Integer.parseInt(args[3]), false);
        }
      }
      case "office" -> vn.dvht.testing.OfficeFixture.generate(Path.of(args[1]), Integer.parseInt(args[2]), 2026L, true);
      default -> throw new IllegalArgumentException("unit|units|countif|office");
    }
  }

  public static void unit(Path file, int members, boolean countif) throws IOException {
    RawXlsxWriter xlsx = new RawXlsxWriter(file.resolveSibling(file.getFileName() + ".parts"));
    xlsx.sheet("Thành viên", sheet -> {
      sheet.row(COLUMNS);
      for (int i = 1; i <= members; i++) {
        sheet.row(String.valueOf(i), name(i), String.format("CB%07d", i), "Thành viên", yes(i, 23), yes(i, 29),
            yes(i, 31), i % 3 == 0 ? "Không" : "Có", i % 41 == 0 ? "Không" : i % 7 == 0 ? "CSTĐCS" : "LĐTT", yes(i, 37));
      }
    });
    xlsx.sheet("Đơn vị", sheet -> {
      sheet.row("Mục", "Giá trị", "Minh chứng");
      sheet.row("Tên đơn vị", "Cơ quan thử nghiệm hiệu năng", "");
      sheet.row("Cấp", "Cấp tỉnh", "");
      sheet.row("Loại đơn vị", "Cơ quan nhà nước", "");
      sheet.row("Năm đánh giá", "2025", "");
      for (String id : new String[] {"TC1.CT1", "TC1.CT2", "TC1.CT3", "TC1.CT4", "TC1.CT5", "TC3.CT2"}) {
        sheet.row(id, "Có", "Văn bản số 1");
      }
      sheet.row("TC3.CT3", "Tập thể lao động tiên tiến", "Quyết định số 2");
    });
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

  private static String name(int i) {
    return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 80) % GIVEN.length];
  }

  /** "Có" for all but one member in {@code every}, so every indicator is met at level 1. */
  private static String yes(int i, int every) {
    return i % every == 0 ? "Không" : "Có";
  }
}
