package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * What dvht.cmd runs for files dropped on it: the files are read from cmd.exe's command line, each dossier
 * lands beside its own workbook, a file dvht cannot use is said in dvht's own words, the others go on.
 */
class ExplorerDropCommandTest {
  static final Path SAMPLE = Path.of("../samples/003-thpt-ly-nhan.xlsx");

  @Test
  void filesFromTwoFoldersWithSpecialNamesEachGetTheirDossierBesideThem(@TempDir Path dir) throws Exception {
    Path one = Files.createDirectories(dir.resolve("Văn thư (2025)"));
    Path two = Files.createDirectories(dir.resolve("R&D"));
    Path a = Files.copy(SAMPLE, one.resolve("Trường Lý Nhân & 100%.xlsx"));
    Path b = Files.copy(SAMPLE, two.resolve("e^f.xlsx"));
    Path c = Files.copy(SAMPLE, two.resolve("g.xlsx"));
    Files.writeString(two.resolve("g-ket-qua.xlsx"), "the dossier of an earlier drop");
    CliRun run = drop("\"" + a + "\" " + b + " " + c);

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("── Tệp 1/3: " + a, "── Tệp 2/3: " + b, "── Tệp 3/3: " + c);
    assertThat(one.resolve("Trường Lý Nhân & 100%-ket-qua.xlsx")).isNotEmptyFile();
    assertThat(one.resolve("Trường Lý Nhân & 100%-bao-cao.docx")).isNotEmptyFile();
    assertThat(two.resolve("e^f-ket-qua.xlsx")).isNotEmptyFile();
    assertThat(two.resolve("g-ket-qua.xlsx")).as("a second drop writes again").isNotEmptyFile()
        .content().isNotEqualTo("the dossier of an earlier drop");
    assertThat(ExplorerDropCommand.shown(List.of(a, b, c))).containsExactly(a, b);
  }

  @Test
  void aWordFileDroppedIsSaidInDvhtsOwnWordsAndTheNextFileStillRuns(@TempDir Path dir) throws Exception {
    Path docx = Files.copy(Path.of("src/test/resources/bad-input/renamed-docx.xlsx"), dir.resolve("báo cáo.docx"));
    Path good = Files.copy(SAMPLE, dir.resolve("don-vi.xlsx"));
    CliRun run = drop("\"" + docx + "\" " + good);

    assertThat(run.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err()).contains("báo cáo.docx").doesNotContain("Exception");
    assertThat(dir.resolve("don-vi-ket-qua.xlsx")).isNotEmptyFile();
  }

  @Test
  void aProgramThatRanDvhtCmdByItsFullPathGetsAPlainRunAndNoWait(@TempDir Path dir) {
    Path signal = dir.resolve("plain");
    CliRun run = CliRun.withEnv(Map.of(ExplorerDropCommand.LINE, "\"C:\\WINDOWS\\system32\\cmd.exe\" /c "
        + "\"\"C:\\Program Files\\dvht\\dvht.cmd\" --version\"", ExplorerDropCommand.PLAIN, signal.toString()),
        "explorer-drop");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("dvht ");
    assertThat(signal).exists();
  }

  @Test
  void withoutACommandLineItSaysWhatItIsFor() {
    CliRun run = CliRun.withEnv(Map.of(), "explorer-drop");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("dvht evaluate TỆP");
  }

  private static CliRun drop(String files) {
    String line = "C:\\WINDOWS\\system32\\cmd.exe /c \"\"C:\\dvht\\dvht.cmd\" " + files + "\"";
    return CliRun.withEnv(Map.of(ExplorerDropCommand.LINE, line), "explorer-drop");
  }
}
