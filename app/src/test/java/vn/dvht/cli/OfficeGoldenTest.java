package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.OfficeFixture;
import vn.dvht.testing.XlsxDump;

/**
 * Every document of a small office's dossier (13 units, the register's cases among them) against its
 * golden dump — workbooks as sorted cell dumps, Word documents as paragraph and table-cell text, the JSON
 * as written — in {@code src/test/resources/office/}. Review a change, then accept it with {@code
 * -Ddvht.updateGolden=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "office");

  @TempDir
  static Path dir;
  Path out;

  @BeforeAll
  void appraise() throws Exception {
    OfficeFixture office = OfficeFixture.generate(dir, 12, 7L);
    out = dir.resolve("ho-so");
    CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06");
    assertThat(run.code()).as(run.err()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ket-qua-tham-dinh.xlsx", "bao-cao-tham-dinh.docx", "to-trinh-cong-nhan.docx",
      "du-thao-quyet-dinh.docx", "van-ban-tra-loi.docx", "so-theo-doi-cong-nhan.xlsx", "thong-ke-bao-cao.xlsx",
      "ket-qua-tham-dinh.json"})
  void theDocumentIsAsReviewed(String name) throws Exception {
    Path file = out.resolve(name);
    String text = name.endsWith(".xlsx") ? XlsxDump.of(file) : name.endsWith(".docx") ? DocxDump.of(file)
        : Files.readString(file);
    text = text.replace(dir.toString(), "<thu-muc>").replaceAll("dvht [0-9][^ ]* ·", "dvht <phiên bản> ·")
        .replaceAll("\"dvht\" ?: ?\"[^\"]*\"", "\"dvht\": \"<phiên bản>\"")
        // The member lists are zipped with today's time, so their fingerprints change from run to run.
        .replaceAll("[0-9a-f]{64}", "<sha256>");
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("dvht.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text);
    }
    assertThat(golden).as("golden file (create it with -Ddvht.updateGolden=true)").exists();
    assertThat(text).isEqualTo(Files.readString(golden));
  }
}
