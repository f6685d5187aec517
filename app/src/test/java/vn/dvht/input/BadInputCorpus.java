package vn.dvht.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.dvht.testing.Workbooks;

/**
 * Builds the bad-input corpus in {@code app/src/test/resources/bad-input/}: one small unit (a
 * district state agency assessed in 2025, four members) written in every way a clerk's file can go
 * wrong, plus files that look wrong but must be accepted. Everything but the encrypted workbook and
 * the .xls (POI, salted or stamped) comes out byte-identical on every run.
 *
 * <p>Rebuild with {@code mvn -q test -pl app -Dtest=BadInputCorpusTest -Ddvht.regenerate=true}; the
 * expectations live in {@code expected.tsv} beside the files.
 */
final class BadInputCorpus {
  static final String PASSWORD = "dvht";

  static final List<String> HEADERS = List.of("Họ và tên", "Mã định danh", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
      "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập");

  /** Four members: 3/4 keep discipline, 3/4 trained, 3/4 digital, 2/4 languages, 3/4 learning citizens. */
  static final List<List<String>> MEMBERS = List.of(
      List.of("Nguyễn Văn An", "CB01", "Có", "Có", "Có", "Có", "Lao động tiên tiến", "Có"),
      List.of("Trần Thị Bình", "CB02", "Có", "Có", "Không", "Có", "Lao động tiên tiến", "Có"),
      List.of("Lê Minh Chi", "CB03", "Có", "Không", "Có", "Không", "Lao động tiên tiến", "Có"),
      List.of("Phạm Quốc Dũng", "CB04", "Không", "Có", "Có", "Không", "Không", "Không"));

  static final List<List<String>> UNIT = List.of(
      List.of("Mục", "Giá trị", "Minh chứng"),
      List.of("Tên đơn vị", "Cơ quan thử", ""),
      List.of("Cấp", "huyện", ""),
      List.of("Loại đơn vị", "Cơ quan nhà nước", ""),
      List.of("Năm đánh giá", "2025", ""),
      List.of("TC1.CT1", "Có", ""), List.of("TC1.CT2", "Có", ""), List.of("TC1.CT3", "Có", ""),
      List.of("TC1.CT4", "Có", ""), List.of("TC1.CT5", "Có", ""), List.of("TC3.CT2", "Có", ""),
      List.of("TC3.CT3", "Tập thể lao động tiên tiến", ""));

  /** The TCVN3 (ABC font) spelling of the headers, as Unicode reads the font's bytes. */
  static final List<String> TCVN3_HEADERS = List.of("Hä vµ tªn", "M· ®Þnh danh", "Kû luËt lao ®éng",
      "Hoµn thµnh båi d\u00adìng", "ChuyÓn ®æi sè", "Chøng chØ ngo¹i ng÷", "Danh hiÖu thi ®ua", "C«ng d©n häc tËp");

  /** The VNI spelling of the headers. */
  static final List<String> VNI_HEADERS = List.of("Hoï vaø teân", "Maõ ñònh danh", "Kyû luaät lao ñoäng",
      "Hoaøn thaønh boài döôõng", "Chuyeån ñoåi soá", "Chöùng chæ ngoaïi ngöõ", "Danh hieäu thi ñua",
      "Coâng daân hoïc taäp");

  private final Path dir;

  private BadInputCorpus(Path dir) {
    this.dir = dir;
  }

  /** Writes every corpus file into {@code dir}. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    new BadInputCorpus(dir).containers().sizes().headers().cells().unitSheets().csv().hostileText().damagedStructure()
        .unitSheetTraps();
  }

  private BadInputCorpus containers() throws IOException {
    byte[] baseline = unit(table(HEADERS, MEMBERS)).bytes();
    bytes("ok-baseline.xlsx", baseline);
    bytes("empty.xlsx", new byte[0]);
    bytes("truncated.xlsx", Arrays.copyOf(baseline, baseline.length * 3 / 5));
    byte[] corrupt = baseline.clone();
    int sheet = indexOf(baseline, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 40;
    for (int i = sheet; i < sheet + 48; i++) {
      corrupt[i] = (byte) (corrupt[i] ^ 0x5A);
    }
    bytes("corrupt-data.xlsx", corrupt);
    bytes("renamed-docx.xlsx", MiniXlsx.zip(docx()));
    bytes("renamed-docx.xls", MiniXlsx.zip(docx()));
    text("csv-renamed.xlsx", csvText(HEADERS, MEMBERS, ","), StandardCharsets.UTF_8);
    text("html-table.xls", "<html><body><table><tr><td>Họ và tên</td><td>Kỷ luật lao động</td></tr>"
        + "<tr><td>Nguyễn Văn An</td><td>Có</td></tr></table></body></html>", StandardCharsets.UTF_8);
    bytes("spreadsheet.ods", MiniXlsx.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
    encrypted("encrypted.xlsx", baseline);
    Workbooks legacy = Workbooks.members(HEADERS.toArray(String[]::new)).agency();
    MEMBERS.forEach(m -> legacy.row(m.toArray()));
    legacy.write(dir.resolve("legacy.xls"));
    bytes("missing-sheet-part.xlsx", new MiniXlsx().missingSheet("Thành viên").sheet("Đơn vị", UNIT).bytes());
    bytes("malformed-sheet.xlsx", unit(table(HEADERS, MEMBERS))
        .part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ")
        .bytes());
    bytes("shared-string-missing.xlsx", unit(table(HEADERS, List.of(
        List.of("Nguyễn Văn An", "CB01", MiniXlsx.RAW + "<c r=\"@\" t=\"s\"><v>7</v></c>", "Có", "Có", "Có",
            "Lao động tiên tiến", "Có")))).bytes());
    bytes("no-unit-sheet.xlsx", new MiniXlsx().sheet("Thành viên", table(HEADERS, MEMBERS)).bytes());
    bytes("only-unit-sheet.xlsx", new MiniXlsx().sheet("Đơn vị", UNIT).bytes());
    return this;
  }

  private BadInputCorpus sizes() throws IOException {
    bytes("zip-bomb.xlsx", unitAfter(new MiniXlsx().sheet("Thành viên", out -> {
      MiniXlsx.append(out, MiniXlsx.row(1, HEADERS, false));
      String blanks = " ".repeat(1 << 16);
      for (int i = 0; i < 512; i++) {
        MiniXlsx.append(out, blanks);
      }
    }, "")).bytes());
    bytes("rows-1048576.xlsx", unitAfter(new MiniXlsx().sheet("Thành viên", out -> {
      MiniXlsx.append(out, MiniXlsx.row(1, HEADERS, false));
      String member = "<row><c t=\"s\"><v>0</v></c><c/>" + "<c><v>1</v></c>".repeat(4)
          + "<c t=\"s\"><v>1</v></c><c><v>1</v></c></row>";
      for (int r = 2; r <= 1_048_576; r++) {
        MiniXlsx.append(out, member);
      }
    }, "")).part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\"><si><t>Nguyễn Văn An</t></si><si><t>Lao động tiên tiến</t></si>"
        + "</sst>").bytes());
    bytes("last-row-1048576.xlsx", unitAfter(new MiniXlsx().sheet("Thành viên", out -> {
      for (int r = 0; r <= MEMBERS.size(); r++) {
        MiniXlsx.append(out, MiniXlsx.row(r + 1, r == 0 ? HEADERS : MEMBERS.get(r - 1), false));
      }
      MiniXlsx.append(out, MiniXlsx.row(1_048_576, List.of("", "", "x"), false));
    }, "")).bytes());
    List<String> wide = new ArrayList<>(HEADERS.subList(0, 7));
    while (wide.size() < 16_383) {
      wide.add("Ghi chú");
    }
    wide.add(HEADERS.get(7));
    List<List<String>> rows = new ArrayList<>();
    rows.add(wide);
    for (List<String> member : MEMBERS) {
      List<String> row = new ArrayList<>(member.subList(0, 7));
      while (row.size() < 16_383) {
        row.add("");
      }
      row.add(member.get(7));
      rows.add(row);
    }
    bytes("columns-16384.xlsx", unit(rows).bytes());
    rows.get(4).set(16_383, "Chưa rõ");
    bytes("columns-16384-bad-xfd.xlsx", unit(rows).bytes());
    String longName = "Nguyễn Văn An " + "x".repeat(32_767 - 14);
    bytes("cell-32767-chars.xlsx", unit(table(HEADERS, replace(MEMBERS, 0, 0, longName))).bytes());
    bytes("cell-32767-chars-bad.xlsx", unit(table(HEADERS, replace(MEMBERS, 1, 2, "Có " + "rất ".repeat(8191))))
        .bytes());
    return this;
  }

  private BadInputCorpus headers() throws IOException {
    bytes("header-only.xlsx", unit(table(HEADERS, List.of())).bytes());
    bytes("no-header.xlsx", unit(new ArrayList<>(MEMBERS)).bytes());
    List<List<String>> late = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      late.add(List.of("Danh sách thành viên"));
    }
    late.addAll(table(HEADERS, MEMBERS));
    bytes("header-row-21.xlsx", unit(late).bytes());
    bytes("tcvn3-headers.xlsx", unit(table(TCVN3_HEADERS, MEMBERS)).bytes());
    bytes("vni-headers.xlsx", unit(table(VNI_HEADERS, MEMBERS)).bytes());
    List<String> duplicated = new ArrayList<>(HEADERS);
    duplicated.add("Kỷ luật lao động");
    List<List<String>> dupRows = new ArrayList<>();
    dupRows.add(duplicated);
    for (List<String> m : MEMBERS) {
      List<String> row = new ArrayList<>(m);
      row.add(m.get(2));
      dupRows.add(row);
    }
    bytes("duplicate-headers.xlsx", unit(dupRows).bytes());
    List<List<String>> merged = new ArrayList<>();
    merged.add(List.of("Họ và tên", "Mã định danh", "Tiêu chí thành viên", "", "", "", "Danh hiệu thi đua",
        "Công dân học tập"));
    merged.add(List.of("", "", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Chứng chỉ ngoại ngữ", "",
        ""));
    merged.addAll(MEMBERS);
    bytes("merged-headers.xlsx", unitAfter(new MiniXlsx().sheet("Thành viên", merged, Set.of(),
        "<mergeCells count=\"5\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:B2\"/><mergeCell ref=\"C1:F1\"/>"
            + "<mergeCell ref=\"G1:G2\"/><mergeCell ref=\"H1:H2\"/></mergeCells>")).bytes());
    List<String> missing = new ArrayList<>(HEADERS);
    missing.set(4, "Tin học");
    bytes("missing-column.xlsx", unit(table(missing, MEMBERS)).bytes());
    bytes("nfd-headers.xlsx", unit(table(HEADERS.stream().map(BadInputCorpus::nfd).toList(), MEMBERS)).bytes());
    bytes("unaccented-headers.xlsx", unit(table(HEADERS.stream().map(BadInputCorpus::unaccented).toList(), MEMBERS))
        .bytes());
    List<String> invisible = new ArrayList<>(HEADERS);
    invisible.set(0, "\ufeffHọ và tên");
    invisible.set(1, "Mã\u00a0định danh");
    invisible.set(2, "Kỷ luật\u200b lao động");
    invisible.set(4, "Chuyển đổi số\u0000");
    invisible.set(7, "Công dân học tập\u200f");
    bytes("invisible-headers.xlsx", unit(table(invisible, MEMBERS)).bytes());
    text("invisible-headers.csv", csvText(invisible.stream().map(h -> h.replace("\u0000", "")).toList(), MEMBERS, ","),
        StandardCharsets.UTF_8);
    return this;
  }

  private BadInputCorpus cells() throws IOException {
    String cached = MiniXlsx.RAW + "<c r=\"@\" t=\"str\"><f>IF(TRUE,\"Có\",\"Không\")</f><v>Có</v></c>";
    bytes("formula-cached.xlsx", unit(table(HEADERS, replace(MEMBERS, 0, 2, cached))).bytes());
    String uncached = MiniXlsx.RAW + "<c r=\"@\"><f>IF(TRUE,\"Có\",\"Không\")</f></c>";
    List<List<String>> ticks = new ArrayList<>();
    for (List<String> m : MEMBERS) {
      List<String> row = new ArrayList<>(m);
      row.set(2, m.get(2).equals("Có") ? "x" : "");
      ticks.add(row);
    }
    bytes("formula-no-cache.xlsx", unit(table(HEADERS, replace(ticks, 1, 2, uncached))).bytes());
    String uncachedName = MiniXlsx.RAW + "<c r=\"@\"><f>CONCATENATE(\"Lê \",\"Văn Ba\")</f></c>";
    bytes("formula-no-cache-name.xlsx", unit(table(HEADERS, replace(MEMBERS, 2, 0, uncachedName))).bytes());
    bytes("formula-no-cache-unit.xlsx", withUnit(replace(UNIT, 5, 1, uncached)).bytes());
    bytes("number-cell-text.xlsx", unit(table(HEADERS, replace(MEMBERS, 1, 3, MiniXlsx.RAW + "<c r=\"@\"><v>Có</v></c>")))
        .bytes());
    String error = MiniXlsx.RAW + "<c r=\"@\" t=\"e\"><f>VLOOKUP(A3,Sheet9!A:B,2,FALSE)</f><v>#N/A</v></c>";
    bytes("formula-error.xlsx", unit(table(HEADERS, replace(MEMBERS, 1, 3, error))).bytes());
    bytes("bad-yes-no.xlsx", unit(table(HEADERS, replace(MEMBERS, 2, 4, "Có lẽ"))).bytes());
    bytes("bad-title.xlsx", unit(table(HEADERS, replace(MEMBERS, 3, 6, "Giỏi"))).bytes());
    bytes("tick-columns.xlsx", unit(table(HEADERS, ticks)).bytes());
    bytes("blank-required.xlsx", unit(table(HEADERS, replace(MEMBERS, 2, 5, ""))).bytes());
    bytes("hidden-rows.xlsx", unitAfter(new MiniXlsx().sheet("Thành viên", table(HEADERS, MEMBERS), Set.of(3), ""))
        .bytes());
    bytes("duplicate-ids.xlsx", unit(table(HEADERS, replace(MEMBERS, 3, 1, "CB01"))).bytes());
    List<List<String>> spaced = new ArrayList<>();
    spaced.add(HEADERS.stream().map(h -> "  " + h.toUpperCase() + " ").toList());
    for (List<String> m : MEMBERS) {
      spaced.add(m.stream().map(v -> " " + v.toLowerCase() + "\u00a0").toList());
      spaced.add(List.of());
    }
    bytes("case-and-spaces.xlsx", unit(spaced).bytes());
    List<String> withBirth = new ArrayList<>(HEADERS);
    withBirth.add("Ngày sinh");
    bytes("birth-dates-implausible.xlsx", unit(table(withBirth, born(MEMBERS, "01/01/1850", "20/05/2015", "02/09/2031",
        "15/06/1924"))).bytes());
    bytes("birth-dates-bounds.xlsx", unit(table(withBirth, born(MEMBERS, "01/01/2010", "31/12/2010", "01/01/1925",
        "15/03/1985"))).bytes());
    return this;
  }

  private BadInputCorpus unitSheets() throws IOException {
    bytes("unit-bad-level.xlsx", withUnit(replace(UNIT, 2, 1, "liên xã")).bytes());
    bytes("unit-year-text.xlsx", withUnit(replace(UNIT, 4, 1, "năm 2025")).bytes());
    List<List<String>> dated = new ArrayList<>(UNIT);
    dated.add(List.of("Ngày quyết định công nhận mức độ 1", "15/03/2024", ""));
    bytes("date-as-text.xlsx", withUnit(dated).bytes());
    dated.set(dated.size() - 1, List.of("Ngày quyết định công nhận mức độ 1",
        MiniXlsx.RAW + "<c r=\"@\" s=\"1\"><v>45366</v></c>", ""));
    bytes("date-serial.xlsx", withUnit(dated).withDateStyle().bytes());
    dated.set(dated.size() - 1, List.of("Ngày quyết định công nhận mức độ 1", "ngày 15 tháng 3", ""));
    bytes("date-bad-text.xlsx", withUnit(dated).bytes());
    return this;
  }

  private BadInputCorpus csv() throws IOException {
    text("don-vi.csv", csvText(UNIT.get(0), UNIT.subList(1, UNIT.size()), ","), StandardCharsets.UTF_8);
    String comma = csvText(HEADERS, MEMBERS, ",");
    bytes("empty.csv", new byte[0]);
    text("header-only.csv", csvText(HEADERS, List.of(), ","), StandardCharsets.UTF_8);
    bytes("cp1258.csv", cp1258(comma));
    bytes("utf16le-bom.csv", withBom(comma, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}));
    text("utf16be-bom.csv", comma, StandardCharsets.UTF_16);
    text("utf16le-no-bom.csv", comma, StandardCharsets.UTF_16LE);
    bytes("utf8-bom.csv", withBom(comma, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    text("semicolon.csv", csvText(HEADERS, MEMBERS, ";"), StandardCharsets.UTF_8);
    text("tab.tsv", csvText(HEADERS, MEMBERS, "\t"), StandardCharsets.UTF_8);
    text("nfd.csv", nfd(comma), StandardCharsets.UTF_8);
    text("tcvn3.csv", csvText(TCVN3_HEADERS, MEMBERS.stream().map(m -> m.stream().map(BadInputCorpus::unaccented)
        .toList()).toList(), ","), StandardCharsets.ISO_8859_1);
    text("unclosed-quote.csv", comma + "\"Hoàng Văn Em,CB05,Có,Có,Có,Có,Lao động tiên tiến,Có\n", StandardCharsets.UTF_8);
    text("bad-value.csv", csvText(HEADERS, replace(MEMBERS, 1, 5, "hình như có"), ","), StandardCharsets.UTF_8);
    byte[] noise = new byte[2048];
    long seed = 42;
    for (int i = 0; i < noise.length; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      noise[i] = (byte) (seed >>> 56);
    }
    bytes("binary-noise.csv", noise);
    bytes("xlsx-renamed.csv", unit(table(HEADERS, MEMBERS)).bytes());
    return this;
  }

  /** Issue 12: text meant for a terminal or a report's markup rather than for a clerk. */
  private BadInputCorpus hostileText() throws IOException {
    List<List<String>> escapes = replace(replace(UNIT, 1, 1, "\u001b]0;pwned\u0007\u001b[2J\u001b[31mCơ quan thử"), 2, 1,
        "huyện");
    bytes("control-chars.xlsx", new MiniXlsx().sheet("Thành viên", table(HEADERS,
        replace(MEMBERS, 0, 0, "Nguyễn\u001b[8m Văn An\u0008\u0008"))).sheet("Đơn vị", escapes).bytes());
    bytes("markup-unit-name.xlsx", withUnit(replace(UNIT, 1, 1,
        "<script>alert(1)</script> **Cơ quan** [bấm](javascript:alert(1)) | `x` &amp;")).bytes());
    List<List<String>> invisible = replace(replace(replace(MEMBERS, 0, 2, "Có\u200b"), 1, 3, "\ufeffCó"), 2, 4,
        "Có\u0000");
    bytes("invisible-chars.xlsx", unit(table(HEADERS, invisible)).bytes());
    bytes("bidi-override.xlsx", withUnit(replace(UNIT, 1, 1, "Cơ quan \u202Ethử\u202C")).bytes());
    List<List<String>> escaped = replace(replace(replace(MEMBERS, 0, 0, "Nguyễn_x001B_[8m Văn An"), 0, 2, "Có_x200B_"), 1, 3,
        MiniXlsx.RAW + "<c r=\"@\" t=\"s\"><v>0</v></c>");
    bytes("escaped-control-chars.xlsx", unit(table(HEADERS, replace(escaped, 2, 1, "CB_x005F_x0030_3")))
        .sharedStrings("<t>Có_x0007_</t>").bytes());
    return this;
  }

  /** Issue 12: worksheets whose structure would count a member twice, hide one, or never end. */
  private BadInputCorpus damagedStructure() throws IOException {
    List<List<String>> table = table(HEADERS, MEMBERS);
    bytes("row-twice.xlsx", rawMembers(out -> {
      for (int r = 0; r < table.size(); r++) {
        MiniXlsx.append(out, MiniXlsx.row(r + 1, table.get(r), false));
        if (r == 2) {
          MiniXlsx.append(out, MiniXlsx.row(3, table.get(2), false));
        }
      }
    }));
    bytes("rows-out-of-order.xlsx", rawMembers(out -> {
      for (int r : new int[] {0, 1, 3, 2, 4}) {
        MiniXlsx.append(out, MiniXlsx.row(r + 1, table.get(r), false));
      }
    }));
    bytes("cell-twice.xlsx", unit(table(HEADERS, replace(MEMBERS, 0, 2,
        MiniXlsx.RAW + "<c r=\"@\" t=\"inlineStr\"><is><t>Không</t></is></c><c r=\"@\" t=\"inlineStr\"><is><t>Có</t></is></c>")))
        .bytes());
    String inOrder = MiniXlsx.row(2, MEMBERS.get(0), false);
    String swapped = inOrder.replaceFirst("(<c r=\"C2\".*?</c>)(<c r=\"D2\".*?</c>)(<c r=\"E2\".*?</c>)", "$3$1$2");
    bytes("cells-out-of-order.xlsx", rawMembers(out -> {
      for (int r = 0; r < table.size(); r++) {
        MiniXlsx.append(out, r == 1 ? swapped : MiniXlsx.row(r + 1, table.get(r), false));
      }
    }));
    // A separate unit file (--unit) whose "Năm đánh giá" row has its value stored before its label.
    bytes("unit-cells-out-of-order.xlsx", new MiniXlsx().sheet("Đơn vị", replace(replace(UNIT, 4, 0,
        MiniXlsx.RAW + "<c r=\"B5\" t=\"inlineStr\"><is><t>2025</t></is></c>"), 4, 1,
        MiniXlsx.RAW + "<c r=\"A5\" t=\"inlineStr\"><is><t>Năm đánh giá</t></is></c>")).bytes());
    bytes("cell-unplaced.xlsx", rawMembers(out -> {
      for (int r = 0; r < table.size(); r++) {
        MiniXlsx.append(out, r == 1 ? swapped.replaceFirst("<c r=\"F2\"", "<c") : MiniXlsx.row(r + 1, table.get(r), false));
      }
    }));
    bytes("cell-past-xfd.xlsx", unit(table(HEADERS, replace(MEMBERS, 3, 7,
        MiniXlsx.RAW + "<c r=\"AAAAAAA5\" t=\"inlineStr\"><is><t>Có</t></is></c>"))).bytes());
    bytes("cell-in-other-row.xlsx", unit(table(HEADERS, replace(MEMBERS, 1, 5,
        MiniXlsx.RAW + "<c r=\"F9\" t=\"inlineStr\"><is><t>Có</t></is></c>"))).bytes());
    bytes("row-past-last.xlsx", rawMembers(out -> {
      for (int r = 0; r < table.size(); r++) {
        MiniXlsx.append(out, MiniXlsx.row(r + 1, table.get(r), false));
      }
      MiniXlsx.append(out, "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>Ai đó</t></is></c></row>");
    }));
    bytes("duplicate-sheet-names.xlsx", new MiniXlsx().sheet("Thành viên", table)
        .sheet("THÀNH VIÊN", table(HEADERS, MEMBERS.stream().map(m -> m.stream().map(v -> v.equals("Không") ? "Có" : v)
            .toList()).toList())).sheet("Đơn vị", UNIT).bytes());
    bytes("formula-error-name.xlsx", unit(table(HEADERS, replace(MEMBERS, 1, 0,
        MiniXlsx.RAW + "<c r=\"@\" t=\"e\"><f>Sheet9!A2</f><v>#REF!</v></c>"))).bytes());
    bytes("formula-error-unit.xlsx", withUnit(replace(UNIT, 9, 1,
        MiniXlsx.RAW + "<c r=\"@\" t=\"e\"><f>VLOOKUP(A10,X!A:B,2,0)</f><v>#N/A</v></c>")).bytes());
    bytes("bad-character-reference.xlsx", unit(table(HEADERS, replace(MEMBERS, 2, 0,
        MiniXlsx.RAW + "<c r=\"@\" t=\"inlineStr\"><is><t>L&#x110000;</t></is></c>"))).bytes());
    bytes("strict-open-xml.xlsx", unit(table).strict().bytes());
    excel95("excel95.xls");
    bytes("bad-styles-xml.xlsx", replaceEntry(unit(table).withDateStyle().bytes(), "xl/styles.xml",
        "<?xml version=\"1.0\"?><styleSheet><cellXfs><xf numFmtId=\"14\"></cellXfs>"));
    String mixed = csvText(HEADERS, MEMBERS, ",");
    int cut = mixed.indexOf("Lê Minh Chi");
    byte[] head = mixed.substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] legacyName = cp1258("Lê Minh Chi");
    byte[] tail = mixed.substring(cut + "Lê Minh Chi".length()).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
    joined.writeBytes(head);
    joined.writeBytes(legacyName);
    joined.writeBytes(tail);
    bytes("mixed-encoding.csv", joined.toByteArray());
    text("text-after-quote.csv", mixed.replace("Trần Thị Bình", "\"Trần Thị\" Bình"), StandardCharsets.UTF_8);
    String longName = "Nguyễn Văn An " + "rất dài ".repeat(4_200);
    bytes("cell-over-32767-name.xlsx", unit(table(HEADERS, replace(MEMBERS, 0, 0, longName))).bytes());
    bytes("cell-over-32767-evidence.xlsx", withUnit(replace(UNIT, 5, 2, "Kế hoạch " + "số 12/KH ".repeat(3_700)))
        .bytes());
    bytes("zip-forged-size.xlsx", forgedCompressedSize(unitAfter(new MiniXlsx().sheet("Thành viên", out -> {
      MiniXlsx.append(out, MiniXlsx.row(1, HEADERS, false));
      String blanks = " ".repeat(1 << 16);
      for (int i = 0; i < 512; i++) {
        MiniXlsx.append(out, blanks);
      }
    }, "")).bytes(), "xl/worksheets/sheet1.xml"));
    return this;
  }

  /** Issue 12: unit sheets that say one thing twice, hide it, leave it out, or mean 1 as yes and as a point. */
  private BadInputCorpus unitSheetTraps() throws IOException {
    List<List<String>> twice = new ArrayList<>(UNIT);
    twice.add(List.of("TC1.CT3", "Không", ""));
    bytes("unit-item-twice.xlsx", withUnit(twice).bytes());
    twice.set(twice.size() - 1, List.of("Kinh phí đào tạo, bồi dưỡng từ ngân sách nhà nước", "có", ""));
    bytes("unit-item-twice-same.xlsx", withUnit(twice).bytes());
    List<List<String>> hidden = new ArrayList<>(UNIT);
    hidden.add(List.of("TC1.CT1", "Không", ""));
    bytes("unit-item-hidden-conflict.xlsx", new MiniXlsx().sheet("Thành viên", table(HEADERS, MEMBERS))
        .sheet("Đơn vị", hidden, Set.of(hidden.size()), "").bytes());
    hidden.remove(5);
    bytes("unit-item-hidden.xlsx", new MiniXlsx().sheet("Thành viên", table(HEADERS, MEMBERS))
        .sheet("Đơn vị", hidden, Set.of(hidden.size()), "").bytes());
    List<List<String>> missing = new ArrayList<>(UNIT);
    missing.remove(9);
    bytes("unit-item-missing.xlsx", withUnit(missing).bytes());
    List<List<String>> dated = new ArrayList<>(UNIT);
    dated.add(List.of("Ngày quyết định công nhận mức độ 1", MiniXlsx.RAW + "<c r=\"@\" s=\"1\"><v>1</v></c>", ""));
    bytes("date-serial-1900.xlsx", withUnit(dated).withDateStyle().bytes());
    dated.set(dated.size() - 1, List.of("Ngày quyết định công nhận mức độ 1", "15/03/2031", ""));
    bytes("date-after-year.xlsx", withUnit(dated).bytes());
    List<String> tt22Headers = List.of("Họ và tên", "Kế hoạch tự học", "Kỷ luật lao động", "Hoàn thành bồi dưỡng",
        "Danh hiệu thi đua", "Công dân học tập");
    List<List<String>> tt22Members = List.of(List.of("Nguyễn Văn An", "Có", "Có", "Có", "Lao động tiên tiến", "Có"),
        List.of("Trần Thị Bình", "Có", "Có", "Có", "Lao động tiên tiến", "Có"));
    List<List<String>> tt22Unit = new ArrayList<>(List.of(List.of("Mục", "Giá trị", "Minh chứng"),
        List.of("Tên đơn vị", "Cơ quan thử", ""), List.of("Cấp", "huyện", ""), List.of("Loại đơn vị", "Cơ quan nhà nước", ""),
        List.of("Năm đánh giá", "2023", ""), List.of("TC1.CT1", "1", ""), List.of("TC1.CT2", "Có", ""),
        List.of("TC1.CT3", "Có", ""), List.of("TC3.CT2", "Tập thể lao động tiên tiến", ""), List.of("TC3.CT3", "Có", "")));
    bytes("tt22-bare-one.xlsx", new MiniXlsx().sheet("Thành viên", table(tt22Headers, tt22Members))
        .sheet("Đơn vị", tt22Unit).bytes());
    tt22Unit.set(6, List.of("TC1.CT2", "8 điểm", ""));
    tt22Unit.set(7, List.of("TC1.CT3", "9", ""));
    bytes("tt22-bare-one-among-scores.xlsx", new MiniXlsx().sheet("Thành viên", table(tt22Headers, tt22Members))
        .sheet("Đơn vị", tt22Unit).bytes());
    return this;
  }

  /** An Excel 5.0/95 (BIFF5) workbook: an OLE2 file whose stream is "Book", not "Workbook"; only its BOF record. */
  private void excel95(String name) throws IOException {
    byte[] bof = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00};
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(bof), "Book");
      try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
        fs.writeFilesystem(out);
      }
    }
  }

  /** The zip with one entry's content replaced, every other entry kept as it was. */
  private static byte[] replaceEntry(byte[] zip, String name, String text) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        java.util.zip.ZipEntry fresh = new java.util.zip.ZipEntry(entry.getName());
        fresh.setTime(entry.getTime());
        copy.putNextEntry(fresh);
        copy.write(entry.getName().equals(name) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] rawMembers(java.util.function.Consumer<Appendable> rows) {
    return unitAfter(new MiniXlsx().sheet("Thành viên", rows, "")).bytes();
  }

  /** The zip with the central directory's compressed size of {@code part} forged to about 2 GB. */
  private static byte[] forgedCompressedSize(byte[] zip, String part) {
    byte[] name = part.getBytes(StandardCharsets.US_ASCII);
    byte[] forged = zip.clone();
    for (int i = 0; i + 46 + name.length <= zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
          && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + name.length), name)) {
        forged[i + 20] = (byte) 0xF0;
        forged[i + 21] = (byte) 0xFF;
        forged[i + 22] = (byte) 0xFF;
        forged[i + 23] = (byte) 0x7F;
        return forged;
      }
    }
    throw new IllegalArgumentException("no central directory entry " + part);
  }

  private static String csvText(List<String> headers, List<List<String>> rows, String delimiter) {
    StringBuilder text = new StringBuilder(String.join(delimiter, headers)).append("\r\n");
    rows.forEach(r -> text.append(String.join(delimiter, r)).append("\r\n"));
    return text.toString();
  }

  /** The members with a date of birth each, in a column after the others. */
  private static List<List<String>> born(List<List<String>> members, String... days) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      List<String> row = new ArrayList<>(members.get(i));
      row.add(days[i]);
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> table(List<String> headers, List<List<String>> rows) {
    List<List<String>> table = new ArrayList<>();
    table.add(headers);
    table.addAll(rows);
    return table;
  }

  private static List<List<String>> replace(List<List<String>> rows, int row, int column, String value) {
    List<List<String>> copy = new ArrayList<>(rows);
    List<String> changed = new ArrayList<>(rows.get(row));
    changed.set(column, value);
    copy.set(row, changed);
    return copy;
  }

  private static MiniXlsx unit(List<List<String>> members) {
    return new MiniXlsx().sheet("Thành viên", members).sheet("Đơn vị", UNIT);
  }

  private static MiniXlsx unitAfter(MiniXlsx members) {
    return members.sheet("Đơn vị", UNIT);
  }

  private static MiniXlsx withUnit(List<List<String>> unit) {
    return new MiniXlsx().sheet("Thành viên", table(HEADERS, MEMBERS)).sheet("Đơn vị", unit);
  }

  private static Map<String, String> docx() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    entries.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Danh sách thành viên</w:t></w:r></w:p></w:body>"
        + "</w:document>");
    return entries;
  }

  /**
   * Windows-1258 as Excel writes it: letters with circumflex, breve or horn are precomposed, tone
   * marks follow as combining characters (the code page has no "ộ", only "ô" and a dot below).
   */
  static byte[] cp1258(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (char d : nfd(String.valueOf(c)).toCharArray()) {
        ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0 ? tones : base).append(d);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }

  static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  static String unaccented(String text) {
    return nfd(text).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }

  private void encrypted(String name, byte[] plain) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(PASSWORD);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(plain);
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
        fs.writeFilesystem(out);
      }
    }
  }

  private static byte[] withBom(String text, Charset charset, byte[] bom) {
    byte[] body = text.getBytes(charset);
    byte[] all = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }

  private void text(String name, String text, Charset charset) throws IOException {
    bytes(name, text.getBytes(charset));
  }

  private void bytes(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }
}
