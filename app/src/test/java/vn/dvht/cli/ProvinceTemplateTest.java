package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.report.MauSo4Template;
import vn.dvht.report.MauSo5Template;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;

/**
 * The checked-in province example, {@code rulesets/provinces/vi-du-mau-so-4.yaml} with its
 * {@code mau-so-4.docx} and its letter {@code mau-so-5.docx}: a sample evaluated with it writes the workbook
 * and the province's forms filled in, the letter after the report (compared with a golden text dump; accept a change with {@code -Ddvht.updateGolden=true}), its
 * header and footer filled, the stamp in its properties; the ruleset's own tests pass; and the templates are
 * what {@link MauSo4Template} and {@link MauSo5Template} build.
 */
class ProvinceTemplateTest {
  static final Path RULESET = Path.of("..", "rulesets", "provinces", "vi-du-mau-so-4.yaml");
  static final Path SAMPLE = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "provinces", "vi-du-mau-so-4.docx.txt");

  @Test
  void aSampleEvaluatedWithTheProvinceRulesetFillsItsForm(@TempDir Path out) throws IOException {
    CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--ruleset", RULESET.toString(), "--date", "2026-01-10",
        "--out", out.toString(), "--quiet");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx")).exists();
    Path docx = out.resolve("003-thpt-ly-nhan-bao-cao.docx");
    String dump = DocxDump.of(docx);
    assertThat(dump).doesNotContain("{{", "}}")
        .contains("|1. Tên đơn vị: Trường THPT Lý Nhân.")
        .contains("|TC2.CT1", "|70/70 (100,00 %)", "|≥ 95 % thành viên")
        .contains("|Mức độ 2", "|15/15 chỉ tiêu đạt");
    if (Boolean.getBoolean("dvht.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, dump, StandardCharsets.UTF_8);
    }
    assertThat(dump).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      assertThat(doc.getHeaderList().get(0).getText()).contains("Mẫu số 4");
      assertThat(doc.getFooterList().get(0).getText()).contains("bộ tiêu chí vi-du-mau-so-4", "SHA-256");
      assertThat(doc.getProperties().getCoreProperties().getDescription())
          .isEqualTo(doc.getFooterList().get(0).getText().strip());
    }
  }

  @Test
  void theProvinceRulesetChecksAndPassesItsOwnTests() {
    assertThat(CliRun.of("ruleset", "check", RULESET.toString()).code()).isZero();
    CliRun tests = CliRun.of("ruleset", "test", RULESET.toString());
    assertThat(tests.code()).isZero();
    assertThat(tests.out()).contains("1 ca đạt, 0 ca sai.");
  }

  @Test
  void theCheckedInTemplatesAreWhatTheHelpersBuild() throws IOException {
    assertThat(xmlParts(Files.readAllBytes(MauSo4Template.FILE))).isEqualTo(xmlParts(MauSo4Template.build()));
    assertThat(xmlParts(Files.readAllBytes(MauSo5Template.FILE))).isEqualTo(xmlParts(MauSo5Template.build()));
  }

  private static Map<String, String> xmlParts(byte[] docx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("word/") && !e.getName().contains("_rels")) {
          parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }
}
