package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Fifo;

/**
 * Someone who can write the output folder swaps a temporary file for a link (or a FIFO) while dvht
 * writes: the write never follows it, the commit finds it and refuses, and the file the link points to
 * is untouched. The swap is made at a fixed point of the write — from inside the body being written, or
 * between the unit's workbook and its report, where the evaluation runs — so the race is replayed exactly,
 * never left to timing.
 */
class TempFileRaceTest {
  @TempDir Path root;

  @Test
  void aLinkSwappedInWhileAFileIsWrittenNeverRedirectsTheWrite() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path sentinel = sentinel();
    Path xlsx = out.resolve("a-ket-qua.xlsx");
    OutputFiles.Part swapping = new OutputFiles.Part(xlsx, body -> {
      body.write("nửa đầu ".getBytes(StandardCharsets.UTF_8));
      swapForLink(out, sentinel);
      body.write("nửa sau".getBytes(StandardCharsets.UTF_8));
    });

    assertThatThrownBy(() -> new OutputFiles(false).write(List.of(swapping))).isInstanceOf(OutputException.class)
        .hasMessageContaining("đã bị thay hoặc xoá trong khi dvht ghi a-ket-qua.xlsx")
        .hasMessageContaining("không tệp nào ngoài thư mục bị đụng tới");

    assertUntouched(sentinel);
    assertThat(xlsx).doesNotExist();
    assertThat(names(out)).as("the planted link went with the set").isEmpty();
  }

  @Test
  void aLinkSwappedInBetweenTheWorkbookAndTheReportNeverRedirectsTheReport() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path sentinel = sentinel();
    List<Path> targets = List.of(out.resolve("a-ket-qua.xlsx"), out.resolve("a-bao-cao.docx"));
    try (OutputFiles.Pending pending = new OutputFiles(true).begin(targets)) {
      try (OutputStream workbook = pending.open(0)) {
        workbook.write("bảng tính".getBytes(StandardCharsets.UTF_8));
      }
      // The unit is being evaluated: the report's temporary file waits, made but unwritten.
      Path reportTemp = temporaries(out).get(1);
      Files.delete(reportTemp);
      Files.createSymbolicLink(reportTemp, sentinel);
      try (OutputStream report = pending.open(1)) {
        report.write("báo cáo".getBytes(StandardCharsets.UTF_8));
      }
      assertThatThrownBy(pending::commit).isInstanceOf(OutputException.class)
          .hasMessageContaining("đã bị thay hoặc xoá trong khi dvht ghi a-bao-cao.docx");
    }
    assertUntouched(sentinel);
    assertThat(targets.get(0)).as("the pair lands whole or not at all").doesNotExist();
    assertThat(targets.get(1)).doesNotExist();
    assertThat(names(out)).isEmpty();
  }

  @Test
  void aFifoSwappedInIsFoundWithoutOpeningIt() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path xlsx = out.resolve("a-ket-qua.xlsx");
    OutputFiles.Part swapping = new OutputFiles.Part(xlsx, body -> {
      body.write(1);
      Path temp = temporaries(out).get(0);
      Files.delete(temp);
      assumeTrue(Fifo.make(temp), "mkfifo");
    });
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
        () -> new OutputFiles(false).write(List.of(swapping))).isInstanceOf(OutputException.class)
        .hasMessageContaining("đã bị thay hoặc xoá"));
    assertThat(xlsx).doesNotExist();
  }

  @Test
  void aLinkPlantedAtAnOutputNameLendsTheResultNeitherItsTargetNorItsMode() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path sentinel = sentinel();
    Files.setPosixFilePermissions(sentinel, PosixFilePermissions.fromString("rw-rw-rw-"));
    Path xlsx = out.resolve("a-ket-qua.xlsx");
    Files.createSymbolicLink(xlsx, sentinel);
    Path probe = Files.createFile(root.resolve("umask-probe"));

    new OutputFiles(true).write(xlsx, body -> body.write("mới".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.isSymbolicLink(xlsx)).isFalse();
    assertThat(xlsx).hasContent("mới");
    assertThat(Files.getPosixFilePermissions(xlsx)).as("the user's umask, as any new file")
        .isEqualTo(Files.getPosixFilePermissions(probe));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sentinel))).isEqualTo("rw-rw-rw-");
    assertUntouched(sentinel);
  }

  /** A file outside the output folder, with its content and time fixed. */
  private Path sentinel() throws IOException {
    Path sentinel = Files.writeString(root.resolve("sentinel.txt"), "không ai được ghi vào đây");
    Files.setLastModifiedTime(sentinel, FileTime.fromMillis(1_000_000_000_000L));
    return sentinel;
  }

  static void assertUntouched(Path sentinel) throws IOException {
    assertThat(sentinel).hasContent("không ai được ghi vào đây");
    assertThat(Files.getLastModifiedTime(sentinel).toMillis()).isEqualTo(1_000_000_000_000L);
  }

  private static void swapForLink(Path out, Path sentinel) throws IOException {
    for (Path temp : temporaries(out)) {
      Files.delete(temp);
      Files.createSymbolicLink(temp, sentinel);
    }
  }

  /** The set's temporary files, in the order its journal lists them (as anyone reading the folder finds them). */
  private static List<Path> temporaries(Path out) throws IOException {
    Path writing;
    try (Stream<Path> files = Files.list(out)) {
      writing = files.filter(p -> p.toString().endsWith(".writing")).findFirst().orElseThrow();
    }
    return Files.readAllLines(writing).stream().skip(1).map(line -> out.resolve(line.split("\t")[1])).toList();
  }

  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).map(p -> p.getFileName().toString())
          .sorted().toList();
    }
  }
}
