package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvht.report.OfficeFormTemplates;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.OfficeFixture;

/**
 * The checked-in example of a province's office forms, {@code rulesets/provinces/vi-du-mau-phong.yaml} with
 * {@code mau-quyet-dinh.docx} and {@code mau-tra-loi.docx}: the small office of {@link OfficeGoldenTest}
 * appraised with it fills the draft decision's list by level and one answer letter per unit not recognised
 * from the province's forms (compared with golden dumps; accept a change with {@code -Ddvht.updateGolden=true}),
 * says the same as dvht's own layout, and keeps its own layout for the documents the province gives no form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeProvinceFormTest {
  static final Path RULESET = Path.of("..", "rulesets", "provinces", "vi-du-mau-phong.yaml");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "provinces");

  @TempDir
  static Path dir;
  Path province;
  Path own;

  @BeforeAll
  void appraise() throws Exception {
    OfficeFixture office = OfficeFixture.generate(dir, 12, 7L);
    province = dir.resolve("tinh");
    own = dir.resolve("dvht");
    for (Path out : new Path[] {province, own}) {
      CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
          "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06",
          "--ruleset", out == province ? RULESET.toString() : "tt24");
      assertThat(run.code()).as(run.err()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"du-thao-quyet-dinh.docx", "van-ban-tra-loi.docx"})
  void theProvincesFormIsFilledAsReviewed(String name) throws Exception {
    String dump = DocxDump.of(province.resolve(name)).replaceAll("dvht [0-9][^ ]* ·", "dvht <phiên bản> ·")
        .replaceAll("[0-9a-f]{64}", "<sha256>");
    assertThat(dump).doesNotContain("{{", "}}");
    Path golden = GOLDEN.resolve("vi-du-mau-phong-" + name + ".txt");
    if (Boolean.getBoolean("dvht.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, dump, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create it with -Ddvht.updateGolden=true)").exists();
    assertThat(dump).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theDecisionsListSaysWhatDvhtsOwnListSays() throws Exception {
    List<String> filled = texts(DocxDump.of(province.resolve("du-thao-quyet-dinh.docx")));
    String builtIn = DocxDump.of(own.resolve("du-thao-quyet-dinh.docx"));
    // Each level's band and each recognised unit's row of dvht's own list (its table's rows after the header),
    // in the same order in the province's.
    String band = builtIn.lines().filter(l -> l.contains("|I. ")).findFirst().orElseThrow();
    String table = band.substring(0, band.indexOf('.') + 1);
    List<String> listed = texts(builtIn.lines().filter(l -> l.startsWith(table) && !l.startsWith(table + "1."))
        .collect(java.util.stream.Collectors.joining("\n")));
    assertThat(listed).hasSizeGreaterThan(4);
    assertThat(filled).containsSubsequence(listed);
    assertThat(filled).contains("DANH SÁCH");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(province.resolve("du-thao-quyet-dinh.docx")))) {
      assertThat(doc.getHeaderList().get(0).getText()).contains("Mẫu QĐ-ĐVHT");
    }
    assertThat(filled.stream().filter(t -> t.startsWith("Điều 1. Công nhận ")).count()).isOne();
  }

  @Test
  void eachUnitNotRecognisedHasItsOwnLetterWithItsReasons() throws Exception {
    List<String> builtIn = texts(DocxDump.of(own.resolve("van-ban-tra-loi.docx")));
    String dump = DocxDump.of(province.resolve("van-ban-tra-loi.docx"));
    List<String> filled = texts(dump);
    List<String> addressed = builtIn.stream().filter(t -> t.startsWith("Kính gửi: ")).toList();
    assertThat(addressed).hasSizeGreaterThan(1);
    assertThat(filled.stream().filter(t -> t.startsWith("Kính gửi: ")).toList()).isEqualTo(addressed);
    // Every reason dvht's own letters give (numbered "1. …" there) stands in a row of the province's table.
    List<String> reasons = builtIn.stream().filter(t -> t.matches("[0-9]+\\. .*")).map(t -> t.replaceFirst("[0-9]+\\. ", ""))
        .toList();
    assertThat(reasons).isNotEmpty();
    assertThat(filled).containsSubsequence(reasons);
    assertThat(dump.split("<section break>", -1)).hasSize(addressed.size());
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(province.resolve("van-ban-tra-loi.docx")))) {
      assertThat(doc.getFooterList().get(0).getText()).contains("SHA-256");
    }
  }

  /** The text of each line of a dump, its place and look left out. */
  private static List<String> texts(String dump) {
    return dump.lines().map(l -> l.substring(l.lastIndexOf('|') + 1)).toList();
  }

  @Test
  void documentsWithoutAProvinceFormAreDvhtsOwn() throws Exception {
    for (String name : new String[] {"bao-cao-tham-dinh.docx", "to-trinh-cong-nhan.docx"}) {
      assertThat(DocxDump.of(province.resolve(name))).isEqualTo(DocxDump.of(own.resolve(name)).replace("tt24",
          "vi-du-mau-phong"));
    }
  }

  @Test
  void theRulesetChecksAndTheCheckedInFormsAreWhatTheHelperBuilds() throws Exception {
    CliRun check = CliRun.of("ruleset", "check", RULESET.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(parts(Files.readAllBytes(OfficeFormTemplates.DECISION))).isEqualTo(parts(OfficeFormTemplates.decision()));
    assertThat(parts(Files.readAllBytes(OfficeFormTemplates.ANSWER))).isEqualTo(parts(OfficeFormTemplates.answer()));
  }

  private static Map<String, String> parts(byte[] docx) throws Exception {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml") && !e.getName().contains("docProps")) {
          parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }
}
