package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * Paths that are not regular files — a FIFO that would block forever, a directory or a device under a
 * spreadsheet's name, a link that loops — are refused at once with a Vietnamese message naming them,
 * as member file and as unit file.
 */
@Timeout(30)
class SpecialFilesTest {
  private static final Path BASELINE = BadInputCorpusTest.DIR.resolve("ok-baseline.xlsx");

  @TempDir Path dir;

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("danh-sach.xlsx");
    assumeTrue(mkfifo(fifo), "mkfifo");
    CliRun run = CliRun.of("evaluate", fifo.toString(), "--no-files");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(fifo + ": lỗi[I111]: không phải tệp thông thường", "ống FIFO");
    Path unitFifo = dir.resolve("don-vi.csv");
    assumeTrue(mkfifo(unitFifo), "mkfifo");
    CliRun unit = CliRun.of("evaluate", BadInputCorpusTest.DIR.resolve("semicolon.csv").toString(), "--unit",
        unitFifo.toString(), "--no-files", "--ruleset", "tt24");
    assertThat(unit.code()).isEqualTo(3);
    assertThat(unit.err()).contains(unitFifo + ": lỗi[I111]");
  }

  @Test
  void aDirectoryOrADeviceUnderASpreadsheetNameIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("thu-muc.csv"));
    CliRun run = CliRun.of("evaluate", BASELINE.toString(), "--unit", folder.toString(), "--no-files");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(folder + ": lỗi[I111]: đây là thư mục, không phải tệp");
    Path device = Path.of("/dev/zero");
    assumeTrue(Files.exists(device), "a /dev/zero");
    CliRun zero = CliRun.of("evaluate", BASELINE.toString(), "--unit", device.toString(), "--no-files");
    assertThat(zero.code()).isEqualTo(3);
    assertThat(zero.err()).contains("/dev/zero: lỗi[I111]: không phải tệp thông thường");
  }

  @Test
  void aLinkThatLoopsIsNamedSoInVietnamese() throws IOException {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    CliRun run = CliRun.of("evaluate", a.toString(), "--no-files", "--ruleset", "tt24");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(a + ": lỗi[I111]: đường dẫn là liên kết (symlink) trỏ vòng về chính nó")
        .doesNotContain("Too many", "symbolic links");
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }
}
