package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.ProcessRun;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.XlsxDump;

/**
 * What the packaged launcher leaves on disk when things go wrong around it: the user's umask, two
 * runs into one folder at once, a full disk, a read-only folder, a full stdout, a run killed with -9.
 * The disk cases mount a small tmpfs and are skipped where mounting is not allowed.
 */
class OutputsIT {
  private static final Path LAUNCHER = Path.of("..", "dvht").toAbsolutePath();
  private static final Path LY_NHAN = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx").toAbsolutePath();
  private static final Path HOA_SEN = Path.of("..", "samples", "001-mn-hoa-sen.xlsx").toAbsolutePath();


  @Test
  void filesTakeTheUsersUmask(@TempDir Path dir) throws Exception {
    for (String[] umask : new String[][] {{"022", "rw-r--r--"}, {"002", "rw-rw-r--"}}) {
      Path out = dir.resolve("umask-" + umask[0]);
      ProcessRun run = shell("umask " + umask[0] + "; exec sh " + q(LAUNCHER) + " evaluate " + q(LY_NHAN)
          + " --ruleset tt24 --out " + q(out));
      assertThat(run.code()).as(run.err()).isZero();
      for (String file : List.of("003-thpt-ly-nhan-ket-qua.xlsx", "003-thpt-ly-nhan-bao-cao.docx")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(file))))
            .as("%s under umask %s", file, umask[0]).isEqualTo(umask[1]);
      }
    }
  }

  @Test
  void aResultThatCannotBeWrittenToStdoutIsAFailure() throws Exception {
    ProcessRun run = shell("exec sh " + q(LAUNCHER) + " evaluate " + q(LY_NHAN) + " --ruleset tt24 --json --no-files"
        + " > /dev/full");
    assertThat(run.code()).isEqualTo(5);
    assertThat(run.err()).contains("không ghi được kết quả ra đầu ra chuẩn");
  }

  @Test
  void aPasswordAskedForNeverReachesStdout() throws Exception {
    Path encrypted = Path.of("src", "test", "resources", "bad-input", "encrypted.xlsx").toAbsolutePath();
    ProcessRun run = shell("printf 'dvht\\n' | sh " + q(LAUNCHER) + " evaluate " + q(encrypted)
        + " --ruleset tt24 --password --json --no-files");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).as("stdout is the JSON alone").startsWith("{").doesNotContain("Mật khẩu");
    assertThat(run.err()).contains("Mật khẩu của tệp Excel");
  }

  @Test
  void twoRunsIntoOneFolderNeverMixTheirFiles(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(LY_NHAN, a.resolve("danh-sach.xlsx"));
    Files.copy(HOA_SEN, b.resolve("danh-sach.xlsx"));
    Path out = dir.resolve("chung");
    for (int round = 0; round < 10; round++) {
      Process first = launch(a.resolve("danh-sach.xlsx"), out);
      Process second = launch(b.resolve("danh-sach.xlsx"), out);
      int one = finish(first);
      int two = finish(second);
      assertThat(List.of(one, two)).as("round %d: each wins or finds the folder in use", round)
          .allMatch(c -> c == 0 || c == 2).contains(0);
      String report = Files.readString(out.resolve("danh-sach-bao-cao.md"));
      String workbook = XlsxDump.of(out.resolve("danh-sach-ket-qua.xlsx"));
      boolean lyNhan = report.contains("Trường THPT Lý Nhân");
      assertThat(workbook.contains("TRƯỜNG THPT LÝ NHÂN")).as("round %d: the pair comes from one run", round)
          .isEqualTo(lyNhan);
      assertThat(dvhtFiles(out)).isEmpty();
    }
  }

  @Test
  void aFullDiskStopsWithAMessageAndLeavesOnlyWholePairs(@TempDir Path dir) throws Exception {
    Path disk = mount(dir.resolve("disk"), "size=160k");
    try {
      Path in = Files.createDirectories(dir.resolve("in"));
      for (int i = 1; i <= 30; i++) {
        Files.copy(LY_NHAN, in.resolve(String.format("u%02d.xlsx", i)));
      }
      ProcessRun run = shell("exec sh " + q(LAUNCHER) + " evaluate " + q(in) + " --ruleset tt24 --out " + q(disk));

      assertThat(run.code()).as(run.err()).isEqualTo(5);
      assertThat(run.err()).contains("đĩa đầy").doesNotContain("Exception").doesNotContain("\tat ");
      try (Stream<Path> files = Files.list(disk)) {
        List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(names).noneMatch(n -> n.startsWith(".dvht") && !n.equals(".dvht.lock"));
        for (String name : names) {
          if (name.endsWith("-bao-cao.docx")) {
            assertThat(names).contains(name.replace("-bao-cao.docx", "-ket-qua.xlsx"));
          }
          if (name.endsWith("-ket-qua.xlsx")) {
            assertThat(names).contains(name.replace("-ket-qua.xlsx", "-bao-cao.docx"));
            assertThat(XlsxDump.of(disk.resolve(name))).contains("TRƯỜNG THPT LÝ NHÂN");
          }
        }
      }
    } finally {
      unmount(disk);
    }
  }

  @Test
  void aReadOnlyFolderIsSaidAsSuch(@TempDir Path dir) throws Exception {
    Path disk = mount(dir.resolve("ro"), "size=1m");
    try {
      assumeTrue(new ProcessBuilder("mount", "-o", "remount,ro", disk.toString()).start().waitFor() == 0,
          "remounting a tmpfs read-only is not allowed here");
      ProcessRun run = shell("exec sh " + q(LAUNCHER) + " evaluate " + q(LY_NHAN) + " --ruleset tt24 --out " + q(disk));
      assertThat(run.code()).isEqualTo(5);
      assertThat(run.err()).contains("chỉ cho đọc").contains(disk.toString()).doesNotContain("Exception");
    } finally {
      unmount(disk);
    }
  }

  @Test
  void aRunKilledWithMinusNineLeavesWhatTheNextRunCleansUp(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 1; i <= 120; i++) {
      Files.copy(LY_NHAN, in.resolve(String.format("u%03d.xlsx", i)));
    }
    Path out = dir.resolve("out");
    Process batch = new ProcessBuilder("sh", LAUNCHER.toString(), "evaluate", in.toString(), "--ruleset", "tt24",
        "--out", out.toString(), "--quiet").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (batch.isAlive() && System.nanoTime() < deadline && count(out, "-ket-qua.xlsx") < 4) {
      Thread.sleep(5);
    }
    batch.descendants().forEach(ProcessHandle::destroyForcibly);
    batch.destroyForcibly();
    assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();

    ProcessRun next = shell("exec sh " + q(LAUNCHER) + " evaluate " + q(HOA_SEN) + " --out " + q(out));

    assertThat(next.code()).as(next.err()).isIn(0, 4);
    assertThat(dvhtFiles(out)).as("the killed run's temporary files, lock and journal are gone").isEmpty();
    try (Stream<Path> files = Files.list(out)) {
      for (Path xlsx : files.filter(p -> p.toString().endsWith("-ket-qua.xlsx")).toList()) {
        assertThat(xlsx.resolveSibling(xlsx.getFileName().toString().replace("-ket-qua.xlsx", "-bao-cao.docx")))
            .as("every unit's pair is whole").exists();
        assertThat(XlsxDump.of(xlsx)).contains("Tổng hợp!");
      }
    }
  }

  private static Process launch(Path input, Path out) throws IOException {
    return new ProcessBuilder("sh", LAUNCHER.toString(), "evaluate", input.toString(), "--ruleset", "tt24", "--out",
        out.toString(), "--overwrite", "--report", "md").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static int finish(Process process) throws InterruptedException {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private static Path mount(Path at, String options) throws Exception {
    Files.createDirectories(at);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
        .redirectErrorStream(true).start();
    mount.getInputStream().readAllBytes();
    assumeTrue(mount.waitFor() == 0, "mounting a tmpfs is not allowed here");
    return at;
  }

  private static void unmount(Path at) throws Exception {
    new ProcessBuilder("umount", at.toString()).start().waitFor();
  }

  private static ProcessRun shell(String script) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", script);
    builder.environment().put("LANG", "C.UTF-8");
    return ProcessRun.of(builder, 120);
  }

  private static String q(Path path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }

  private static long count(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  private static List<String> dvhtFiles(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".dvht") && !n.equals(".dvht.lock"))
          .forEach(names::add);
    }
    return names;
  }
}
