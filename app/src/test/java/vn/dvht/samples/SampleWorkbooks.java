package vn.dvht.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates the sample unit workbooks in {@code samples/} deterministically, one per seed plan in
 * {@code ../shared/seeds/} (000, 001, 003 under TT 24; 002, 004 under TT 22). Each sample is written the way a different clerk would:
 * Có/Không words, x ticks and abbreviations, a title row above the table.
 *
 * <p>Regenerate with {@code mvn -q test -Dtest=SamplesTest -Ddvht.regenerate=true} (only changed samples are
 * rewritten); the test
 * fails when the committed files differ from what this class produces.
 */
public final class SampleWorkbooks {
  /** How a sample writes yes/no cells. */
  enum Style {
    WORDS,
    TICKS,
    DAT
  }

  /**
   * One sample: its ruleset, unit facts, member counts, the yes/no columns after STT, name and id,
   * and how many members fail each of them, then the title column, then "Công dân học tập".
   */
  record Sample(
      String file,
      String ruleset,
      long seed,
      Style style,
      int titleRows,
      List<String[]> unitRows,
      int members,
      int learners,
      String[] yesNoHeaders,
      int[] failures,
      int learnerFailures) {}

  /** The TT 24 member columns between the identity columns and the title. */
  static final String[] TT24_COLUMNS = {
    "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ"
  };

  /** The TT 22 member columns between the identity columns and the title. */
  static final String[] TT22_COLUMNS = {"Kế hoạch tự học", "Kỷ luật lao động", "Hoàn thành bồi dưỡng"};

  static List<Sample> all() {
    return List.of(
        new Sample("000-bqlkkt-an-giang.xlsx", "tt24", 2026_000L, Style.WORDS, 0, List.of(
            row("Tên đơn vị", "Ban Quản lý Khu kinh tế tỉnh An Giang", ""),
            row("Cấp", "Cấp tỉnh", ""),
            row("Loại đơn vị", "Cơ quan nhà nước", ""),
            row("Năm đánh giá", "2026", ""),
            row("TC1.CT1", "Có", "Kế hoạch số 45/KH-BQLKKT ngày 10/3/2026"),
            row("TC1.CT2", "Có", "Quy chế khuyến khích học tập ban hành kèm Quyết định 12/QĐ-BQLKKT"),
            row("TC1.CT3", "Có", "Dự toán kinh phí đào tạo, bồi dưỡng năm 2026"),
            row("TC1.CT4", "Có", "Hệ thống quản lý văn bản điện tử; 100% máy tính kết nối mạng"),
            row("TC1.CT5", "Có", "Hưởng ứng Tuần lễ học tập suốt đời 2026"),
            row("TC3.CT2", "Có", "Hội thảo chia sẻ kinh nghiệm với Sở Công Thương"),
            row("TC3.CT3", "Tập thể lao động tiên tiến", "Quyết định 88/QĐ-UBND ngày 20/12/2026")),
            48, 0, TT24_COLUMNS, new int[] {2, 3, 4, 19, 3, 4}, 0),
        new Sample("001-mn-hoa-sen.xlsx", "tt24", 2024_001L, Style.TICKS, 2, List.of(
            row("Tên đơn vị", "Trường mầm non Hoa Sen", ""),
            row("Cấp", "huyện", ""),
            row("Loại đơn vị", "Trường mầm non", ""),
            row("Năm đánh giá", "2024", ""),
            row("TC1.CT1", "Có", "Kế hoạch xây dựng Đơn vị học tập năm 2024"),
            row("TC1.CT2", "Có", "Bồi dưỡng giáo viên nhóm trẻ tư thục trên địa bàn"),
            row("TC1.CT3", "Có", "Dự toán ngân sách năm 2024"),
            row("TC1.CT4", "Có", "Phần mềm quản lý trường học; 12 máy tính cho giáo viên"),
            row("TC1.CT5", "Có", "Tham gia Tuần lễ học tập suốt đời"),
            row("TC3.CT2", "Có", "Sinh hoạt chuyên môn liên trường"),
            row("TC3.CT3", "Tập thể lao động tiên tiến", "Quyết định 301/QĐ-UBND")),
            36, 0, TT24_COLUMNS, new int[] {1, 2, 3, 19, 3, 2}, 0),
        new Sample("003-thpt-ly-nhan.xlsx", "tt24", 2025_003L, Style.DAT, 2, List.of(
            row("Tên đơn vị", "Trường THPT Lý Nhân", ""),
            row("Cấp", "Cấp tỉnh", ""),
            row("Loại đơn vị", "Trường trung học phổ thông", ""),
            row("Năm đánh giá", "2025", ""),
            row("Ngày quyết định công nhận mức độ 1", "15/03/2024", "Quyết định 512/QĐ-UBND ngày 15/3/2024"),
            row("TC1.CT1", "Có", "Kế hoạch xây dựng Đơn vị học tập cấp tỉnh năm học 2025-2026"),
            row("TC1.CT2", "Có", "Quy chế chi tiêu nội bộ, mục khuyến khích học tập"),
            row("TC1.CT3", "Có", "Dự toán kinh phí bồi dưỡng 2025"),
            row("TC1.CT4", "Có", "Kho học liệu số; phòng học thông minh"),
            row("TC1.CT5", "Có", "Hưởng ứng Tuần lễ học tập suốt đời"),
            row("TC3.CT2", "Có", "Thư viện đạt chuẩn quốc gia; chia sẻ học liệu với các trường trong cụm"),
            row("TC3.CT3", "Tập thể lao động xuất sắc", "Quyết định khen thưởng năm học 2024-2025"),
            row("TC3.CT4", "Đáp ứng tốt", "Kết quả đánh giá chuyển đổi số theo QĐ 4725")),
            70, 50, TT24_COLUMNS, new int[] {0, 2, 3, 18, 2, 3}, 1),
        new Sample("002-pnv-tan-bien.xlsx", "tt22", 2023_002L, Style.WORDS, 2, List.of(
            row("Tên đơn vị", "Phòng Nội vụ huyện Tân Biên", ""),
            row("Cấp", "Cấp huyện", ""),
            row("Loại đơn vị", "Cơ quan nhà nước", ""),
            row("Năm đánh giá", "2023", ""),
            row("TC1.CT1", "Có", "Kế hoạch số 218/KH-PNV ngày 20/3/2023"),
            row("TC1.CT2", "Có", "Quy chế khuyến khích tự học của Phòng"),
            row("TC1.CT3", "Có", "Báo cáo đầu tư nguồn lực cho học tập năm 2023"),
            row("TC3.CT2", "Tập thể lao động tiên tiến", "Quyết định khen thưởng năm 2023"),
            row("TC3.CT3", "Có", "Chia sẻ tài liệu nghiệp vụ với các xã")),
            30, 0, TT22_COLUMNS, new int[] {0, 0, 0, 1, 0}, 0),
        new Sample("004-vp-dak-glong.xlsx", "tt22", 2025_004L, Style.DAT, 0, List.of(
            row("Tên đơn vị", "Văn phòng HĐND và UBND huyện Đắk Glong", ""),
            row("Cấp", "huyện", ""),
            row("Loại đơn vị", "Cơ quan nhà nước", ""),
            row("Năm đánh giá", "2025", ""),
            row("TC1.CT1", "Có", "Kế hoạch xây dựng Đơn vị học tập năm 2025"),
            row("TC1.CT2", "Có", "Quy định động viên công chức học tập"),
            row("TC1.CT3", "8", "Tự chấm: kinh phí bồi dưỡng chưa đủ theo kế hoạch"),
            row("TC3.CT2", "Tập thể lao động tiên tiến", "Quyết định khen thưởng năm 2025"),
            row("TC3.CT3", "Có", "Tham gia sinh hoạt chuyên đề cụm")),
            40, 0, TT22_COLUMNS, new int[] {2, 0, 1, 0, 0}, 0));
  }

  /** The ruleset a sample is evaluated with, by its file name. */
  public static String rulesetOf(String file) {
    return all().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow().ruleset();
  }

  private static String[] row(String key, String value, String evidence) {
    return new String[] {key, value, evidence};
  }

  /** The sample also exported as CSV, as Excel on Vietnamese Windows saves it ("CSV UTF-8", ";"). */
  static final String CSV_SAMPLE = "001-mn-hoa-sen.xlsx";

  /** Writes every sample into {@code dir}, and the CSV export of {@link #CSV_SAMPLE} into {@code dir/csv}. */
  public static void writeAll(Path dir) throws IOException {
    for (Sample sample : all()) {
      write(sample, dir.resolve(sample.file()));
    }
    Path csv = Files.createDirectories(dir.resolve("csv"));
    String stem = CSV_SAMPLE.replace(".xlsx", "");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve(CSV_SAMPLE)))) {
      exportCsv(workbook.getSheet("Thành viên"), csv.resolve(stem + ".csv"));
      exportCsv(workbook.getSheet("Đơn vị"), csv.resolve(stem + "-don-vi.csv"));
    }
  }

  /** A sheet as UTF-8 CSV with a BOM and ";" between cells, quoting cells that need it. */
  private static void exportCsv(Sheet sheet, Path target) throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      int last = row == null ? 0 : row.getLastCellNum();
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < last; c++) {
        String value = row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
        cells.add(value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
      }
      text.append(String.join(";", cells)).append("\r\n");
    }
    Files.writeString(target, text, java.nio.charset.StandardCharsets.UTF_8);
  }

  static void write(Sample sample, Path target) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
      members(workbook.createSheet("Thành viên"), sample);
      Sheet unit = workbook.createSheet("Đơn vị");
      cells(unit.createRow(0), "Mục", "Giá trị", "Minh chứng");
      for (int i = 0; i < sample.unitRows().size(); i++) {
        cells(unit.createRow(i + 1), sample.unitRows().get(i));
      }
      unit.setColumnWidth(0, 36 * 256);
      unit.setColumnWidth(1, 30 * 256);
      unit.setColumnWidth(2, 60 * 256);
      workbook.getProperties().getCoreProperties().setCreated(
          java.util.Optional.of(new java.util.Date(1_735_689_600_000L)));
      workbook.write(out);
    }
  }

  private static void members(Sheet sheet, Sample sample) {
    Random random = new Random(sample.seed());
    int r = 0;
    if (sample.titleRows() > 0) {
      cells(sheet.createRow(r++), "DANH SÁCH THÀNH VIÊN ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP");
      r = sample.titleRows();
    }
    List<String> header = new ArrayList<>(List.of("STT", "Họ và tên", "Mã định danh"));
    if (sample.learners() > 0) {
      header.add("Đối tượng");
    }
    header.addAll(List.of(sample.yesNoHeaders()));
    header.add(sample.style() == Style.TICKS ? "Danh hiệu" : "Danh hiệu thi đua");
    header.add("Công dân học tập");
    cells(sheet.createRow(r++), header.toArray(String[]::new));
    int columns = sample.yesNoHeaders().length;
    boolean[][] fails = new boolean[columns + 2][];
    for (int f = 0; f < columns + 2; f++) {
      fails[f] = pick(random, sample.members(), sample.failures()[f]);
    }
    Names names = new Names(random);
    for (int m = 0; m < sample.members(); m++) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1), names.next(), id(sample, m)));
      if (sample.learners() > 0) {
        row.add(m % 9 == 0 ? "Nhân viên" : "Giáo viên");
      }
      for (int f = 0; f < columns; f++) {
        row.add(yesNo(sample.style(), !fails[f][m]));
      }
      row.add(title(sample.style(), !fails[columns][m], random));
      row.add(yesNo(sample.style(), !fails[columns + 1][m]));
      cells(sheet.createRow(r++), row.toArray(String[]::new));
    }
    boolean[] learnerFails = pick(random, sample.learners(), sample.learnerFailures());
    for (int l = 0; l < sample.learners(); l++) {
      cells(sheet.createRow(r++), String.valueOf(sample.members() + l + 1), names.next(),
          "HS" + String.format("%04d", 1001 + l), "Học sinh", "", "", "", "", "",
          yesNo(sample.style(), !learnerFails[l]));
    }
    sheet.setColumnWidth(1, 28 * 256);
    for (int c = 2; c < header.size(); c++) {
      sheet.setColumnWidth(c, 18 * 256);
    }
  }

  private static String id(Sample sample, int m) {
    return sample.style() == Style.TICKS ? "" : "CB" + String.format("%04d", 101 + m);
  }

  private static String yesNo(Style style, boolean yes) {
    switch (style) {
      case TICKS:
        return yes ? "x" : "";
      case DAT:
        return yes ? "Đạt" : "Không đạt";
      default:
        return yes ? "Có" : "Không";
    }
  }

  private static String title(Style style, boolean has, Random random) {
    if (!has) {
      return style == Style.TICKS ? "" : "Không";
    }
    int roll = random.nextInt(10);
    if (style == Style.TICKS) {
      return roll == 0 ? "CSTĐCS" : "LĐTT";
    }
    return roll == 0 ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến";
  }

  /** Exactly {@code count} of {@code size} positions chosen, reproducibly. */
  private static boolean[] pick(Random random, int size, int count) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    boolean[] picked = new boolean[size];
    for (int i = 0; i < count; i++) {
      picked[order.get(i)] = true;
    }
    return picked;
  }

  private static void cells(Row row, String... values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }

  /** Plausible Vietnamese full names, reproducible from the seed. */
  private static final class Names {
    private static final String[] FAMILY = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
      "Dương", "Lý"
    };
    private static final String[] MIDDLE = {
      "Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Hoài", "Kim", "Xuân", "Bảo", "Như"
    };
    private static final String[] GIVEN = {
      "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoà", "Hùng", "Hương", "Khánh", "Lan",
      "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Nhung", "Phúc", "Phương", "Quân", "Quỳnh", "Sơn", "Tâm",
      "Thảo", "Thuỷ", "Trang", "Trung", "Tuấn", "Uyên", "Vy", "Yến"
    };
    private final Random random;

    Names(Random random) {
      this.random = random;
    }

    String next() {
      return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
          + GIVEN[random.nextInt(GIVEN.length)];
    }
  }
}
